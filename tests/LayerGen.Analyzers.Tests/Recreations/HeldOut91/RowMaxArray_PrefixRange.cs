// Idiom: a Java-style port over a flat buffer with `from`/`to` offsets (`int from = i * numClasses; int to = from +
// numClasses;`), storing each row's maximum in `double[] maxes`, but the max loop starts at index 0 instead of `from`.
// Use: per-sample class probabilities. Layout: flat row-major double[samples * classes]; Math.Exp.
// Bug LG0001: each row's max covers this row and every earlier row (a wider range than the slice).
// Our own code.
using System;

namespace HeldOut91.RowMaxArray_PrefixRange;

public static class FlatSoftmax
{
    public static double[] apply(double[] flat, int numClasses)
    {
        int numSamples = flat.Length / numClasses;
        double[] maxes = new double[numSamples];
        for (int i = 0; i < numSamples; i++)
        {
            int to = (i + 1) * numClasses;
            double mx = double.NegativeInfinity;
            for (int k = 0; k < to; k++)
            {
                if (flat[k] > mx) mx = flat[k]; //~ LG0001
            }
            maxes[i] = mx;
        }
        double[] out_ = new double[flat.Length];
        for (int i = 0; i < numSamples; i++)
        {
            int from = i * numClasses;
            int to = from + numClasses;
            double z = 0;
            for (int k = from; k < to; k++)
            {
                out_[k] = Math.Exp(flat[k] - maxes[i]);
                z += out_[k];
            }
            for (int k = from; k < to; k++) out_[k] /= z;
        }
        return out_;
    }
}
