// Idiom: Half-precision logits (fp16 model output) softmaxed with float arithmetic inside a Parallel.For over rows,
// written back as Half (mixed-precision inference); the author relied on fp16 logits being "small".
// Layout: flat Half[rows * n]; row offset o = r * n inside the lambda.
// Bug LG0003: exp of the raw (widened) logits, no max subtracted; fp16 holds values up to 65504.
using System;
using System.Threading.Tasks;

namespace HeldOut31.HalfRows;

/// <summary>Mixed-precision batched softmax without a shift.</summary>
public static class HalfRawSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(Half[] x, Half[] y, int rows, int n)
    {
        Parallel.For(0, rows, r =>
        {
            int o = r * n;
            float[] e = new float[n];
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                e[j] = MathF.Exp((float)x[o + j]); //~ LG0003
                sum += e[j];
            }

            for (int j = 0; j < n; j++)
            {
                y[o + j] = (Half)(e[j] / sum);
            }
        });
    }
}
