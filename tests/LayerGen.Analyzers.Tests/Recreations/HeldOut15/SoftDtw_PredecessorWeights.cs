// HeldOut15 — SoftDtw_PredecessorWeights
// Source: soft-DTW (Cuturi & Blondel 2017), the anti-diagonal wavefront of GPU ports
// (tslearn `_soft_dtw`, Maghoumi pytorch-softdtw-cuda `compute_softdtw_cuda`).
// Layout: the three predecessor costs of every cell on one anti-diagonal, double[cells, 3];
// softmin over the three predecessors of each cell, weights written to double[cells, 3].
// Correct: each cell subtracts its own cheapest predecessor before exp (a +∞ border gets weight 0).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class SoftDtw_PredecessorWeights
{
    /// <summary>Soft-min step for one wavefront: values[c] = -γ log Σ exp(-r/γ), weights per predecessor.</summary>
    public static void SoftMinStep(double[,] predecessors, double gamma, double[] values, double[,] weights)
    {
        int cells = predecessors.GetLength(0);
        for (int c = 0; c < cells; c++)
        {
            double diag = predecessors[c, 0], up = predecessors[c, 1], left = predecessors[c, 2];
            double best = Math.Min(diag, Math.Min(up, left));
            double ed = Math.Exp(-(diag - best) / gamma);
            double eu = Math.Exp(-(up - best) / gamma);
            double el = Math.Exp(-(left - best) / gamma);
            double z = ed + eu + el;
            values[c] = best - gamma * Math.Log(z);
            weights[c, 0] = ed / z;
            weights[c, 1] = eu / z;
            weights[c, 2] = el / z;
        }
    }

    /// <summary>Full soft-DTW of a cost matrix, walked anti-diagonal by anti-diagonal.</summary>
    public static double Distance(double[,] cost, double gamma)
    {
        int n = cost.GetLength(0), m = cost.GetLength(1);
        var r = new double[n + 1, m + 1];
        for (int i = 0; i <= n; i++) for (int j = 0; j <= m; j++) r[i, j] = double.PositiveInfinity;
        r[0, 0] = 0;
        for (int d = 2; d <= n + m; d++)
        {
            int lo = Math.Max(1, d - m), hi = Math.Min(n, d - 1);
            int cells = hi - lo + 1;
            if (cells <= 0) continue;
            var preds = new double[cells, 3];
            for (int i = lo; i <= hi; i++)
            {
                int j = d - i;
                preds[i - lo, 0] = r[i - 1, j - 1];
                preds[i - lo, 1] = r[i - 1, j];
                preds[i - lo, 2] = r[i, j - 1];
            }
            var values = new double[cells];
            SoftMinStep(preds, gamma, values, new double[cells, 3]);
            for (int i = lo; i <= hi; i++) r[i, d - i] = cost[i - 1, d - i - 1] + values[i - lo];
        }
        return r[n, m];
    }
}
