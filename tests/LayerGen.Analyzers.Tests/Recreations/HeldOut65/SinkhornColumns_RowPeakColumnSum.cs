// Idiom: log-domain Sinkhorn column half-step in a 2D array, with the stabilising peak of each ROW kept from the row
// half-step (peak[i] = max over j of (f[i] - C[i, j]) / eps) and reused for the column normalisation over i.
// Use: entropic OT plan, column scaling. Layout: double[n, m] cost; the softmax runs down each column (first axis).
// Our own code. Bug LG0004: the max runs along a row (over j) while the sum and division run down a column (over i).
using System;

namespace HeldOut65.SinkhornColumns_RowPeakColumnSum;

public static class GridSinkhorn
{
    public static double[,] ColumnStep(double[,] cost, double[] f, double eps)
    {
        int n = cost.GetLength(0);
        int m = cost.GetLength(1);
        var peak = new double[n];
        for (int i = 0; i < n; i++)
        {
            peak[i] = double.NegativeInfinity;
            for (int j = 0; j < m; j++)
            {
                peak[i] = Math.Max(peak[i], (f[i] - cost[i, j]) / eps); //~ LG0004
            }
        }

        var plan = new double[n, m];
        for (int j = 0; j < m; j++)
        {
            double colSum = 0.0;
            for (int i = 0; i < n; i++)
            {
                plan[i, j] = Math.Exp((f[i] - cost[i, j]) / eps - peak[i]);
                colSum += plan[i, j];
            }

            for (int i = 0; i < n; i++)
            {
                plan[i, j] /= colSum;
            }
        }

        return plan;
    }
}
