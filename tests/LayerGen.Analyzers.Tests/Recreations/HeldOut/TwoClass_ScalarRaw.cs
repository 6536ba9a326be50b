// Variant (our own code) of the two-outcome scalar softmax (TwoClass_ScalarShifted.cs pattern): both scores are
// exponentiated raw and divided by their sum.
// Layout: two scalars. Bug (LG0003): two unshifted exps.
using System;

namespace HeldOut.TwoClassScalarRaw;

public static class Preference
{
    public static (double A, double B) Probabilities(double scoreA, double scoreB)
    {
        double ea = Math.Exp(scoreA); //~ LG0003
        double eb = Math.Exp(scoreB); //~ LG0003
        double total = ea + eb;
        return (ea / total, eb / total);
    }
}
