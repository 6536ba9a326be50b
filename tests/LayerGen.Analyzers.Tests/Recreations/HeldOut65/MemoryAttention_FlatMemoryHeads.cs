// Idiom: attention-like soft lookup in a memory table (NTM / memory-network content addressing with dot-product
// scores): for each read head h, w[h, s] = softmax_s(scale * <key_h, M_s>), and the read vector sum_s w[h, s] M_s.
// Use: differentiable memory read. Layout: flat float[slots * width] memory (row s at s * width), float[heads, width] keys,
// float[heads, slots] weights, float[heads, width] reads, float.Exp. Inspired by Graves et al.'s Neural Turing Machine
// content addressing and key-value memory networks. Our own code. Correct: per-head max over the slots, per-head sum.
using System;

namespace HeldOut65.MemoryAttention_FlatMemoryHeads;

public static class MemoryRead
{
    public static float[,] Read(float[] memory, int width, float[,] keys, float scale, float[,] weights)
    {
        int slots = memory.Length / width;
        int heads = keys.GetLength(0);
        var read = new float[heads, width];
        for (int h = 0; h < heads; h++)
        {
            float best = float.NegativeInfinity;
            for (int s = 0; s < slots; s++)
            {
                float dot = 0f;
                for (int t = 0; t < width; t++)
                {
                    dot += keys[h, t] * memory[s * width + t];
                }

                weights[h, s] = scale * dot;
                best = MathF.Max(best, weights[h, s]);
            }

            float z = 0f;
            for (int s = 0; s < slots; s++)
            {
                weights[h, s] = float.Exp(weights[h, s] - best);
                z += weights[h, s];
            }

            for (int s = 0; s < slots; s++)
            {
                weights[h, s] /= z;
                for (int t = 0; t < width; t++)
                {
                    read[h, t] += weights[h, s] * memory[s * width + t];
                }
            }
        }

        return read;
    }
}
