// Variants (our own code) of flash-attention style tile merges whose running max is declared above the query loop and
// never restarted per query: each tile's max is folded into the running max m, each tile's sum (shifted by its own tile
// max) is moved to m by tileSum * exp(tileMax - m). m is a max of maxima: it spans every tile of every query so far.
// Spellings: Math.Max over a double[queries, keys] with tiles of 8; `if (tileMax > m)` and locals alpha/beta for the
// rescale factors over a float[keys, queries] (key-major, a query is a column).
// Bug (LG0001): a query far below an earlier one gets exp(−∞)/0 = NaN.
using System;

namespace Recreations.MaxOfReductionsCarriedTileMerge;

public static class CarriedTileMerge
{
    public static void RowMajor(double[,] scores, double[,] weights)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        double m = double.NegativeInfinity;
        for (int q = 0; q < queries; q++)
        {
            double l = 0.0;
            for (int start = 0; start < keys; start += 8)
            {
                int end = Math.Min(start + 8, keys);
                double tileMax = double.NegativeInfinity;
                for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, scores[q, k]);
                double tileSum = 0.0;
                for (int k = start; k < end; k++) tileSum += Math.Exp(scores[q, k] - tileMax);
                double mOld = m;
                m = Math.Max(m, tileMax); //~ LG0001
                l = l * Math.Exp(mOld - m) + tileSum * Math.Exp(tileMax - m);
            }

            for (int k = 0; k < keys; k++) weights[q, k] = Math.Exp(scores[q, k] - m) / l;
        }
    }

    public static void KeyMajor(float[,] scores, float[,] weights)
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
                float mOld = m;
                if (tileMax > m) m = tileMax; //~ LG0001
                float alpha = MathF.Exp(mOld - m), beta = MathF.Exp(tileMax - m);
                l = l * alpha + beta * tileSum;
            }

            for (int k = 0; k < keys; k++) weights[k, q] = MathF.Exp(scores[k, q] - m) / l;
        }
    }
}
