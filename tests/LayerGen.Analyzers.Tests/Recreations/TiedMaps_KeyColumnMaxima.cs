// Variant (our own code) of tied row attention (MSA Transformer, Rao et al. 2021; facebookresearch/esm
// `RowSelfAttention`) and of attention maps summed over heads or layers (attention rollout, head averaging): a map is
// accumulated over an outer axis first (`map[i, j] += logits[h, i, j]`), then exponentiated in place and normalised
// over keys per query, but the shift is taken per key column, over the queries.
// Layouts: flat float[] [L · L] summed over heads; jagged double[][] summed over layers; row-major float[,] summed over
// sequences into a separate exp buffer. Bugs: LG0004 (max over queries per key, sum over keys per query).
using System;

namespace Recreations.TiedMaps_KeyColumnMaxima;

public static class TiedMaps
{
    public static void HeadSummedFlat(float[] logits, int heads, int length, float[] map)
    {
        for (int h = 0; h < heads; h++)
        {
            for (int p = 0; p < length * length; p++)
            {
                map[p] += logits[h * length * length + p];
            }
        }

        var keyMax = new float[length];
        for (int j = 0; j < length; j++)
        {
            keyMax[j] = float.NegativeInfinity;
            for (int i = 0; i < length; i++)
            {
                keyMax[j] = MathF.Max(keyMax[j], map[i * length + j]); //~ LG0004
            }
        }

        for (int i = 0; i < length; i++)
        {
            float z = 0f;
            for (int j = 0; j < length; j++)
            {
                map[i * length + j] = MathF.Exp(map[i * length + j] - keyMax[j]);
                z += map[i * length + j];
            }

            for (int j = 0; j < length; j++)
            {
                map[i * length + j] /= z;
            }
        }
    }

    public static double[][] LayerSummedJagged(double[][][] layers)
    {
        int length = layers[0].Length;
        var map = new double[length][];
        for (int i = 0; i < length; i++)
        {
            map[i] = new double[length];
        }

        foreach (var layer in layers)
        {
            for (int i = 0; i < length; i++)
            {
                for (int j = 0; j < length; j++)
                {
                    map[i][j] += layer[i][j];
                }
            }
        }

        for (int j = 0; j < length; j++)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < length; i++)
            {
                if (map[i][j] > peak) //~ LG0004
                {
                    peak = map[i][j];
                }
            }

            for (int i = 0; i < length; i++)
            {
                map[i][j] -= peak;
            }
        }

        for (int i = 0; i < length; i++)
        {
            double z = 0.0;
            for (int j = 0; j < length; j++)
            {
                map[i][j] = Math.Exp(map[i][j]);
                z += map[i][j];
            }

            for (int j = 0; j < length; j++)
            {
                map[i][j] /= z;
            }
        }

        return map;
    }

    public static float[,] SequenceSummedSeparate(float[,,] logits)
    {
        int sequences = logits.GetLength(0), length = logits.GetLength(1);
        var tied = new float[length, length];
        for (int s = 0; s < sequences; s++)
        {
            for (int i = 0; i < length; i++)
            {
                for (int j = 0; j < length; j++)
                {
                    tied[i, j] += logits[s, i, j];
                }
            }
        }

        var probs = new float[length, length];
        for (int i = 0; i < length; i++)
        {
            float z = 0f;
            for (int j = 0; j < length; j++)
            {
                float top = float.NegativeInfinity;
                for (int q = 0; q < length; q++)
                {
                    top = MathF.Max(top, tied[q, j]); //~ LG0004
                }

                probs[i, j] = MathF.Exp(tied[i, j] - top);
                z += probs[i, j];
            }

            for (int j = 0; j < length; j++)
            {
                probs[i, j] /= z;
            }
        }

        return probs;
    }
}
