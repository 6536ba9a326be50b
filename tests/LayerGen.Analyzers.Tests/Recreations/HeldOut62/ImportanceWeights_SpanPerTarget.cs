// Idiom: self-normalised importance sampling weights in single precision, several target densities evaluated
// on the same number of proposal draws: log w = log p(x) - log q(x), shifted by the target's largest log-weight.
// Use: importance-sampling estimates of expectations under several posteriors from one proposal run.
// Layout: flat float buffers, ReadOnlySpan<float> / Span<float> with Slice(offset, draws) per target, MathF.Exp.
// Inspired by: the self-normalised IS weight step of generic SMC code (log_mean_exp / normalise, ppfx multpf); own code.
// Label: Correct.
using System;

namespace HeldOut62.ImportanceWeights_SpanPerTarget;

public static class SelfNormalised
{
    public static void Weights(ReadOnlySpan<float> logTarget, ReadOnlySpan<float> logProposal, Span<float> weights, int draws)
    {
        int targets = logTarget.Length / draws;
        for (int t = 0; t < targets; t++)
        {
            int offset = t * draws;
            ReadOnlySpan<float> lp = logTarget.Slice(offset, draws);
            ReadOnlySpan<float> lq = logProposal.Slice(offset, draws);
            Span<float> w = weights.Slice(offset, draws);

            float top = float.NegativeInfinity;
            for (int s = 0; s < draws; s++)
            {
                top = MathF.Max(top, lp[s] - lq[s]);
            }

            float sum = 0f;
            for (int s = 0; s < draws; s++)
            {
                w[s] = MathF.Exp(lp[s] - lq[s] - top);
                sum += w[s];
            }

            float inv = 1f / sum;
            for (int s = 0; s < draws; s++)
            {
                w[s] *= inv;
            }
        }
    }
}
