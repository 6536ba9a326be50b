// Idiom: a stackalloc'd `Span<double>` scratch row reused for every sample of a rectangular array.
// Use: class probabilities for each row of a [batch, classes] score matrix.
// Layout: double[batch, classes] (row-major 2D array), one softmax per row.
// Bug (LG0003): the scratch row holds exp of the raw scores, no max subtracted (overflow above ~709).
// Our own code.
using System;

namespace HeldOut89.Stackalloc_RawScratchRows;

public static class ScratchSoftmax
{
    public static double[,] Probabilities(double[,] scores)
    {
        int batch = scores.GetLength(0);
        int classes = scores.GetLength(1);
        var result = new double[batch, classes];
        Span<double> scratch = stackalloc double[classes];
        for (int i = 0; i < batch; i++)
        {
            double z = 0;
            for (int k = 0; k < classes; k++)
            {
                scratch[k] = Math.Exp(scores[i, k]); //~ LG0003
                z += scratch[k];
            }

            for (int k = 0; k < classes; k++)
            {
                result[i, k] = scratch[k] / z;
            }
        }

        return result;
    }
}
