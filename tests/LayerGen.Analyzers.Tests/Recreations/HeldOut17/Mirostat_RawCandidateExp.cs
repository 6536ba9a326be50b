// Source: Mirostat v2 sampling (Basu et al. 2021; llama.cpp mirostat samplers), the candidate softmax written over an
//   array of candidate structs with ref locals, before the surprise truncation.
// Layout: MirostatToken[] (mutable struct: Id, Logit, P), `ref` local per element, `foreach (ref ...)` over the span
//   for the division; temperature divides the logit inside the exp.
// Bug: LG0003 (exp of the raw tempered logits).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>A candidate token with its logit and probability.</summary>
public struct MirostatToken
{
    /// <summary>Token id.</summary>
    public int Id;

    /// <summary>Raw logit.</summary>
    public float Logit;

    /// <summary>Probability.</summary>
    public float P;
}

/// <summary>Candidate softmax of a Mirostat step.</summary>
public static class MirostatCandidateSoftmax
{
    /// <summary>Sets each candidate's probability; returns the number kept under the surprise cap <paramref name="mu"/>.</summary>
    public static int Apply(MirostatToken[] candidates, float temperature, float mu)
    {
        float z = 0f;
        for (int i = 0; i < candidates.Length; i++)
        {
            ref MirostatToken c = ref candidates[i];
            c.P = MathF.Exp(c.Logit / temperature); //~ LG0003
            z += c.P;
        }

        foreach (ref MirostatToken c in candidates.AsSpan())
        {
            c.P /= z;
        }

        int kept = 0;
        foreach (MirostatToken c in candidates)
        {
            if (c.P >= MathF.Pow(2f, -mu))
            {
                kept++;
            }
        }

        return Math.Max(kept, 1);
    }
}
