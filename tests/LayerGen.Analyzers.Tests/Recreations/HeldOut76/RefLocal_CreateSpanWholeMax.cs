// Idiom: MemoryMarshal.CreateSpan over the first cell of a 2D array — a flat Span<double> view of `double[,]` used for
// a vectorisable max, the rows then read through the 2D indexer.
// Use: softmax over the classes of each sample. Layout: double[batch, classes] (row-major 2D array).
// Bug (LG0001): the max is folded over the flat view of the whole matrix (every sample), not over one row.
// Our own code.
using System;
using System.Runtime.InteropServices;

namespace HeldOut76.RefLocal_CreateSpanWholeMax;

public static class MatrixSoftmax
{
    public static double[,] Apply(double[,] logits)
    {
        int batch = logits.GetLength(0), classes = logits.GetLength(1);
        var probs = new double[batch, classes];
        Span<double> all = MemoryMarshal.CreateSpan(ref logits[0, 0], logits.Length);

        double peak = double.NegativeInfinity;
        foreach (double v in all)
        {
            if (v > peak) peak = v; //~ LG0001
        }

        for (int b = 0; b < batch; b++)
        {
            double z = 0.0;
            for (int c = 0; c < classes; c++)
            {
                z += probs[b, c] = Math.Exp(logits[b, c] - peak);
            }

            for (int c = 0; c < classes; c++)
            {
                probs[b, c] /= z;
            }
        }

        return probs;
    }
}
