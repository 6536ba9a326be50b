// Source: Neighbourhood Components Analysis (Goldberger et al. 2004), re-created as a port that normalised the
// whole affinity matrix.
// Layout: double[n, n] squared distances; diagonal skipped; per-row nearest off-diagonal distance.
// Bug (LG0002): the normaliser is one total over every off-diagonal pair of the matrix instead of each row's
// neighbours, so each row of p sums to about 1/n.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class NcaNeighbours_SumWholeMatrix
{
    public static double[,] NeighbourProbabilities(double[,] squaredDistance)
    {
        int n = squaredDistance.GetLength(0);
        var p = new double[n, n];
        double z = 0;
        for (int i = 0; i < n; i++)
        {
            double nearest = double.PositiveInfinity;
            for (int j = 0; j < n; j++)
                if (j != i && squaredDistance[i, j] < nearest) nearest = squaredDistance[i, j];

            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                p[i, j] = Math.Exp(nearest - squaredDistance[i, j]);
                z += p[i, j]; //~ LG0002
            }
        }

        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                p[i, j] /= z;
        return p;
    }
}
