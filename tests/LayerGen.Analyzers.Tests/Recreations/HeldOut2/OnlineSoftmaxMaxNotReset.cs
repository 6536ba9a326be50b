// Re-creates: the one-pass "online softmax" in C#, with the running max declared once before the row loop
// Layout: float[,] row-major [rows, cols]; the running sum is reset per row, the running max is not
// Expected: LG0001 — the running max carries over from earlier rows
using System;

namespace HeldOut2.OnlineSoftmaxMaxNotReset;

public static class Online
{
    public static float[,] Softmax(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new float[rows, cols];
        float m = float.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            float d = 0f;
            float previous = m;
            for (int c = 0; c < cols; c++)
            {
                float mNew = MathF.Max(m, x[r, c]); //~ LG0001
                d = d * MathF.Exp(previous - mNew) + MathF.Exp(x[r, c] - mNew);
                m = mNew;
                previous = mNew;
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] = MathF.Exp(x[r, c] - m) / d;
            }
        }

        return y;
    }
}
