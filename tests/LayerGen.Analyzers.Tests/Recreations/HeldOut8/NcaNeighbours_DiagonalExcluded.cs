// Source: Neighbourhood Components Analysis (Goldberger et al. 2004; p_ij = exp(-||Ax_i - Ax_j||^2) / sum over
// k != i, p_ii = 0; the scikit-learn NeighborhoodComponentsAnalysis shape), re-created.
// Layout: double[n, n] squared distances of the projected points; the diagonal is skipped in max, sum and output.
// Correct: per-row smallest off-diagonal distance (max logit) and per-row sum.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class NcaNeighbours_DiagonalExcluded
{
    public static double[,] NeighbourProbabilities(double[,] squaredDistance)
    {
        int n = squaredDistance.GetLength(0);
        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            double nearest = double.PositiveInfinity;
            for (int j = 0; j < n; j++)
                if (j != i) nearest = Math.Min(nearest, squaredDistance[i, j]);

            double z = 0;
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                p[i, j] = Math.Exp(nearest - squaredDistance[i, j]);
                z += p[i, j];
            }
            for (int j = 0; j < n; j++) p[i, j] /= z;
        }
        return p;
    }
}
