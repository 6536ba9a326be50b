// Source: AdapterFusion (Pfeiffer et al. 2021; adapter-hub/adapters `BertFusion`): per token, a query from the
// transformer output attends over the outputs of N task adapters (keys and values), softmax over the adapters with
// an annealed temperature, then the fused value is added back to the residual.
// Layout: flat `float[]` hidden states [tokens · dim], jagged `float[][]` adapter outputs [adapters][tokens · dim],
// `float[,]` projections, `stackalloc` scores per token, attention written to `float[tokens, adapters]`.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class AdapterFusionTokenAttention
{
    /// <summary>Fuses the adapter outputs of every token; returns the attention over adapters in <paramref name="attention"/>.</summary>
    public static void Fuse(
        float[] hidden, float[][] adapterOutputs, float[,] queryProjection, float[,] keyProjection,
        int tokens, int dim, int step, float[] fused, float[,] attention)
    {
        int adapters = adapterOutputs.Length;
        // The fusion temperature anneals from 50 towards 1 over training; the max only floors it.
        float temperature = Math.Max(1f, 50f * MathF.Pow(0.995f, step));

        Span<float> scores = stackalloc float[adapters];
        Span<float> query = stackalloc float[dim];
        for (int t = 0; t < tokens; t++)
        {
            int baseOffset = t * dim;
            for (int i = 0; i < dim; i++)
            {
                float q = 0f;
                for (int j = 0; j < dim; j++) q += hidden[baseOffset + j] * queryProjection[j, i];
                query[i] = q;
            }

            for (int a = 0; a < adapters; a++)
            {
                float[] output = adapterOutputs[a];
                float score = 0f;
                for (int i = 0; i < dim; i++)
                {
                    float key = 0f;
                    for (int j = 0; j < dim; j++) key += output[baseOffset + j] * keyProjection[j, i];
                    score += query[i] * key;
                }
                scores[a] = score / temperature;
            }

            float peak = scores[0];
            for (int a = 1; a < adapters; a++)
                if (scores[a] > peak) peak = scores[a];

            float z = 0f;
            for (int a = 0; a < adapters; a++)
            {
                scores[a] = MathF.Exp(scores[a] - peak);
                z += scores[a];
            }

            for (int i = 0; i < dim; i++) fused[baseOffset + i] = hidden[baseOffset + i];
            for (int a = 0; a < adapters; a++)
            {
                float p = scores[a] / z;
                attention[t, a] = p;
                float[] output = adapterOutputs[a];
                for (int i = 0; i < dim; i++) fused[baseOffset + i] += p * output[baseOffset + i];
            }
        }
    }
}
