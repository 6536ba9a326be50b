// Re-creation (our own code) of the shape of Set Transformer PMA attention (Lee et al. 2019), with the score matrix
// built first and the shift taken per set element.
// Layout: float[S, N] score matrix (seed × element) from float[S, d] seeds and IReadOnlyList<float[]> keys; per-element
// maxima in a float[]; attention to float[S, N].
// Bug (LG0004): the maximum runs over the seeds for each element (a column), while the sum runs over the elements for
// each seed (a row): wrong weights, and 0 / 0 when one seed's scores sit far below another's.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class SetTransformerPmaMaxPerElement
{
    public static float[,] Attention(float[,] seeds, IReadOnlyList<float[]> keys)
    {
        int seedCount = seeds.GetLength(0);
        int dim = seeds.GetLength(1);
        float scale = 1f / MathF.Sqrt(dim);
        var score = new float[seedCount, keys.Count];
        for (int s = 0; s < seedCount; s++)
        {
            for (int n = 0; n < keys.Count; n++)
            {
                float dot = 0f;
                for (int k = 0; k < dim; k++)
                    dot += seeds[s, k] * keys[n][k];
                score[s, n] = dot * scale;
            }
        }

        var elementMax = new float[keys.Count];
        for (int n = 0; n < keys.Count; n++)
        {
            elementMax[n] = float.NegativeInfinity;
            for (int s = 0; s < seedCount; s++)
                elementMax[n] = MathF.Max(elementMax[n], score[s, n]); //~ LG0004
        }

        var attention = new float[seedCount, keys.Count];
        for (int s = 0; s < seedCount; s++)
        {
            float sum = 0f;
            for (int n = 0; n < keys.Count; n++)
            {
                attention[s, n] = MathF.Exp(score[s, n] - elementMax[n]);
                sum += attention[s, n];
            }

            for (int n = 0; n < keys.Count; n++)
                attention[s, n] /= sum;
        }

        return attention;
    }
}
