// Re-creation (our own code) of the Gaussian kernel row of t-SNE's perplexity search (accord-net/framework,
// Sources/Accord.MachineLearning/Clustering/TSNE.cs, the Barnes-Hut input similarities; van der Maaten's reference
// loop): P[m] = exp(-beta * d * d) over a point's neighbour distances, normalised by a sum that starts at DBL_MIN.
// The exponent is never positive (beta > 0 from the binary search, d * d >= 0), so exp cannot overflow, and the
// guard keeps a row whose terms all underflow at 0 / DBL_MIN = 0 instead of NaN. Also written with d squared as
// `-(d * d) * beta` in float. Correct.
using System;

namespace Recreations.PerplexityKernel_GuardedGaussian;

public static class PerplexityKernel
{
    private const double DblMin = 2.2250738585072014e-308;

    public static double Row(double[] distances, double[] p, double beta)
    {
        double sum = DblMin;
        for (int m = 0; m < distances.Length; m++)
        {
            double d = distances[m];
            p[m] = Math.Exp(-beta * d * d);
            sum += p[m];
        }

        double entropy = 0.0;
        for (int m = 0; m < distances.Length; m++)
            entropy += beta * distances[m] * distances[m] * p[m];
        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
        return entropy / sum + Math.Log(sum);
    }

    public static void RowFloat(float[] distances, float[] p, float beta)
    {
        float sum = 1e-30f;
        for (int m = 0; m < distances.Length; m++)
        {
            p[m] = MathF.Exp(-(distances[m] * distances[m]) * beta);
            sum += p[m];
        }

        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
    }
}
