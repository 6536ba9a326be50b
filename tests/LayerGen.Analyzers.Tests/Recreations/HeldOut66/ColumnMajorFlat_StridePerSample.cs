// Idiom: a feature-store export hands class logits as one flat column-major block (`[classes, batch]`, element
// `(c, n)` at `c * batch + n`, as written by a BLAS GEMM Z = W·X); the pipeline normalises each sample with strides.
// Layout: flat `double[]`, stride `batch` along the softmax axis (classes); one softmax per sample; `Math.Max` fold.
// Own code.
// Correct: max and sum over the classes of one sample.
using System;

namespace HeldOut66.ColumnMajorFlat_StridePerSample;

public static class ClassBlock
{
    public static void Normalise(double[] z, double[] p, int classes, int batch)
    {
        for (int n = 0; n < batch; n++)
        {
            double max = z[n];
            for (int c = 1; c < classes; c++)
            {
                max = Math.Max(max, z[c * batch + n]);
            }

            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                int at = c * batch + n;
                p[at] = Math.Exp(z[at] - max);
                sum += p[at];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + n] /= sum;
            }
        }
    }
}
