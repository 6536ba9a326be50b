// Re-creation (our own code) of the numpy-translated softmax common in C# ports of Python tutorials (shifted =
// x - max(x); e = exp(shifted); e / sum(e)): the subtraction of the maximum happens in its own pass into a
// separate array, and the exp reads that array.
// Layout: 1D double[]; shift stored in shifted[j], exp of shifted[j]. Correct.
using System;

namespace HeldOut.ShiftedArrayNumpyStyle;

public static class NumpyStyleSoftmax
{
    public static double[] Forward(double[] x)
    {
        double max = double.NegativeInfinity;
        for (int j = 0; j < x.Length; j++)
        {
            max = Math.Max(max, x[j]);
        }

        var shifted = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            shifted[j] = x[j] - max;
        }

        var e = new double[x.Length];
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            e[j] = Math.Exp(shifted[j]);
            sum += e[j];
        }

        for (int j = 0; j < e.Length; j++)
        {
            e[j] /= sum;
        }

        return e;
    }
}
