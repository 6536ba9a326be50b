// Idiom: semantic occupancy grid with per-cell class probabilities, channel-major score planes (one plane per class,
// as a CNN head emits them); the softmax of a cell runs down the class axis.
// Layout: float[classes, cells]; `if` fold for the peak; MathF.Exp.
// Bug (LG0004): the peak is taken per class plane over all cells, the sum per cell over the classes: max and sum over
// different axes.
using System;

namespace HeldOut48.SemanticGrid_PeakPerClassChannel;

public static class SemanticGrid
{
    public static float[,] CellProbabilities(float[,] planes)
    {
        int classes = planes.GetLength(0);
        int cells = planes.GetLength(1);
        var planePeak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            planePeak[c] = float.MinValue;
            for (int cell = 0; cell < cells; cell++)
            {
                if (planes[c, cell] > planePeak[c]) planePeak[c] = planes[c, cell]; //~ LG0004
            }
        }

        var prob = new float[classes, cells];
        for (int cell = 0; cell < cells; cell++)
        {
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                prob[c, cell] = MathF.Exp(planes[c, cell] - planePeak[c]);
                z += prob[c, cell];
            }

            for (int c = 0; c < classes; c++)
            {
                prob[c, cell] /= z;
            }
        }

        return prob;
    }
}
