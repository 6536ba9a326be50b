// Pattern (our own code, no single source file read): a two-outcome softmax on scalars as in pairwise-preference /
// win-probability code (Bradley-Terry style): p(a) = e^a / (e^a + e^b) with
// the larger score subtracted first.
// Layout: two scalars. Correct.
using System;

namespace HeldOut.TwoClassScalarShifted;

public static class Preference
{
    public static (double A, double B) Probabilities(double scoreA, double scoreB)
    {
        double m = Math.Max(scoreA, scoreB);
        double ea = Math.Exp(scoreA - m);
        double eb = Math.Exp(scoreB - m);
        double total = ea + eb;
        return (ea / total, eb / total);
    }
}
