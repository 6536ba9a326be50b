// Source: MSA Transformer tied row attention (Rao et al. 2021; esm `RowSelfAttention`): logits summed over the
// alignment's sequences, then a softmax over key columns for each query column.
// Layout: rank-3 float[sequences, columns, columns]; shifts kept per key column in an array.
// Bug: LG0004 — the max runs over queries for each key (axis 0 of the tied map), the sum over keys for each query.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class MsaTransformer_MaxPerKeyColumn
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

        var keyPeak = new float[length];
        for (int j = 0; j < length; j++)
        {
            keyPeak[j] = float.NegativeInfinity;
            for (int i = 0; i < length; i++)
            {
                keyPeak[j] = MathF.Max(keyPeak[j], tied[i, j]); //~ LG0004
            }
        }

        for (int i = 0; i < length; i++)
        {
            float z = 0f;
            for (int j = 0; j < length; j++)
            {
                tied[i, j] = MathF.Exp(tied[i, j] - keyPeak[j]);
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
