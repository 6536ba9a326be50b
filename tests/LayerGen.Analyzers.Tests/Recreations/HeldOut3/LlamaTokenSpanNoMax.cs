// Re-creates: llama.cpp C# bindings' managed softmax sampler over a Span of LLamaTokenData (foreach by ref, sort
// descending, then exp of each logit) — the variant that never subtracts the top logit.
// Layout: 1-D Span of structs (Id, Logit, P); softmax axis = all candidates. float.
// Bug: LG0003 (exp of the raw logit).
using System;

namespace LayerGen.Recreations.HeldOut3.LlamaTokenSpanNoMax;

public struct TokenData
{
    public int Id;
    public float Logit;
    public float P;
}

public static class SpanSampler
{
    public static void Softmax(Span<TokenData> candidates)
    {
        candidates.Sort((a, b) => b.Logit.CompareTo(a.Logit));

        float sum = 0f;
        foreach (ref TokenData c in candidates)
        {
            c.P = MathF.Exp(c.Logit); //~ LG0003
            sum += c.P;
        }

        foreach (ref TokenData c in candidates)
        {
            c.P /= sum;
        }
    }
}
