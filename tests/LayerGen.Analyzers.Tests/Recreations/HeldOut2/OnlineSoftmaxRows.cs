// Re-creates: the one-pass "online softmax" (running max with a rescaled running sum, as in flash-attention ports to C#, e.g. Llm.cs experiments)
// Layout: float[,] row-major [rows, cols]; max and sum updated together in one loop per row
// Expected: Correct
using System;

namespace HeldOut2.OnlineSoftmaxRows;

public static class Online
{
    public static float[,] Softmax(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int c = 0; c < cols; c++)
            {
                float mNew = MathF.Max(m, x[r, c]);
                d = d * MathF.Exp(m - mNew) + MathF.Exp(x[r, c] - mNew);
                m = mNew;
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] = MathF.Exp(x[r, c] - m) / d;
            }
        }

        return y;
    }
}
