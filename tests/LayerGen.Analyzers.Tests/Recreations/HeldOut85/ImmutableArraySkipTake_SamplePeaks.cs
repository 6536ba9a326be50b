// Idiom: ImmutableArray<double> sliced with LINQ Skip/Take and read through AsSpan().
// Use: softmax over the batch axis per class (each class's scores over the samples of a batch, as in a
// batch-wise contrastive objective).
// Layout: flat ImmutableArray<double>, row-major [batch, classes]; the softmax axis is the batch (a column).
// Bug (LG0004): the peaks are per sample (over the classes of a row), while the sum runs per class over the batch.
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.ImmutableArraySkipTake_SamplePeaks;

public static class BatchAxisSoftmax
{
    public static double[] OverBatch(ImmutableArray<double> logits, int classes)
    {
        int batch = logits.Length / classes;
        var rowPeak = new double[batch];
        for (int b = 0; b < batch; b++)
            rowPeak[b] = logits.Skip(b * classes).Take(classes).Max(); //~ LG0004

        ReadOnlySpan<double> x = logits.AsSpan();
        var p = new double[x.Length];
        for (int c = 0; c < classes; c++)
        {
            double colSum = 0.0;
            for (int b = 0; b < batch; b++)
            {
                p[b * classes + c] = Math.Exp(x[b * classes + c] - rowPeak[b]);
                colSum += p[b * classes + c];
            }

            for (int b = 0; b < batch; b++)
                p[b * classes + c] /= colSum;
        }

        return p;
    }
}
