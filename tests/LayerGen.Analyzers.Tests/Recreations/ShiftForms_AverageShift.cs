// known gap: an exp shifted by Average() is not reported by design (shiftmore2): exp(x - mean) is offset-invariant, so it
// overflows only when the row's spread is huge, which no offset test shows; reading Average() as a mean made z-scores and
// Gaussian/Laplace/RBF kernels around the mean (exp(-(x - mu)^2)) false LG0003 (review43 A). See LG0003.md, not reported.
// Buggy twins of ShiftForms_WrongShifts (review41 A11): the logits shifted by their Average(), a mean, not the maximum.
// A mean is no maximum: these overflow once the logits spread by more than ~700 (not at a mere offset).
using System;
using System.Linq;

namespace Recreations.ShiftForms_AverageShift;

public static class AverageShift
{
    public static double[] AverageCall(double[] x, double a) { double c = x.Average(); var e = x.Select(v => Math.Exp(a * v - a * c)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); } //~ LG0003

    public static void AverageCallLoop(double[] x, double[] y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - x.Average()); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }
}
