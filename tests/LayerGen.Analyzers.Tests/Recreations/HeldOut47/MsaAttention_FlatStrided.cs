// Idiom: MSA column attention (MSA Transformer / AlphaFold-style axial attention): within each alignment column, every
// sequence attends over all sequences of that column; the attention logits are normalised in place per (column, query).
// Layout: flat float[] laid out [columns, sequences, sequences] (key index fastest), row offset (c * n + q) * n;
// float.Exp.
// Correct.
using System;

namespace HeldOut47.MsaAttention_FlatStrided;

public static class ColumnAttention
{
    public static void SoftmaxOverKeys(float[] logits, int columns, int sequences)
    {
        int n = sequences;
        for (int c = 0; c < columns; c++)
        {
            for (int q = 0; q < n; q++)
            {
                int row = (c * n + q) * n;
                float m = logits[row];
                for (int k = 1; k < n; k++)
                {
                    m = Math.Max(m, logits[row + k]);
                }

                float denom = 0f;
                for (int k = 0; k < n; k++)
                {
                    float w = float.Exp(logits[row + k] - m);
                    logits[row + k] = w;
                    denom += w;
                }

                float inv = 1f / denom;
                for (int k = 0; k < n; k++)
                {
                    logits[row + k] *= inv;
                }
            }
        }
    }
}
