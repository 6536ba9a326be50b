// Idiom: length guards on a 2D array (GetLength checks against the output, ArgumentException) and a stackalloc peak buffer.
// Use: feature-scaled softmax over a 2D batch.
// Layout: double[batch, classes] (2D, row-major); colPeak[c] in a stackalloc Span<double>.
// Bug (LG0004): the peak is folded per class (column) over the batch, while each sample's sum runs over its row.
// Our own code.
using System;

namespace HeldOut90.LengthGuard_ColumnPeaks2D;

public static class FeatureSoftmax
{
    public static void Run(double[,] x, double[,] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (y.GetLength(0) != x.GetLength(0) || y.GetLength(1) != x.GetLength(1))
        {
            throw new ArgumentException("Output shape must match input shape.", nameof(y));
        }

        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        if (classes > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(x), "At most 256 classes.");
        }

        Span<double> colPeak = stackalloc double[classes];
        colPeak.Fill(double.NegativeInfinity);
        for (int b = 0; b < batch; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                if (x[b, c] > colPeak[c]) colPeak[c] = x[b, c]; //~ LG0004
            }
        }

        for (int b = 0; b < batch; b++)
        {
            double rowMass = 0;
            for (int c = 0; c < classes; c++)
            {
                y[b, c] = Math.Exp(x[b, c] - colPeak[c]);
                rowMass += y[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] /= rowMass;
            }
        }
    }
}
