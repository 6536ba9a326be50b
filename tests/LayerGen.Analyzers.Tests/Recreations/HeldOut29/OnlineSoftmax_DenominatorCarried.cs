// Idiom: online softmax (Milakov & Gimelshein), the textbook update d = d * exp(m - m') + exp(x - m'), m = m'.
// Use: next-token rows of a decoder batch. Layout: jagged float[rows][vocab].
// Bug (LG0002): the running denominator d was hoisted above the row loop and is never reset, so each row is divided by
// its own sum plus every earlier row's (the per-row max seeded from x[0] does not clear it).
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Online softmax over jagged rows whose denominator is carried from row to row.</summary>
public static class OnlineDenominatorCarried
{
    /// <summary>Writes the softmax of every row of <paramref name="rows"/> into the matching row of <paramref name="outputs"/>.</summary>
    public static void Forward(float[][] rows, float[][] outputs)
    {
        float d = 0f;
        for (int r = 0; r < rows.Length; r++)
        {
            float[] x = rows[r];
            float m = x[0];
            for (int i = 0; i < x.Length; i++)
            {
                float mNew = MathF.Max(m, x[i]);
                d = d * MathF.Exp(m - mNew) + MathF.Exp(x[i] - mNew); //~ LG0002
                m = mNew;
            }

            float inv = 1f / d;
            float[] y = outputs[r];
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Exp(x[i] - m) * inv;
            }
        }
    }
}
