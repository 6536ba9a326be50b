// Idiom: memory-network style content addressing with several heads, weights stored slot-major for the read-out
//        r[h] = sum_n w[n, h] * M[n], softmax over the memory slots for each head
// Layout: flat float[slots * heads], slot-major (index n * heads + h), float[slots][width] memory
// Correct
using System;

namespace HeldOut42.NtmAddressing_SlotsByHeads;

public static class MultiHeadRead
{
    public static float[] SlotWeights(float[] scores, int slots, int heads, float[] beta)
    {
        var w = new float[slots * heads];
        for (int h = 0; h < heads; h++)
        {
            float mx = float.NegativeInfinity;
            for (int n = 0; n < slots; n++)
                mx = MathF.Max(mx, beta[h] * scores[n * heads + h]);

            float acc = 0f;
            for (int n = 0; n < slots; n++)
            {
                float e = MathF.Exp(beta[h] * scores[n * heads + h] - mx);
                w[n * heads + h] = e;
                acc += e;
            }

            for (int n = 0; n < slots; n++)
                w[n * heads + h] /= acc;
        }

        return w;
    }

    public static float[][] Read(float[] w, float[][] memory, int heads)
    {
        int width = memory[0].Length;
        var r = new float[heads][];
        for (int h = 0; h < heads; h++)
        {
            r[h] = new float[width];
            for (int n = 0; n < memory.Length; n++)
                for (int k = 0; k < width; k++)
                    r[h][k] += w[n * heads + h] * memory[n][k];
        }

        return r;
    }
}
