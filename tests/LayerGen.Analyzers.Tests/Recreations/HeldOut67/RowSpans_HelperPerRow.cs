// Idiom: softmax over the last axis of a [batch, seq, dim] activation held flat, each (b, s) row handed to a private
// span helper (the "reshape to rows, then row kernel" pattern of hand-written inference engines).
// Layout: flat float[batch * seq * dim]; row (b, s) is AsSpan((b * seq + s) * dim, dim).
// Correct: the helper gets one row and takes that row's max and sum.
using System;

namespace HeldOut67.RowSpans_HelperPerRow;

public static class LastAxisSoftmax
{
    public static void Apply(float[] buffer, int batch, int seq, int dim)
    {
        for (int b = 0; b < batch; b++)
        {
            for (int s = 0; s < seq; s++)
            {
                SoftmaxRow(buffer.AsSpan((b * seq + s) * dim, dim));
            }
        }
    }

    private static void SoftmaxRow(Span<float> row)
    {
        float max = row[0];
        for (int i = 1; i < row.Length; i++)
        {
            max = MathF.Max(max, row[i]);
        }

        float sum = 0f;
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = MathF.Exp(row[i] - max);
            sum += row[i];
        }

        for (int i = 0; i < row.Length; i++)
        {
            row[i] /= sum;
        }
    }
}
