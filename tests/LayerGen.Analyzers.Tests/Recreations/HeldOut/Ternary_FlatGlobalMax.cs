// Variant (our own code) of harujoh/KelpNet's flat softmax (Softmax.SingleInputForward, rows at b * length) with the
// maximum written as a conditional expression, `max = v > max ? v : max`, over the whole flat batch before the rows.
// Layout: flat double[], rows at b * length; ternary running maximum. Bug (LG0001): max spans every row.
using System;

namespace HeldOut.TernaryFlatGlobalMax;

public static class TernarySoftmax
{
    public static double[] Forward(double[] x, int length)
    {
        double max = double.MinValue;
        foreach (double v in x)
        {
            max = v > max ? v : max; //~ LG0001
        }

        var y = new double[x.Length];
        for (int b = 0; b < x.Length / length; b++)
        {
            double sum = 0;
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
