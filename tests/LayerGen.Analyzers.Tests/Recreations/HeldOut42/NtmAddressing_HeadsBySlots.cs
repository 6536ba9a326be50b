// Idiom: neural Turing machine content addressing: cosine similarity of each read head's key with every memory slot,
//        sharpened by the key strength beta, softmax over the memory slots per head
// Layout: float[heads, slots] similarity and weights, float[slots][width] memory, float[heads][width] keys
// Correct
using System;

namespace HeldOut42.NtmAddressing_HeadsBySlots;

public static class ContentAddressing
{
    public static float Cosine(float[] u, float[] v)
    {
        float dot = 0f, nu = 0f, nv = 0f;
        for (int k = 0; k < u.Length; k++)
        {
            dot += u[k] * v[k];
            nu += u[k] * u[k];
            nv += v[k] * v[k];
        }

        return dot / (MathF.Sqrt(nu) * MathF.Sqrt(nv) + 1e-8f);
    }

    public static float[,] Similarity(float[][] keys, float[][] memory)
    {
        var sim = new float[keys.Length, memory.Length];
        for (int h = 0; h < keys.Length; h++)
            for (int n = 0; n < memory.Length; n++)
                sim[h, n] = Cosine(keys[h], memory[n]);
        return sim;
    }

    public static float[,] Weights(float[,] similarity, float[] beta)
    {
        int heads = similarity.GetLength(0);
        int slots = similarity.GetLength(1);
        var w = new float[heads, slots];
        for (int h = 0; h < heads; h++)
        {
            float best = float.NegativeInfinity;
            for (int n = 0; n < slots; n++)
            {
                w[h, n] = beta[h] * similarity[h, n];
                if (w[h, n] > best) best = w[h, n];
            }

            float z = 0f;
            for (int n = 0; n < slots; n++)
            {
                w[h, n] = MathF.Exp(w[h, n] - best);
                z += w[h, n];
            }

            for (int n = 0; n < slots; n++)
                w[h, n] /= z;
        }

        return w;
    }

    public static float[,] Address(float[][] keys, float[] beta, float[][] memory) =>
        Weights(Similarity(keys, memory), beta);
}
