// Re-creation (our own code) of mdabros/SharpLearning's Parallel.For softmax (SoftMaxActivation.Activation) applied
// to a column-major flat [classes, batch] buffer (olegtarasov/Retia layout): one parallel iteration per sample, its
// classes strided by the batch size.
// Layout: flat float[classes * batch], Parallel.For over samples, element (c, s) at c * batch + s. Correct.
using System;
using System.Threading.Tasks;

namespace HeldOut.ParallelForColumnMajorFlat;

public static class ParallelColumnSoftmax
{
    public static void Forward(float[] z, float[] p, int classes, int batch)
    {
        Parallel.For(0, batch, s =>
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = MathF.Max(max, z[c * batch + s]);
            }

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[c * batch + s] = MathF.Exp(z[c * batch + s] - max);
                sum += p[c * batch + s];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + s] /= sum;
            }
        });
    }
}
