// Source: dje-dev/Ceres, TPSScoreCalc.ComputeTemperedPosterior (a tempered MCTS posterior mu_i * exp(q_i / tau) in log
// space), re-created as our own code: each logit is computed into a local, stored into the output span and folded into
// the maximum in the same loop; the exps then read the span back.
// Correct: the span holds exactly the values the maximum folded, so exp(pi[i] - max) <= 1; entries with mu <= 0 get
// -inf and zero mass; the division is guarded by z > 0 (the all -inf case keeps no division).
using System;

namespace Recreations.StoredLogitsMaxOfTheLocal;

public static class TemperedPosterior
{
    public static void Compute(ReadOnlySpan<double> prior, ReadOnlySpan<double> value, double tau, Span<double> pi)
    {
        double peak = double.NegativeInfinity;
        for (int i = 0; i < prior.Length; i++)
        {
            double logit = prior[i] > 0 ? Math.Log(prior[i]) + value[i] / tau : double.NegativeInfinity;
            pi[i] = logit;
            if (logit > peak) peak = logit;
        }

        double z = 0;
        for (int i = 0; i < prior.Length; i++)
        {
            double e = double.IsNegativeInfinity(pi[i]) ? 0 : Math.Exp(pi[i] - peak);
            pi[i] = e;
            z += e;
        }

        if (z > 0)
        {
            for (int i = 0; i < prior.Length; i++) pi[i] /= z;
        }
    }

    public static float[] Scores(float[] visits, float[] q)
    {
        var scores = new float[q.Length];
        float best = float.NegativeInfinity;
        for (int i = 0; i < q.Length; i++)
        {
            float s = q[i] + 0.5f * MathF.Log(1 + visits[i]);
            scores[i] = s;
            best = MathF.Max(best, s);
        }

        float total = 0f;
        for (int i = 0; i < q.Length; i++)
        {
            scores[i] = MathF.Exp(scores[i] - best);
            total += scores[i];
        }

        for (int i = 0; i < q.Length; i++) scores[i] /= total;
        return scores;
    }
}
