// Idiom: softmax over the last axis of a [batch, seq, dim] activation with Span slices: rows are shifted and
// exponentiated one by one, but the normaliser comes from a Total helper handed the whole sequence block of a batch item.
// Layout: Span<float> over [batch * seq * dim]; block b is Slice(b * seq * dim, seq * dim), row s inside it
// Slice(s * dim, dim).
// Bug LG0002: the sum spans all seq rows of the block, more than one row (reported at the helper's sum).
using System;

namespace HeldOut67.RowSpans_BlockTotal;

public static class SequenceSoftmax
{
    public static void Apply(Span<float> x, int batch, int seq, int dim)
    {
        for (int b = 0; b < batch; b++)
        {
            Span<float> block = x.Slice(b * seq * dim, seq * dim);
            for (int s = 0; s < seq; s++)
            {
                Span<float> row = block.Slice(s * dim, dim);
                float m = float.NegativeInfinity;
                foreach (float v in row) m = MathF.Max(m, v);
                for (int i = 0; i < row.Length; i++) row[i] = MathF.Exp(row[i] - m);
            }

            float total = Total(block);
            for (int i = 0; i < block.Length; i++) block[i] /= total;
        }
    }

    private static float Total(ReadOnlySpan<float> values)
    {
        float acc = 0f;
        for (int i = 0; i < values.Length; i++)
        {
            acc += values[i]; //~ LG0002
        }

        return acc;
    }
}
