// Pattern (our own code, no single source file read): the raw-exp array softmax of nokiiaa/NeuralLib (Maths/
// Softmax.cs: exps of the raw values, a sum, a division) written with Array.ConvertAll instead of a loop, as
// pre-LINQ .NET code does; then a sum loop and a division loop.
// Layout: 1D double[], Array.ConvertAll(x, v => Math.Exp(v)). Bug (LG0003).
using System;

namespace HeldOut.ConvertAllRaw;

public static class ArraySoftmax
{
    public static double[] Forward(double[] x)
    {
        double[] e = Array.ConvertAll(x, v => Math.Exp(v)); //~ LG0003
        double sum = 0;
        foreach (double v in e)
        {
            sum += v;
        }

        for (int i = 0; i < e.Length; i++)
        {
            e[i] /= sum;
        }

        return e;
    }
}
