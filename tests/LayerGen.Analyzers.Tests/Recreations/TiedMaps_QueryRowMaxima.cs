// Variant (our own code) of tied row attention (MSA Transformer, Rao et al. 2021; esm `RowSelfAttention`) and of
// attention maps summed over heads or layers, correct twins of TiedMaps_KeyColumnMaxima.cs: the map is accumulated
// over the outer axis, then exponentiated in place (or into another buffer) and normalised per query row, with each
// row's own maximum; one method also sums the normalised rows over queries afterwards (a key-importance vector, not
// a softmax).
// Layouts: flat float[] [L · L] summed over heads; jagged double[][] summed over layers; row-major float[,] summed over
// sequences into a separate exp buffer. Correct.
using System;

namespace Recreations.TiedMaps_QueryRowMaxima;

public static class TiedMaps
{
    public static float[] HeadSummedFlat(float[] logits, int heads, int length, float[] map)
    {
        for (int h = 0; h < heads; h++)
        {
            for (int p = 0; p < length * length; p++)
            {
                map[p] += logits[h * length * length + p];
            }
        }

        for (int i = 0; i < length; i++)
        {
            float rowMax = float.NegativeInfinity;
            for (int j = 0; j < length; j++)
            {
                rowMax = MathF.Max(rowMax, map[i * length + j]);
            }

            float z = 0f;
            for (int j = 0; j < length; j++)
            {
                map[i * length + j] = MathF.Exp(map[i * length + j] - rowMax);
                z += map[i * length + j];
            }

            for (int j = 0; j < length; j++)
            {
                map[i * length + j] /= z;
            }
        }

        var importance = new float[length];
        for (int i = 0; i < length; i++)
        {
            for (int j = 0; j < length; j++)
            {
                importance[j] += map[i * length + j];
            }
        }

        return importance;
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

        for (int i = 0; i < length; i++)
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < length; j++)
            {
                if (map[i][j] > peak)
                {
                    peak = map[i][j];
                }
            }

            double z = 0.0;
            for (int j = 0; j < length; j++)
            {
                map[i][j] = Math.Exp(map[i][j] - peak);
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
            float top = float.NegativeInfinity;
            for (int j = 0; j < length; j++)
            {
                top = MathF.Max(top, tied[i, j]);
            }

            float z = 0f;
            for (int j = 0; j < length; j++)
            {
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
