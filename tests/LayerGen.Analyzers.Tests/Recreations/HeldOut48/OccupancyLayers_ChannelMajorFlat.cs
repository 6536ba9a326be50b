// Idiom: multi-layer occupancy map (per-cell probabilities over terrain classes), channel-major flat buffer as a
// costmap layer stack stores it, probabilities written to a caller-owned buffer.
// Layout: flat double[classes * cells], index c * cells + cell (stride `cells` along the class axis); Math.Max fold.
// Correct: each cell's maximum and sum run over its classes only.
using System;

namespace HeldOut48.OccupancyLayers_ChannelMajorFlat;

public static class TerrainLayers
{
    public static void CellProbabilities(double[] layers, int classes, int cells, double[] prob)
    {
        for (int cell = 0; cell < cells; cell++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                m = Math.Max(m, layers[c * cells + cell]);
            }

            double s = 0.0;
            for (int c = 0; c < classes; c++)
            {
                int i = c * cells + cell;
                prob[i] = Math.Exp(layers[i] - m);
                s += prob[i];
            }

            for (int c = 0; c < classes; c++)
            {
                prob[c * cells + cell] /= s;
            }
        }
    }
}
