// Variant (our own code) of the LINQ softmax of Amzo/NEUNEX (softmax.calculate: z.Select(Math.Exp), Sum, Select
// divide) where the exp is held in an activation delegate, as pluggable-activation code does.
// Layout: 1D double[], Func<double, double> = Math.Exp, Select(delegate). Bug (LG0003): raw values exponentiated.
using System;
using System.Linq;

namespace HeldOut.DelegateExpRaw;

public static class DelegateSoftmax
{
    public static double[] Calculate(double[] data)
    {
        Func<double, double> exponent = Math.Exp; //~ LG0003
        double[] e = data.Select(exponent).ToArray();
        double total = e.Sum();
        return e.Select(v => v / total).ToArray();
    }
}
