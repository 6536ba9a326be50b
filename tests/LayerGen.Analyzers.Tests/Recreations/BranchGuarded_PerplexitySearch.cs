// Source: ooples/AiDotNet, TSNE.ComputeJointProbabilities (t-SNE's binary search for sigma: Gaussian conditional
// probabilities per point and their entropy), re-created as our own code in two spellings of the guards.
// Correct: the exponent -d^2 / (2 sigma^2) is never positive, so exp cannot overflow; the division runs only when the
// row's sum is positive (a branch on the sum, or an early continue), so a row whose terms all underflow is skipped,
// not 0 / 0; the entropy term p * log(p) runs only for p > 0, where it is exact (its limit at 0 is 0).
using System;

namespace Recreations.BranchGuardedPerplexitySearch;

public static class Perplexity
{
    public static double RowEntropy(double[,] distances, int i, double sigma, double[,] p)
    {
        int n = distances.GetLength(0);
        double sum = 0;
        for (int j = 0; j < n; j++)
        {
            if (j == i) continue;
            p[i, j] = Math.Exp(-distances[i, j] * distances[i, j] / (2 * sigma * sigma));
            sum += p[i, j];
        }

        double entropy = 0;
        if (sum > 1e-10)
        {
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                p[i, j] /= sum;
                if (p[i, j] > 1e-10)
                {
                    entropy -= p[i, j] * Math.Log(p[i, j]);
                }
            }
        }

        return entropy;
    }

    public static float[] Entropies(float[][] points, float beta, float[][] p)
    {
        var h = new float[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            float total = 0f;
            for (int j = 0; j < points.Length; j++)
            {
                float squared = 0f;
                for (int k = 0; k < points[i].Length; k++)
                {
                    float d = points[i][k] - points[j][k];
                    squared += d * d;
                }

                p[i][j] = MathF.Exp(-beta * squared);
                total += p[i][j];
            }

            if (total == 0f)
            {
                continue;
            }

            for (int j = 0; j < p[i].Length; j++)
            {
                p[i][j] /= total;
                h[i] += p[i][j] > 0f ? -p[i][j] * MathF.Log(p[i][j]) : 0f;
            }
        }

        return h;
    }
}
