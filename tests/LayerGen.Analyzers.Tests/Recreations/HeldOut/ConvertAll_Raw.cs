// known gap: Array.ConvertAll(x, v => Math.Exp(v)) is not recognised as producing the exps
// gap: -LG0003@15
// Variant (our own code) of a non-LINQ array softmax (Array.ConvertAll, as in .NET Framework-era code such as
// jeffheaton/aifh's C# examples) where the conversion exponentiates the raw values: Array.ConvertAll(x, Math.Exp)
// with a lambda, then a sum loop and a division loop.
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
