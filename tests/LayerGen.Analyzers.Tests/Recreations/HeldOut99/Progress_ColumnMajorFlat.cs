// Idiom: a long-running async method that reports progress through IProgress<int> and yields to the caller every few
// samples, honouring a cancellation token.
// Use: a desktop tool normalising a large score matrix while a progress bar updates.
// Layout: flat class-major double[classes * batch] (Z = W·X): sample b's class c sits at c * batch + b; softmax over
// the classes of each sample (a strided column).
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.Progress_ColumnMajorFlat;

public static class ColumnSoftmaxJob
{
    public static async Task RunAsync(double[] z, int classes, int batch, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        for (int b = 0; b < batch; b++)
        {
            ct.ThrowIfCancellationRequested();
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                double v = z[c * batch + b];
                if (v > max) max = v;
            }

            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                int at = c * batch + b;
                z[at] = Math.Exp(z[at] - max);
                sum += z[at];
            }

            for (int c = 0; c < classes; c++)
            {
                z[c * batch + b] /= sum;
            }

            progress?.Report(b + 1);
            if ((b & 3) == 3)
            {
                await Task.Yield();
            }
        }
    }
}
