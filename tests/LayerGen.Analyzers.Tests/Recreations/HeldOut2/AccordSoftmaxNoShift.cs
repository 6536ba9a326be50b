// Re-creates: Accord.NET (accord-net/framework) Sources/Accord.Neuro/... output softmax as often copied, without the max
// Layout: 1-D double[], returns a new array
// Expected: LG0003 — exp of raw inputs (overflow above ~709 in double)
using System;

namespace HeldOut2.AccordSoftmaxNoShift;

public static class SoftmaxFunction
{
    public static double[] Compute(double[] input)
    {
        var output = new double[input.Length];
        double sum = 0.0;
        for (int i = 0; i < input.Length; i++)
        {
            output[i] = Math.Exp(input[i]); //~ LG0003
            sum += output[i];
        }

        for (int i = 0; i < output.Length; i++)
        {
            output[i] = output[i] / sum;
        }

        return output;
    }
}
