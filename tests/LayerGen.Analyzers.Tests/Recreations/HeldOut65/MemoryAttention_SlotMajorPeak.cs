// Idiom: soft lookup in a memory table with the scores stored slot-major, scores[s, h] = scale * <M_s, key_h> (one
// row per memory slot, as the memory is iterated), a per-slot peak taken along that row, then per-head normalisation
// down each column. Use: differentiable memory read (key-value memory). Layout: float[][] memory rows, float[][] keys,
// float[slots, heads] scores/weights, MathF.Exp. Our own code.
// Bug LG0004: the peak runs over the heads (along a slot's row), the sum over the slots (down a head's column).
using System;

namespace HeldOut65.MemoryAttention_SlotMajorPeak;

public static class SlotMajorMemory
{
    public static float[,] Weights(float[][] memory, float[][] keys, float scale)
    {
        int slots = memory.Length;
        int heads = keys.Length;
        var w = new float[slots, heads];
        var peak = new float[slots];
        for (int s = 0; s < slots; s++)
        {
            peak[s] = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
            {
                float dot = 0f;
                for (int t = 0; t < memory[s].Length; t++)
                {
                    dot += memory[s][t] * keys[h][t];
                }

                w[s, h] = scale * dot;
                peak[s] = MathF.Max(peak[s], w[s, h]); //~ LG0004
            }
        }

        for (int h = 0; h < heads; h++)
        {
            float z = 0f;
            for (int s = 0; s < slots; s++)
            {
                w[s, h] = MathF.Exp(w[s, h] - peak[s]);
                z += w[s, h];
            }

            for (int s = 0; s < slots; s++)
            {
                w[s, h] /= z;
            }
        }

        return w;
    }
}
