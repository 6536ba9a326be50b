// Re-creates: Accord.NET (accord-net/framework) Sources/Accord.Math/Special.cs, Softmax(double[], double[])
// Layout: 1-D double[] into a caller-provided result
// Expected: Correct
using System;

namespace HeldOut2.AccordSpecialSoftmax;

public static class Special
{
    public static double[] Softmax(double[] input, double[] result)
    {
        double max = input[0];
        for (int i = 1; i < input.Length; i++)
        {
            if (input[i] > max) max = input[i];
        }

        double sum = 0;
        for (int i = 0; i < input.Length; i++)
        {
            double u = Math.Exp(input[i] - max);
            result[i] = u;
            sum += u;
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}
