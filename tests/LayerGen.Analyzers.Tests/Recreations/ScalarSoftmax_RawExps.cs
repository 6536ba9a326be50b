// Variants (our own code, pattern: pairwise-preference / match-outcome code, no single source file read; see
// HeldOut/TwoClass_ScalarShifted.cs) of a softmax over a few scalars written out by hand, each exponentiating the
// scores as they are: inline `exp(a) / (exp(a) + exp(b))`, three outcomes from a record's properties, and a reciprocal
// of the two-term sum.
// Layout: scalars (parameters, record properties). Bug (LG0003): every exp is unshifted (NaN once a score passes
// ~709 in double or ~88 in float, and 0/0 when all scores are far below zero).
using System;

namespace Recreations.ScalarSoftmaxRawExps;

public sealed record MatchScores(float Home, float Draw, float Away);

public static class Outcomes
{
    public static double WinProbability(double ratingA, double ratingB) =>
        Math.Exp(ratingA) //~ LG0003
        / (Math.Exp(ratingA) //~ LG0003
            + Math.Exp(ratingB)); //~ LG0003

    public static (float Home, float Draw, float Away) ThreeWay(MatchScores scores)
    {
        float home = MathF.Exp(scores.Home); //~ LG0003
        float draw = MathF.Exp(scores.Draw); //~ LG0003
        float away = MathF.Exp(scores.Away); //~ LG0003
        float z = home + draw + away;
        return (home / z, draw / z, away / z);
    }

    public static (double Accept, double Reject) Decide(double accept, double reject)
    {
        double ea = Math.Exp(accept); //~ LG0003
        double er = Math.Exp(reject); //~ LG0003
        double inverse = 1.0 / (ea + er);
        return (ea * inverse, er * inverse);
    }
}
