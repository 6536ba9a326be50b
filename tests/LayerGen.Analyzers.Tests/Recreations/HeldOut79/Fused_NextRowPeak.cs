// Idiom: fused passes (software pipelining) — one loop exponentiates row r with its peak and already folds the peak of
// row r + 1, which the next iteration uses.
// Use: row softmax of attention scores, one pass less over memory.
// Layout: flat float[] row-major, rows * cols, output into a caller buffer.
// Correct: `next` is reset for every row and holds only row r + 1's peak; `cur` is exactly the current row's peak.
// Our own code.
using System;

namespace HeldOut79.Fused_NextRowPeak;

public static class PipelinedSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        if (rows == 0) return;
        float cur = float.NegativeInfinity;
        for (int j = 0; j < cols; j++) cur = MathF.Max(cur, x[j]);
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols, n = o + cols;
            bool more = r + 1 < rows;
            float next = float.NegativeInfinity;
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                float e = MathF.Exp(x[o + j] - cur);
                y[o + j] = e;
                sum += e;
                if (more) next = MathF.Max(next, x[n + j]);
            }
            for (int j = 0; j < cols; j++) y[o + j] /= sum;
            cur = next;
        }
    }
}
