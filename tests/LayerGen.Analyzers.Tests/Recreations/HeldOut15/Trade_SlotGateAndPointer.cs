// HeldOut15 — Trade_SlotGateAndPointer
// Source: TRADE dialogue state tracking (Wu et al. 2019, ACL; jasonwu0731/trade-dst): per slot a
// 3-way slot gate {ptr, none, dontcare} and a pointer (copy) distribution over the dialogue-history
// tokens, mixed with the vocabulary distribution by p_gen.
// Layout: gate logits flat float[] [slots · 3]; history attention scores float[slots, historyLen].
// Correct: every gate triple and every slot's history row is its own softmax.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Trade_SlotGateAndPointer
{
    /// <summary>Slot-gate probabilities [slots · 3] and pointer distributions [slots, historyLen].</summary>
    public static float[] Decode(float[] gateLogits, float[,] history, float[,] pointer)
    {
        int slots = history.GetLength(0), len = history.GetLength(1);
        var gate = new float[gateLogits.Length];
        for (int s = 0; s < slots; s++)
        {
            int o = 3 * s;
            float gPeak = MathF.Max(gateLogits[o], MathF.Max(gateLogits[o + 1], gateLogits[o + 2]));
            float gz = 0f;
            for (int k = 0; k < 3; k++) gz += gate[o + k] = MathF.Exp(gateLogits[o + k] - gPeak);
            for (int k = 0; k < 3; k++) gate[o + k] /= gz;

            float hPeak = history[s, 0];
            for (int t = 1; t < len; t++) hPeak = MathF.Max(hPeak, history[s, t]);
            float hz = 0f;
            for (int t = 0; t < len; t++) hz += pointer[s, t] = MathF.Exp(history[s, t] - hPeak);
            for (int t = 0; t < len; t++) pointer[s, t] /= hz;
        }
        return gate;
    }
}
