// Re-creation (our own code) of the LINQ softmax of Amzo/NEUNEX (softmax.calculate: z = data.Select(...),
// x = z.Select(Math.Exp), Sum, divide) where the first Select is the max shift, so the method-group exp reads
// shifted values.
// Layout: 1D double[], LINQ; shift in one Select, exp as Select(Math.Exp) on its result. Correct.
using System;
using System.Linq;

namespace HeldOut.LinqShiftedSelectExp;

public static class LinqSoftmax
{
    public static double[] Calculate(double[] data)
    {
        double max = data.Max();
        var z = data.Select(v => v - max);
        var x = z.Select(Math.Exp).ToArray();
        double total = x.Sum();
        return x.Select(v => v / total).ToArray();
    }
}
