// HeldOut63 / TopKSampling_JaggedKeptCandidates
// Idiom: top-k sampling: per sequence keep the k highest logits (LINQ Select/OrderByDescending/Take into records) and
// softmax only the kept candidates at temperature T; the first kept logit is the maximum because the list is sorted
// descending (the style of C# "ApplyTempTopKTopP" sampler utilities; own code).
// Layout: jagged float[sequence][vocab]; records TokenScore / TokenProbability; MathF.Exp.
// Label: Correct (shift by the kept list's own largest logit, sum over the kept list).
using System;
using System.Linq;

namespace HeldOut63.TopKSampling_JaggedKeptCandidates;

public readonly record struct TokenScore(int Token, float Logit);

public readonly record struct TokenProbability(int Token, float Probability);

public static class TopKSampler
{
    public static TokenProbability[][] TopKDistributions(float[][] logits, int k, float temperature)
    {
        var result = new TokenProbability[logits.Length][];
        for (int s = 0; s < logits.Length; s++)
        {
            TokenScore[] kept = logits[s]
                .Select((logit, token) => new TokenScore(token, logit))
                .OrderByDescending(t => t.Logit)
                .Take(k)
                .ToArray();

            float best = kept[0].Logit;
            var weights = new float[kept.Length];
            float total = 0f;
            for (int j = 0; j < kept.Length; j++)
            {
                weights[j] = MathF.Exp((kept[j].Logit - best) / temperature);
                total += weights[j];
            }

            result[s] = new TokenProbability[kept.Length];
            for (int j = 0; j < kept.Length; j++)
            {
                result[s][j] = new TokenProbability(kept[j].Token, weights[j] / total);
            }
        }

        return result;
    }
}
