// Idiom: a two-type generic kernel `Softmax<T, TAcc>`: storage in `T`, the exp and the sum in a wider accumulator
// `TAcc` through `TAcc.CreateChecked`/`T.CreateSaturating`; instantiated as <float, double>.
// Use: half/float storage with double accumulation. Layout: flat row-major `ReadOnlySpan<T>`, `n` per row.
// Correct.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.MixedPrecision_WideAccumulator;

public static class Mixed
{
    public static void Softmax<T, TAcc>(ReadOnlySpan<T> x, Span<T> y, int n)
        where T : IFloatingPointIeee754<T>
        where TAcc : IFloatingPointIeee754<TAcc>
    {
        for (int r = 0; r < x.Length / n; r++)
        {
            ReadOnlySpan<T> row = x.Slice(r * n, n);
            TAcc peak = TAcc.NegativeInfinity;
            foreach (T v in row)
            {
                peak = TAcc.Max(peak, TAcc.CreateChecked(v));
            }

            TAcc sum = TAcc.Zero;
            foreach (T v in row)
            {
                sum += TAcc.Exp(TAcc.CreateChecked(v) - peak);
            }

            for (int j = 0; j < n; j++)
            {
                y[r * n + j] = T.CreateSaturating(TAcc.Exp(TAcc.CreateChecked(row[j]) - peak) / sum);
            }
        }
    }

    public static float[] FloatWithDouble(float[] x, int n)
    {
        var y = new float[x.Length];
        Softmax<float, double>(x, y, n);
        return y;
    }
}
