// Idiom: semi-relaxed entropic optimal transport / soft assignment: Gibbs kernel exp(-C/ε) stabilised by each row's minimum cost, row scaling u_i = a_i / Σ_j K_ij, plan P = diag(u) K, and its transport cost
// Layout: double[source, target] cost matrix
// Correct
using System;

namespace HeldOut35.SoftAssign_RowStabilised
{
    public static class EntropicTransport
    {
        public static double[,] RowScaledPlan(double[,] cost, double[] a, double epsilon, out double transportCost)
        {
            int n = cost.GetLength(0);
            int m = cost.GetLength(1);
            var P = new double[n, m];
            transportCost = 0.0;
            for (int i = 0; i < n; i++)
            {
                double cMin = cost[i, 0];
                for (int j = 1; j < m; j++)
                {
                    if (cost[i, j] < cMin) cMin = cost[i, j];
                }

                double rowSum = 0.0;
                for (int j = 0; j < m; j++)
                {
                    P[i, j] = Math.Exp((cMin - cost[i, j]) / epsilon);
                    rowSum += P[i, j];
                }

                double u = a[i] / rowSum;
                for (int j = 0; j < m; j++)
                {
                    P[i, j] *= u;
                    transportCost += P[i, j] * cost[i, j];
                }
            }

            return P;
        }
    }
}
