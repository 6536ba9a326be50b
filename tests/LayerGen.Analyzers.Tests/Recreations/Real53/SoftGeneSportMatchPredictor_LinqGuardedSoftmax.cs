// Source: SoftGene/SportMatchPredictor SportMatchPredictor.ML/Common/MathHelpers.cs:5 (re-created, not copied)
// Layout: the three class scores of an ML.NET multiclass model ([away, draw, home]) as a float[]; guard for an
// empty input, LINQ Max, LINQ Select of MathF.Exp(s − max) into an array, LINQ Sum, a guard returning zeros for a
// non-positive sum, then LINQ Select of e / sum.
// Label: correct — the maximum over the same vector is subtracted; scores offset by ±1000 give the same
// probabilities.
using System;
using System.Linq;

namespace Recreations.Real53.SoftGeneSportMatchPredictorLinqGuardedSoftmax;

public static class MathHelpers
{
    public static float[] Softmax(float[] scores)
    {
        if (scores == null || scores.Length == 0)
        {
            return Array.Empty<float>();
        }

        var max = scores.Max();
        var exps = scores.Select(s => MathF.Exp(s - max)).ToArray();
        var sum = exps.Sum();
        if (sum <= 0)
        {
            return scores.Select(_ => 0f).ToArray();
        }

        return exps.Select(e => e / sum).ToArray();
    }
}
