// Idiom: fixed on a 2D array, one pointer scan from the first element to the end, then a row pointer per sample.
// Use: scoring a batch of feature vectors in a numeric library that pins double[,] for speed.
// Layout: double[batch, classes] (row-major 2D); softmax over each row.
// Bug (LG0001): the peak is scanned over the whole pinned matrix (every sample), not over the row being normalised;
// a row far below the batch's peak underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.FixedPointer_TwoDimBatchPeak;

public static class BatchScorer
{
    public static unsafe double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var y = new double[batch, classes];

        fixed (double* p = x)
        fixed (double* q = y)
        {
            double* end = p + batch * classes;
            double peak = double.NegativeInfinity;
            for (double* it = p; it < end; it++)
            {
                if (*it > peak) peak = *it; //~ LG0001
            }

            for (int b = 0; b < batch; b++)
            {
                double* src = p + b * classes;
                double* dst = q + b * classes;
                double total = 0.0;
                for (int c = 0; c < classes; c++)
                {
                    dst[c] = Math.Exp(src[c] - peak);
                    total += dst[c];
                }

                for (int c = 0; c < classes; c++)
                    dst[c] /= total;
            }
        }

        return y;
    }
}
