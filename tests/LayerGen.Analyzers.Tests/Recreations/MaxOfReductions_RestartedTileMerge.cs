// Variants (our own code) of flash-attention style tile merges whose running max restarts for every query: declared in
// the query loop (double[queries, keys], tiles of 8), or declared above it and seeded by the first tile of each query
// (`if (start == 0) { m = tileMax; l = tileSum; continue; }`, float[keys, queries], key-major); plus a max of the two
// halves' maxima of one row. Each tile's max and sum are merged by rescaling to the running max.
// Correct: no diagnostic (a max of maxima of one query's tiles is that query's max).
using System;

namespace Recreations.MaxOfReductionsRestartedTileMerge;

public static class RestartedTileMerge
{
    public static void RowMajor(double[,] scores, double[,] weights)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        for (int q = 0; q < queries; q++)
        {
            double m = double.NegativeInfinity, l = 0.0;
            for (int start = 0; start < keys; start += 8)
            {
                int end = Math.Min(start + 8, keys);
                double tileMax = double.NegativeInfinity;
                for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, scores[q, k]);
                double tileSum = 0.0;
                for (int k = start; k < end; k++) tileSum += Math.Exp(scores[q, k] - tileMax);
                double mOld = m;
                m = Math.Max(m, tileMax);
                l = l * Math.Exp(mOld - m) + tileSum * Math.Exp(tileMax - m);
            }

            for (int k = 0; k < keys; k++) weights[q, k] = Math.Exp(scores[q, k] - m) / l;
        }
    }

    public static void KeyMajorSeededByFirstTile(float[,] scores, float[,] weights)
    {
        int keys = scores.GetLength(0), queries = scores.GetLength(1);
        float m = float.NegativeInfinity;
        for (int q = 0; q < queries; q++)
        {
            float l = 0f;
            for (int start = 0; start < keys; start += 4)
            {
                int end = Math.Min(start + 4, keys);
                float tileMax = float.NegativeInfinity;
                for (int k = start; k < end; k++) if (scores[k, q] > tileMax) tileMax = scores[k, q];
                float tileSum = 0f;
                for (int k = start; k < end; k++) tileSum += MathF.Exp(scores[k, q] - tileMax);
                if (start == 0)
                {
                    m = tileMax;
                    l = tileSum;
                    continue;
                }

                float mOld = m;
                m = MathF.Max(m, tileMax);
                l = l * MathF.Exp(mOld - m) + tileSum * MathF.Exp(tileMax - m);
            }

            for (int k = 0; k < keys; k++) weights[k, q] = MathF.Exp(scores[k, q] - m) / l;
        }
    }

    public static void HalvesOfOneRow(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1), half = cols / 2;
        for (int r = 0; r < rows; r++)
        {
            float a = float.NegativeInfinity, b = float.NegativeInfinity;
            for (int c = 0; c < half; c++) a = MathF.Max(a, x[r, c]);
            for (int c = half; c < cols; c++) b = MathF.Max(b, x[r, c]);
            float m = MathF.Max(a, b);
            float s = 0f;
            for (int c = 0; c < cols; c++) s += MathF.Exp(x[r, c] - m);
            for (int c = 0; c < cols; c++) y[r, c] = MathF.Exp(x[r, c] - m) / s;
        }
    }
}
