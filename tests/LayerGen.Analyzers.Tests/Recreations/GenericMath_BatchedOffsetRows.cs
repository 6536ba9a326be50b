// Re-creation (our own code) of KelpNet's batched softmax (harujoh/KelpNet, KelpNet.Functions.Activations.Softmax: rows addressed as
// i + b * length in one flat Real[] buffer, Real switched between float and double by a #if) written with
// .NET generic math instead of the #if: T.Exp over offset + j rows.
// Layout: flat Span<T> [batch, classes], row offset = b * classes. Correct: max and sum are per row.
using System;
using System.Numerics;

namespace Recreations.GenericMathBatchedOffsetRows;

public static class BatchSoftmax<T>
    where T : IExponentialFunctions<T>, INumber<T>
{
    public static void Forward(ReadOnlySpan<T> x, Span<T> y, int classes)
    {
        int batch = x.Length / classes;
        for (int b = 0; b < batch; b++)
        {
            int offset = b * classes;
            T maxval = x[offset];
            for (int j = 1; j < classes; j++)
            {
                if (maxval < x[offset + j])
                {
                    maxval = x[offset + j];
                }
            }

            T sumval = T.Zero;
            for (int j = 0; j < classes; j++)
            {
                y[offset + j] = T.Exp(x[offset + j] - maxval);
                sumval += y[offset + j];
            }

            for (int j = 0; j < classes; j++)
            {
                y[offset + j] /= sumval;
            }
        }
    }
}
