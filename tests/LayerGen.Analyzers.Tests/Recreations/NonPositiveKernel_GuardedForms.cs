// Re-creation (our own code) of kernels whose exponent is never positive, normalised behind a guard. First:
// accord-net/framework, Sources/Accord.MachineLearning/Clustering/TSNE.cs, computeGaussianPerplexity: the sum is
// declared `= 0` outside t-SNE's binary search over beta and seeded with DBL_MIN inside it, just before the row is
// summed; the declaration never reaches the fold. Variants (our own, same idea in other spellings): a soft assignment
// over a Euclidean distance accumulated in a loop (`exp(-sqrt(dist) / tau)`), a Laplace kernel `exp(-|x| / b)` whose
// division floors the sum (`s + 1e-30f`), and an RBF attention row over squared distances stored in a fresh array
// (`exp(-gamma * dist[k])`, sum seeded with double.Epsilon). No exponent can overflow, and a row whose every term
// underflows gives zeros, not NaN (the guard, by design). Correct.
using System;

namespace Recreations.NonPositiveKernel_GuardedForms;

public static class GuardedKernels
{
    private const double DblMin = 2.2250738585072014e-308;

    public static double PerplexityRow(double[] distances, double[] p, double targetEntropy)
    {
        double beta = 1.0;
        double sum = 0;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            for (int m = 0; m < distances.Length; m++)
            {
                double d = distances[m];
                p[m] = Math.Exp(-beta * d * d);
            }

            sum = DblMin;
            for (int m = 0; m < distances.Length; m++)
                sum += p[m];

            double entropy = 0.0;
            for (int m = 0; m < distances.Length; m++)
                entropy += beta * distances[m] * distances[m] * p[m];
            entropy = entropy / sum + Math.Log(sum);
            if (Math.Abs(entropy - targetEntropy) < 1e-5)
                break;
            beta = entropy > targetEntropy ? beta * 2.0 : beta / 2.0;
        }

        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
        return beta;
    }

    public static void SoftAssignment(double[] point, double[][] centroids, double[] responsibility, double tau)
    {
        double total = 1e-300;
        for (int k = 0; k < centroids.Length; k++)
        {
            double dist = 0;
            for (int j = 0; j < point.Length; j++)
            {
                double diff = point[j] - centroids[k][j];
                dist += diff * diff;
            }

            responsibility[k] = Math.Exp(-Math.Sqrt(dist) / tau);
            total += responsibility[k];
        }

        for (int k = 0; k < centroids.Length; k++)
            responsibility[k] /= total;
    }

    public static void LaplaceWeights(float[] offsets, float[] weights, float scale)
    {
        float s = 0f;
        for (int i = 0; i < offsets.Length; i++)
        {
            weights[i] = MathF.Exp(-MathF.Abs(offsets[i]) / scale);
            s += weights[i];
        }

        for (int i = 0; i < offsets.Length; i++)
            weights[i] /= s + 1e-30f;
    }

    public static void RbfAttentionRow(double[] query, double[][] keys, double[] weights, double gamma)
    {
        var dist = new double[keys.Length];
        for (int k = 0; k < keys.Length; k++)
        {
            double acc = 0;
            for (int j = 0; j < query.Length; j++)
                acc += (query[j] - keys[k][j]) * (query[j] - keys[k][j]);
            dist[k] = acc;
        }

        double s = double.Epsilon;
        for (int k = 0; k < keys.Length; k++)
        {
            weights[k] = Math.Exp(-gamma * dist[k]);
            s += weights[k];
        }

        for (int k = 0; k < keys.Length; k++)
            weights[k] /= s;
    }
}
