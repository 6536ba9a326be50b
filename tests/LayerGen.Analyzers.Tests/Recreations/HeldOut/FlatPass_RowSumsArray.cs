// Re-creation (our own code) of harujoh/KelpNet's flat batch softmax with the normalisation done in one flat pass
// after the row loop, correctly: each row's sum is kept in sums[b] and the flat pass divides by sums[k / length].
// Layout: flat double[], rows at b * length; flat pass `y[k] /= sums[k / length]`. Correct.
using System;

namespace HeldOut.FlatPassRowSumsArray;

public static class FlatPassSoftmax
{
    public static double[] Forward(double[] x, int length)
    {
        int batch = x.Length / length;
        var y = new double[x.Length];
        var sums = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            double max = double.NegativeInfinity;
            for (int i = 0; i < length; i++)
            {
                max = Math.Max(max, x[b * length + i]);
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] = Math.Exp(x[b * length + i] - max);
                sums[b] += y[b * length + i];
            }
        }

        for (int k = 0; k < y.Length; k++)
        {
            y[k] /= sums[k / length];
        }

        return y;
    }
}
