// Source: SASRec self-attentive sequential recommendation (Kang & McAuley 2018; kang205/SASRec, pmixer/SASRec.pytorch):
// one causal self-attention layer over the item sequence, left-padded with item id 0; padded keys are masked and the
// outputs of padded positions are zeroed (the timeline mask).
// Layout: flat `float[]` q/k/v [length · dim], score buffer [length · length] with `ArraySegment<float>` rows,
// peak over the causal, unpadded prefix, attention written back into the segment.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class SasRecCausalItemAttention
{
    /// <summary>Causal attention over a padded item sequence; returns the attention map [length · length].</summary>
    public static float[] Attend(float[] q, float[] k, float[] v, int[] items, int dim, float[] output)
    {
        int length = items.Length;
        float scale = 1f / MathF.Sqrt(dim);
        var scores = new float[length * length];

        for (int i = 0; i < length; i++)
        {
            var row = new ArraySegment<float>(scores, i * length, length);
            if (items[i] == 0)
            {
                for (int d = 0; d < dim; d++) output[i * dim + d] = 0f;
                continue;
            }

            float peak = float.NegativeInfinity;
            for (int j = 0; j <= i; j++)
            {
                if (items[j] == 0) continue;
                float s = 0f;
                for (int d = 0; d < dim; d++) s += q[i * dim + d] * k[j * dim + d];
                row[j] = s * scale;
                if (row[j] > peak) peak = row[j];
            }

            float z = 0f;
            for (int j = 0; j <= i; j++)
            {
                if (items[j] == 0) continue;
                row[j] = MathF.Exp(row[j] - peak);
                z += row[j];
            }

            for (int d = 0; d < dim; d++) output[i * dim + d] = 0f;
            for (int j = 0; j <= i; j++)
            {
                if (items[j] == 0) continue;
                row[j] /= z;
                for (int d = 0; d < dim; d++) output[i * dim + d] += row[j] * v[j * dim + d];
            }
        }
        return scores;
    }
}
