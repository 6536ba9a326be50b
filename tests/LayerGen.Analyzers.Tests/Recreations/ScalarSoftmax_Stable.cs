// Re-creation (our own code, pattern: pairwise-preference / match-outcome code, no single source file read; see
// HeldOut/TwoClass_ScalarShifted.cs) of the stable forms of the softmaxes in ScalarSoftmax_RawExps.cs: the logistic
// form 1 / (1 + exp(b - a)) (exp of a difference, never divided by a sum of exps), three outcomes with their maximum
// subtracted, and two scores with the larger one subtracted before the reciprocal.
// Layout: scalars (parameters, record properties). Correct (the logistic form overflows to 1 / inf = 0, never NaN).
using System;

namespace Recreations.ScalarSoftmaxStable;

public sealed record MatchScores(float Home, float Draw, float Away);

public static class Outcomes
{
    public static double WinProbability(double ratingA, double ratingB) => 1.0 / (1.0 + Math.Exp(ratingB - ratingA));

    public static (float Home, float Draw, float Away) ThreeWay(MatchScores scores)
    {
        float m = MathF.Max(scores.Home, MathF.Max(scores.Draw, scores.Away));
        float home = MathF.Exp(scores.Home - m);
        float draw = MathF.Exp(scores.Draw - m);
        float away = MathF.Exp(scores.Away - m);
        float z = home + draw + away;
        return (home / z, draw / z, away / z);
    }

    public static (double Accept, double Reject) Decide(double accept, double reject)
    {
        double m = accept > reject ? accept : reject;
        double ea = Math.Exp(accept - m);
        double er = Math.Exp(reject - m);
        double inverse = 1.0 / (ea + er);
        return (ea * inverse, er * inverse);
    }
}
