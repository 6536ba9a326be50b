// Variant (our own code) of KelpNet's batched softmax (harujoh/KelpNet, KelpNet.Functions.Activations.Softmax, rows at i + b * length)
// transcribed with while loops, as ports from languages without C-style for loops often are; the max loop
// runs over the whole flat buffer.
// Layout: flat double[] [batch, classes], index b * classes + j, all loops are while loops.
// Bug (LG0001): the max spans the flattened batch; the sum is reset per row.
using System;

namespace Recreations.WhileLoopsGlobalMax;

public static class WhileSoftmax
{
    public static double[] Forward(double[] x, int classes)
    {
        int n = x.Length;
        double m = double.NegativeInfinity;
        int k = 0;
        while (k < n)
        {
            if (x[k] > m) //~ LG0001
            {
                m = x[k];
            }

            k++;
        }

        var y = new double[n];
        int b = 0;
        while (b * classes < n)
        {
            double s = 0;
            int j = 0;
            while (j < classes)
            {
                y[b * classes + j] = Math.Exp(x[b * classes + j] - m);
                s += y[b * classes + j];
                j++;
            }

            j = 0;
            while (j < classes)
            {
                y[b * classes + j] /= s;
                j++;
            }

            b++;
        }

        return y;
    }
}
