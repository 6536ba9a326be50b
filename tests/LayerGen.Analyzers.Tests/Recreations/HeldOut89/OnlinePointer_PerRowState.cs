// Idiom: one-pass online softmax (running max and rescaled running sum) over raw pointers, P/Invoke-shaped signature.
// Use: a streaming softmax kernel `(float* logits, float* probs, int rows, int cols)` that reads each row once for its
// statistics.
// Layout: unmanaged float rows, row-major, row r at r * cols.
// Correct: max and denominator restart for every row; `MathF.Exp(m - next)` rescales by a non-positive exponent; the
// final pass shifts by the row's max.
// Our own code.
using System;

namespace HeldOut89.OnlinePointer_PerRowState;

public static unsafe class StreamingSoftmax
{
    public static void Softmax(float* logits, float* probs, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            float* row = logits + (nint)r * cols;
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int j = 0; j < cols; j++)
            {
                float v = row[j];
                if (v > m)
                {
                    d = d * MathF.Exp(m - v) + 1f;
                    m = v;
                }
                else
                {
                    d += MathF.Exp(v - m);
                }
            }

            float* outRow = probs + (nint)r * cols;
            for (int j = 0; j < cols; j++)
            {
                outRow[j] = MathF.Exp(row[j] - m) / d;
            }
        }
    }
}
