// Idiom: a one-pass ("online") softmax ported from a NumPy streaming notebook: per row, the running max `m` and the
// running normaliser `d` are updated together, `d = d * exp(m_old - m) + exp(x - m)`, then a second pass writes
// `exp(x - m) / d`.
// Use: the row normalisation step of a blocked attention port, rows of a flat score buffer.
// Layout: flat float[], shape (rows, cols) row-major, rows addressed by `r * cols`.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.OnlineSoftmax_RunningRescale;

public static class Streaming
{
    public static float[] Softmax(float[] scores, int rows, int cols)
    {
        var y = new float[scores.Length];
        for (int r = 0; r < rows; r++)
        {
            int off = r * cols;
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int c = 0; c < cols; c++)
            {
                float x = scores[off + c];
                float mNew = MathF.Max(m, x);
                d = d * MathF.Exp(m - mNew) + MathF.Exp(x - mNew);
                m = mNew;
            }

            for (int c = 0; c < cols; c++) y[off + c] = MathF.Exp(scores[off + c] - m) / d;
        }

        return y;
    }
}
