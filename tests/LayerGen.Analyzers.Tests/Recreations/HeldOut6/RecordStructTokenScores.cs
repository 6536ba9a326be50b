// Source: LLM sampler pipelines in C# that carry candidates as records (token id + logit + probability, e.g.
// LLamaSharp-style `LLamaTokenData` arrays turned into a softmax before sampling), re-created with a readonly record
// struct and `with`.
// Layout: one candidate array (1-D softmax over candidates), called per decoding step.
// Correct: the max over candidate logits is subtracted; probabilities assigned through `with`.
using System;

namespace HeldOut6.RecordStructTokenScores;

public readonly record struct TokenScore(int Id, float Logit, float Probability);

public static class CandidateSoftmax
{
    public static TokenScore[] Normalize(TokenScore[] candidates)
    {
        float maxLogit = float.NegativeInfinity;
        foreach (TokenScore c in candidates)
        {
            maxLogit = MathF.Max(maxLogit, c.Logit);
        }

        var exps = new float[candidates.Length];
        float z = 0f;
        for (int i = 0; i < candidates.Length; i++)
        {
            exps[i] = MathF.Exp(candidates[i].Logit - maxLogit);
            z += exps[i];
        }

        var result = new TokenScore[candidates.Length];
        for (int i = 0; i < candidates.Length; i++)
        {
            result[i] = candidates[i] with { Probability = exps[i] / z };
        }

        return result;
    }
}
