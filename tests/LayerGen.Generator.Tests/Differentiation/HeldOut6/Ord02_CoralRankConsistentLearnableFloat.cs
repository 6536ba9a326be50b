// expect: gradient
// CORAL ordinal head (Cao, Mirjalili & Raschka 2020): one shared learnable weight vector, three learnable biases, the
// rank-monotonic probabilities σ(w·x + b_k) and the expected rank Σ_k σ(·) appended; the sigmoid as a ternary on the
// sign so exp never overflows; float. Shape from coral-pytorch's CoralLayer; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 4)]
public partial class CoralRankConsistentLearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(4, StandardDeviation = 0.5f)] ReadOnlySpan<float> weights,
                           [Learnable(3)] ReadOnlySpan<float> biases)
    {
        float score = 0f;
        for (int i = 0; i < x.Length; i++) score += weights[i] * x[i];

        float expectedRank = 0f;
        for (int k = 0; k < biases.Length; k++)
        {
            float logit = score + biases[k];
            float p = logit >= 0f ? 1f / (1f + MathF.Exp(-logit)) : MathF.Exp(logit) / (1f + MathF.Exp(logit));
            y[k] = p;
            expectedRank += p;
        }
        y[3] = expectedRank;
    }
}
