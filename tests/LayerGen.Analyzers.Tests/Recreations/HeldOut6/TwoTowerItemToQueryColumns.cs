// Source: symmetric in-batch loss of two-tower / dual-encoder models (the item-to-query direction is a softmax down
// each column of the similarity matrix), re-created with the row maxima reused from the query direction.
// Layout: double[B, B] sim[query, item]; item-to-query softmax runs over queries for each item (a column).
// Bug LG0004: the subtracted max is each query row's max, while the sum runs down each item column.
using System;

namespace HeldOut6.TwoTowerItemToQueryColumns;

public static class ItemToQuery
{
    public static double[,] ColumnSoftmax(double[,] sim)
    {
        int n = sim.GetLength(0);
        var rowMax = new double[n];
        for (int q = 0; q < n; q++)
        {
            double m = sim[q, 0];
            for (int i = 1; i < n; i++)
            {
                if (sim[q, i] > m) m = sim[q, i]; //~ LG0004
            }

            rowMax[q] = m;
        }

        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            double colSum = 0;
            for (int q = 0; q < n; q++)
            {
                p[q, i] = Math.Exp(sim[q, i] - rowMax[q]);
                colSum += p[q, i];
            }

            for (int q = 0; q < n; q++)
            {
                p[q, i] /= colSum;
            }
        }

        return p;
    }
}
