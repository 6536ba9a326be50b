// Variant (our own code) of a parallel batched softmax in the style of justinamiller/SmallMind (Parallel.For over
// rows of a flat buffer) where the maximum is first reduced in parallel over the whole buffer with
// Parallel.For<TLocal> (localInit / body / localFinally under a lock), then used for every row.
// Layout: flat float[], rows at r * cols; thread-local partial maxima merged into one. Bug (LG0001).
using System;
using System.Threading.Tasks;

namespace HeldOut.ParallelLocalInitGlobalMax;

public static class ParallelSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        float max = float.NegativeInfinity;
        object gate = new object();
        Parallel.For(
            0,
            x.Length,
            () => float.NegativeInfinity,
            (i, _, local) => MathF.Max(local, x[i]),
            local =>
            {
                lock (gate)
                {
                    max = MathF.Max(max, local); //~ LG0001
                }
            });

        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - max);
                sum += y[o + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[o + j] /= sum;
            }
        }
    }
}
