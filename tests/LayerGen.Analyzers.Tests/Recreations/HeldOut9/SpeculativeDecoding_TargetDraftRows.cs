// Source: speculative decoding (Leviathan et al. / Chen et al.; the accept-reject step of llama.cpp-style and C#
// LLM inference loops), re-created shape: target and draft logits for k drafted positions are turned into
// distributions p and q with temperature; a rejected token is resampled from norm(max(0, p - q)).
// Layout: flat float[] [k * vocab] for both models, a shared row helper on spans, residual row out. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class SpeculativeDecoding_TargetDraftRows
{
    public static void Distributions(float[] targetLogits, float[] draftLogits, int vocab, float temperature, float[] p, float[] q, float[] residual)
    {
        float invTemp = 1f / temperature;
        for (int o = 0; o + vocab <= targetLogits.Length; o += vocab)
        {
            ToProbabilities(targetLogits.AsSpan(o, vocab), invTemp, p.AsSpan(o, vocab));
            ToProbabilities(draftLogits.AsSpan(o, vocab), invTemp, q.AsSpan(o, vocab));

            float mass = 0f;
            for (int v = 0; v < vocab; v++)
            {
                residual[o + v] = MathF.Max(0f, p[o + v] - q[o + v]);
                mass += residual[o + v];
            }

            for (int v = 0; v < vocab; v++)
            {
                residual[o + v] = mass > 0f ? residual[o + v] / mass : p[o + v];
            }
        }
    }

    private static void ToProbabilities(ReadOnlySpan<float> logits, float invTemp, Span<float> probs)
    {
        float max = float.NegativeInfinity;
        foreach (float l in logits)
        {
            max = MathF.Max(max, l);
        }

        float sum = 0f;
        for (int v = 0; v < logits.Length; v++)
        {
            probs[v] = MathF.Exp((logits[v] - max) * invTemp);
            sum += probs[v];
        }

        for (int v = 0; v < probs.Length; v++)
        {
            probs[v] /= sum;
        }
    }
}
