// A sparse mixture-of-experts layer: four linear experts (6 → 3), a linear gate, top-2 experts picked by two argmax
// passes written by hand (the second skips the first with continue), the two gate logits renormalised by a two-way
// softmax, and only those two experts evaluated (a helper with index arithmetic into one weight span).
// Shape of: Shazeer et al. 2017 / Switch-style top-k routing as in fairseq's top2gating or Mixtral's router (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 3)]
public partial class MixtureOfExpertsTopTwoHandwritten
{
    const int Experts = 4, In = 6, Out = 3;

    static double ExpertOutput(ReadOnlySpan<double> x, ReadOnlySpan<double> weights, int expert, int o)
    {
        double sum = 0;
        int offset = (expert * Out + o) * In;
        for (int i = 0; i < In; i++) sum += weights[offset + i] * x[i];
        return sum;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(Experts * In, StandardDeviation = 0.5)] ReadOnlySpan<double> gate,
        [Learnable(Experts * Out * In, StandardDeviation = 0.3)] ReadOnlySpan<double> expertWeights)
    {
        Span<double> logits = stackalloc double[Experts];
        for (int e = 0; e < Experts; e++)
        {
            double s = 0;
            for (int i = 0; i < In; i++) s += gate[e * In + i] * x[i];
            logits[e] = s;
        }

        int first = 0;
        for (int e = 1; e < Experts; e++)
            if (logits[e] > logits[first]) first = e;
        int second = first == 0 ? 1 : 0;
        for (int e = 0; e < Experts; e++)
        {
            if (e == first) continue;
            if (logits[e] > logits[second]) second = e;
        }

        double w1 = 1 / (1 + Math.Exp(logits[second] - logits[first]));
        double w2 = 1 - w1;
        for (int o = 0; o < Out; o++)
            y[o] = w1 * ExpertOutput(x, expertWeights, first, o) + w2 * ExpertOutput(x, expertWeights, second, o);
    }
}
