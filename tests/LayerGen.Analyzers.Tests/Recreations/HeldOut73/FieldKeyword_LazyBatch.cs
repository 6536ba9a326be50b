// Idiom: C# 14 `field` keyword in a lazily computed property (`Probabilities => field ??= Compute()`), per-row maxima kept
// in an array before the exps.
// Use: cached probabilities of a logit batch.
// Layout: float[batch, classes], softmax per row.
// Correct: rowMax[r] is the max of row r only.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.FieldKeyword_LazyBatch;

public sealed class LogitBatch(float[,] logits)
{
    public float[,] Probabilities => field ??= Compute();

    private float[,] Compute()
    {
        int rows = logits.GetLength(0), cols = logits.GetLength(1);
        var p = new float[rows, cols];
        var rowMax = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            rowMax[r] = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) rowMax[r] = MathF.Max(rowMax[r], logits[r, c]);
        }

        for (int r = 0; r < rows; r++)
        {
            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                p[r, c] = MathF.Exp(logits[r, c] - rowMax[r]);
                s += p[r, c];
            }

            for (int c = 0; c < cols; c++) p[r, c] /= s;
        }

        return p;
    }
}
