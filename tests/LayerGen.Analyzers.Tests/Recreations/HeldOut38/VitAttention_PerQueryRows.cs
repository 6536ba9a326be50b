// Idiom: vision transformer self-attention, softmax of each query patch's row of scaled scores over the key patches, per head
// Layout: jagged float[heads][patches * patches], row-major [query, key] per head, row as Span<float> in a local function
// Correct
using System;

namespace HeldOut38.VitAttention_PerQueryRows;

public static class PatchAttention
{
    public static void SoftmaxInPlace(float[][] attention, int patches)
    {
        for (int h = 0; h < attention.Length; h++)
        {
            for (int q = 0; q < patches; q++)
                SoftmaxRow(attention[h].AsSpan(q * patches, patches));
        }

        static void SoftmaxRow(Span<float> row)
        {
            float m = float.NegativeInfinity;
            foreach (float v in row)
                m = MathF.Max(m, v);

            float s = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = MathF.Exp(row[k] - m);
                s += row[k];
            }

            for (int k = 0; k < row.Length; k++)
                row[k] /= s;
        }
    }
}
