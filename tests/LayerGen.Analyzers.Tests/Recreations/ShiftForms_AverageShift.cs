// known gap: an exp shifted by Enumerable.Average() is not reported (probably because the model does not open Average(), so its value is not read as data).
// Buggy twins of ShiftForms_WrongShifts (review41 A11): the logits shifted by their Average(), a mean, not the maximum.
// Each overflows at offset +1000: LG0003.
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
