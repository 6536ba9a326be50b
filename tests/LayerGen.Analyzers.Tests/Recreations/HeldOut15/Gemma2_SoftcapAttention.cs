// HeldOut15 — Gemma2_SoftcapAttention
// Source: Gemma 2 attention-logit soft-capping (Gemma Team 2024; google/gemma_pytorch
// `GemmaAttention`, HF `Gemma2Attention`): scores ← cap · tanh(scores / cap), then the row softmax.
// Layout: scores flat float[] [heads · queries · keys]; a static local function returns the row
// span of (head, query); softmax over the keys, in place.
// Correct: each capped row subtracts its own maximum (capping bounds the logits but the shift is
// still per row).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Gemma2_SoftcapAttention
{
    /// <summary>Soft-capped attention probabilities, in place.</summary>
    public static void Softmax(float[] scores, int heads, int queries, int keys, float cap)
    {
        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < queries; q++)
            {
                Span<float> row = Row(scores, h, q, queries, keys);
                float peak = float.NegativeInfinity;
                for (int k = 0; k < keys; k++)
                {
                    row[k] = cap * MathF.Tanh(row[k] / cap);
                    if (row[k] > peak) peak = row[k];
                }
                float z = 0f;
                for (int k = 0; k < keys; k++) z += row[k] = MathF.Exp(row[k] - peak);
                for (int k = 0; k < keys; k++) row[k] /= z;
            }
        }

        static Span<float> Row(float[] s, int h, int q, int queries, int keys) =>
            s.AsSpan((h * queries + q) * keys, keys);
    }
}
