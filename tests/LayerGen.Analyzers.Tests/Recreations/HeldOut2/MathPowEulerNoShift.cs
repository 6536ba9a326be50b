// Re-creates: beginner C# neural-network code (e.g. a NeuralNetwork.cs from a YouTube/blog series) that writes exp as Math.Pow(Math.E, x)
// Layout: 1-D double[] output layer values, List-free
// Expected: LG0003 — Math.Pow(Math.E, x) is an unshifted exp
using System;

namespace HeldOut2.MathPowEulerNoShift;

public sealed class OutputLayer
{
    public double[] Values { get; } = new double[10];

    public void ApplySoftmax()
    {
        double total = 0;
        for (int i = 0; i < Values.Length; i++)
        {
            Values[i] = Math.Pow(Math.E, Values[i]); //~ LG0003
            total += Values[i];
        }

        for (int i = 0; i < Values.Length; i++)
        {
            Values[i] /= total;
        }
    }
}
