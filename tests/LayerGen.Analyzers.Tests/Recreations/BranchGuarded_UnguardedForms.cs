// Variant of BranchGuarded_PerplexitySearch.cs (ooples/AiDotNet TSNE) with the guards taken away or misplaced:
// the division runs for every row (0 / 0 = NaN when every term underflows, below about -745 in double), the entropy
// term p * log(p) is computed for p = 0 (0 * -inf = NaN), and a guarded -log(p) of the nearest neighbour's probability
// drops exactly the rows that matter (an underflowed p gives 0 loss instead of a large one).
using System;

namespace Recreations.BranchGuardedUnguardedForms;

public static class Perplexity
{
    public static double RowEntropy(double[,] distances, int i, double sigma, double[,] p)
    {
        int n = distances.GetLength(0);
        double sum = 0;
        for (int j = 0; j < n; j++)
        {
            if (j == i) continue;
            p[i, j] = Math.Exp(-distances[i, j] * distances[i, j] / (2 * sigma * sigma)); //~ LG0003
            sum += p[i, j];
        }

        double entropy = 0;
        for (int j = 0; j < n; j++)
        {
            if (j == i) continue;
            p[i, j] /= sum;
            entropy -= p[i, j] * Math.Log(p[i, j]); //~ LG0005
        }

        return entropy;
    }

    public static double NeighbourLoss(double[] d, int nearest, double beta)
    {
        var p = new double[d.Length];
        double sum = 0;
        for (int j = 0; j < d.Length; j++)
        {
            p[j] = Math.Exp(-beta * d[j] * d[j]);
            sum += p[j];
        }

        if (sum <= 0) return 0;
        for (int j = 0; j < d.Length; j++) p[j] /= sum;
        return p[nearest] > 0 ? -Math.Log(p[nearest]) : 0; //~ LG0005
    }
}
