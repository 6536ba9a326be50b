// Idiom: Half-precision logits (fp16 model output) softmaxed with float arithmetic inside a Parallel.For over rows,
// written back as Half (mixed-precision inference).
// Layout: flat Half[rows * n]; row offset o = r * n inside the lambda; per-row float scratch.
// Correct: the float max of the row is subtracted before exp.
using System;
using System.Threading.Tasks;

namespace HeldOut31.HalfRows;

/// <summary>Mixed-precision batched softmax.</summary>
public static class HalfLogitSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(Half[] x, Half[] y, int rows, int n)
    {
        Parallel.For(0, rows, r =>
        {
            int o = r * n;
            float max = (float)x[o];
            for (int j = 1; j < n; j++)
            {
                max = MathF.Max(max, (float)x[o + j]);
            }

            Span<float> e = n <= 512 ? stackalloc float[n] : new float[n];
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                e[j] = MathF.Exp((float)x[o + j] - max);
                sum += e[j];
            }

            for (int j = 0; j < n; j++)
            {
                y[o + j] = (Half)(e[j] / sum);
            }
        });
    }
}
