// Re-creation (our own code) of the older revision of j1sk1ss/FotNET.PETPRJ's SoftMax.cs, which calls input.Max()
// inside the exp of every element (`Math.Exp(t - input.Max())`): quadratic, but numerically the stable softmax.
// Layout: 1D double[], max recomputed inside the loop. Correct.
using System;
using System.Linq;

namespace HeldOut.InlineMaxRecomputed;

public static class SoftMax
{
    public static double[] Softmax(double[] input)
    {
        var result = new double[input.Length];
        double sum = 0;
        for (int i = 0; i < input.Length; i++)
        {
            result[i] = Math.Exp(input[i] - input.Max());
            sum += result[i];
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}
