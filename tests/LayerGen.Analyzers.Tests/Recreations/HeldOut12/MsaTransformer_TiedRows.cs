// Source: MSA Transformer tied row attention (Rao et al. 2021; facebookresearch/esm `RowSelfAttention`): the
// per-sequence logits of an alignment are summed over sequences, scaled by 1/√S, and one softmax per query column.
// Layout: rank-3 float[sequences, columns, columns] logits, tied into a float[columns, columns] map.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class MsaTransformer_TiedRows
{
    public static float[,] TiedAttention(float[,,] logits)
    {
        int sequences = logits.GetLength(0), length = logits.GetLength(1);
        float scale = 1f / MathF.Sqrt(sequences);
        var tied = new float[length, length];
        for (int s = 0; s < sequences; s++)
        {
            for (int i = 0; i < length; i++)
            {
                for (int j = 0; j < length; j++)
                {
                    tied[i, j] += logits[s, i, j] * scale;
                }
            }
        }

        for (int i = 0; i < length; i++)
        {
            float peak = tied[i, 0];
            for (int j = 1; j < length; j++)
            {
                peak = tied[i, j] > peak ? tied[i, j] : peak;
            }

            float z = 0f;
            for (int j = 0; j < length; j++)
            {
                tied[i, j] = MathF.Exp(tied[i, j] - peak);
                z += tied[i, j];
            }

            for (int j = 0; j < length; j++)
            {
                tied[i, j] /= z;
            }
        }

        return tied;
    }
}
