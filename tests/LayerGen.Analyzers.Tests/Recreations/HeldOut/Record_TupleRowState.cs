// Re-creation (our own code) of a record-based logits batch (C# 9+ style of ooples/AiDotNet's value types) whose
// Softmax method keeps the per-row state in a deconstructed tuple, `var (max, sum) = (...)`, inside the row loop.
// Layout: sealed record with a float[] property, rows at r * Cols. Correct.
using System;

namespace HeldOut.RecordTupleRowState;

public sealed record LogitsBatch(float[] Values, int Cols)
{
    public float[] Softmax()
    {
        var p = new float[Values.Length];
        for (int r = 0; r < Values.Length / Cols; r++)
        {
            var (max, sum) = (float.NegativeInfinity, 0f);
            for (int c = 0; c < Cols; c++)
            {
                max = MathF.Max(max, Values[r * Cols + c]);
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
