// Variant (our own code) of the prefix and suffix log-sum-exp scans in ScanLogSumExp_PerStepReads.cs (ListMLE /
// Plackett–Luce, cumulative log-softmax) with the bugs a scan can carry: a running maximum read at every step while
// the running sum is never rescaled when it grows (the exps summed so far keep older shifts), and a running sum
// declared once before the rows or lists, so that each row's scan starts from the previous rows' total.
// Layouts: row-major float[,] (unrescaled prefix), flat float[] rows (prefix sum carried across rows), CSR lists
// (suffix sum carried across lists). Bugs: LG0001 (the running maximum), LG0002 (the carried sums).
using System;

namespace Recreations.ScanLogSumExp_CarriedOrUnrescaled;

public static class Scans
{
    public static float[] UnrescaledPrefix(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var ll = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity, s = 0f;
            for (int j = 0; j < cols; j++)
            {
                float v = x[r, j];
                m = MathF.Max(m, v); //~ LG0001
                s += MathF.Exp(v - m);
                ll[r] += v - (m + MathF.Log(s));
            }
        }

        return ll;
    }

    public static void CumulativeAcrossRows(float[] x, float[] logp, int rows, int cols)
    {
        float cum = 0f;
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float rowMax = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                rowMax = MathF.Max(rowMax, x[o + j]);
            }

            for (int j = 0; j < cols; j++)
            {
                cum += MathF.Exp(x[o + j] - rowMax); //~ LG0002
                logp[o + j] = x[o + j] - rowMax - MathF.Log(cum);
            }
        }
    }

    public static double[] SuffixAcrossLists(double[] scores, int[] offsets)
    {
        var ll = new double[offsets.Length - 1];
        double tail = 0.0;
        for (int l = 0; l + 1 < offsets.Length; l++)
        {
            double peak = double.NegativeInfinity;
            for (int k = offsets[l]; k < offsets[l + 1]; k++)
            {
                peak = Math.Max(peak, scores[k]);
            }

            for (int k = offsets[l + 1] - 1; k >= offsets[l]; k--)
            {
                tail += Math.Exp(scores[k] - peak); //~ LG0002
                ll[l] += scores[k] - peak - Math.Log(tail);
            }
        }

        return ll;
    }
}
