// Re-creation (our own code) of harujoh/KelpNet's flat softmax (Softmax.SingleInputForward: rows at b * length)
// with the accumulators declared once and reset at the top of each row, the sum with `default` and the maximum
// with the row's first value.
// Layout: flat double[], rows at b * length; resets `sum = default`, `max = x[b * length]`. Correct.
using System;

namespace HeldOut.DefaultResetRows;

public static class ResetSoftmax
{
    public static double[] Forward(double[] x, int length)
    {
        var y = new double[x.Length];
        double max;
        double sum;
        for (int b = 0; b < x.Length / length; b++)
        {
            sum = default;
            max = x[b * length];
            for (int i = 1; i < length; i++)
            {
                max = Math.Max(max, x[b * length + i]);
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] = Math.Exp(x[b * length + i] - max);
                sum += y[b * length + i];
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] /= sum;
            }
        }

        return y;
    }
}
