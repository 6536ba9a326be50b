// Re-creation (our own code) of a vectorisation-friendly flat softmax (harujoh/KelpNet's flat rows, rewritten as flat
// passes): row maxima in rowMax[b], then one flat exp pass `exp(x[k] - rowMax[k / length])`, row sums, and one flat
// division pass.
// Layout: flat float[], rows at b * length; flat passes indexed by k / length. Correct.
using System;

namespace HeldOut.FlatPassRowMaxArray;

public static class FlatPassSoftmax
{
    public static float[] Forward(float[] x, int length)
    {
        int batch = x.Length / length;
        var rowMax = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            rowMax[b] = float.NegativeInfinity;
            for (int i = 0; i < length; i++)
            {
                rowMax[b] = MathF.Max(rowMax[b], x[b * length + i]);
            }
        }

        var y = new float[x.Length];
        var sums = new float[batch];
        for (int k = 0; k < x.Length; k++)
        {
            y[k] = MathF.Exp(x[k] - rowMax[k / length]);
            sums[k / length] += y[k];
        }

        for (int k = 0; k < y.Length; k++)
        {
            y[k] /= sums[k / length];
        }

        return y;
    }
}
