// Idiom: a static recursive local function with an accumulator, Down(a, c, i + 1, MathF.Max(best, a[i, c])).
// Use: per-sample softmax over classes of a 2D batch.
// Layout: float[batch, classes], row-major.
// Bug (LG0004): the local function folds class c down the batch axis; the sum runs over the classes of one sample,
// so max and sum run over different axes. Marked at the fold inside the local function.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.LocalRecursion_BatchAxisPeak;

public static class BatchAxis
{
    public static float[,] Softmax(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var y = new float[batch, classes];
        var colPeak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            colPeak[c] = Down(x, c, 0, float.NegativeInfinity);
        }

        for (int i = 0; i < batch; i++)
        {
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[i, c] = MathF.Exp(x[i, c] - colPeak[c]);
                z += y[i, c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[i, c] /= z;
            }
        }

        return y;

        static float Down(float[,] a, int c, int i, float best)
        {
            if (i == a.GetLength(0))
            {
                return best;
            }

            return Down(a, c, i + 1, MathF.Max(best, a[i, c])); //~ LG0004
        }
    }
}
