// Buggy twins of AdditiveTerms_ScaledShifts (our own code after the stop-41 review's H14.F): a scaled logit with
// nothing subtracted, or with its maximum ADDED ((1 - a) * v + (1 - a) * m), or with a coefficient that does not match
// the logit's (a * v + (a - 1) * m), or with a mean in place of the maximum. Each overflows exp for large logits: LG0003.
using System;
using System.Linq;

namespace Recreations.AdditiveTerms_RawScaled;

public static class RawScaled
{
    public static double[] Scaled(double[] x, double a) { double beta = 1 - a; var e = x.Select(v => Math.Exp(beta * v)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); } //~ LG0003

    public static double[] MaximumAdded(double[] x, double a) { double m = x.Max(); var e = x.Select(v => Math.Exp((1 - a) * v + (1 - a) * m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); } //~ LG0003

    public static double[] OtherCoefficient(double[] x, double a) { double m = x.Max(); var e = x.Select(v => Math.Exp(a * v + (a - 1) * m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); } //~ LG0003

    public static double[] MeanAdded(double[] x, double a)
    {
        double mean = 0; foreach (double t in x) mean += t; mean /= x.Length; double beta = 1 - a; double negShift = -beta * mean;
        var e = x.Select(v => Math.Exp(beta * v + negShift)).ToArray(); //~ LG0003
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }
}
