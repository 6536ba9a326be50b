// Variant (our own code) of the record logits batch (Record_TupleRowState.cs pattern): the tuple `var (max, sum)` is
// declared once before the row loop and only the sum is reset per row, so the maximum keeps growing over the rows.
// Layout: sealed record with a float[] property, rows at r * Cols. Bug (LG0001): max never reset per row.
using System;

namespace HeldOut.RecordTupleHoisted;

public sealed record LogitsBatch(float[] Values, int Cols)
{
    public float[] Softmax()
    {
        var p = new float[Values.Length];
        var (max, sum) = (float.NegativeInfinity, 0f);
        for (int r = 0; r < Values.Length / Cols; r++)
        {
            sum = 0f;
            for (int c = 0; c < Cols; c++)
            {
                max = MathF.Max(max, Values[r * Cols + c]); //~ LG0001
            }

            for (int c = 0; c < Cols; c++)
            {
                p[r * Cols + c] = MathF.Exp(Values[r * Cols + c] - max);
                sum += p[r * Cols + c];
            }

            for (int c = 0; c < Cols; c++)
            {
                p[r * Cols + c] /= sum;
            }
        }

        return p;
    }
}
