// Source: species MaxEnt "raw" output exp(lambda . f(x)) / Z over background cells (Phillips et al. 2006) and
// sequential Monte Carlo particle weights exp(logw - max) / sum, both parallelised by partitions of one 1-D buffer;
// re-created as our own code (three ways to merge partial maxima: a LINQ Max over an array of partition maxima,
// Parallel.For localInit/localFinally merged under a lock, a sequential loop over chunks merged with an if).
// Correct: each partition folds part of the one buffer, and the merged maximum spans their union, which is exactly
// what the sum and the division run over. The partitions are no rows.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace Recreations.PartitionMaxOneDistribution;

public static class Partitions
{
    public static double[] PartitionArrayMax(double[] score, int partitions)
    {
        int n = score.Length;
        int chunk = (n + partitions - 1) / partitions;
        var partialMax = new double[partitions];
        Parallel.For(0, partitions, p =>
        {
            double m = double.NegativeInfinity;
            int end = Math.Min(n, (p + 1) * chunk);
            for (int i = p * chunk; i < end; i++) m = Math.Max(m, score[i]);
            partialMax[p] = m;
        });
        double max = partialMax.Max();

        var w = new double[n];
        double z = 0;
        for (int i = 0; i < n; i++)
        {
            w[i] = Math.Exp(score[i] - max);
            z += w[i];
        }

        for (int i = 0; i < n; i++) w[i] /= z;
        return w;
    }

    public static void ThreadLocalMax(float[] logWeights, float[] weights)
    {
        float max = float.NegativeInfinity;
        var gate = new object();
        Parallel.For(
            0,
            logWeights.Length,
            () => float.NegativeInfinity,
            (i, _, local) => MathF.Max(local, logWeights[i]),
            local =>
            {
                lock (gate)
                {
                    max = MathF.Max(max, local);
                }
            });

        float total = 0f;
        for (int i = 0; i < logWeights.Length; i++)
        {
            weights[i] = MathF.Exp(logWeights[i] - max);
            total += weights[i];
        }

        float inverse = 1f / total;
        for (int i = 0; i < weights.Length; i++) weights[i] *= inverse;
    }

    public static void ChunkedMax(Span<double> x, int chunk)
    {
        int n = x.Length;
        int chunks = (n + chunk - 1) / chunk;
        Span<double> chunkMax = stackalloc double[chunks];
        for (int c = 0; c < chunks; c++)
        {
            chunkMax[c] = double.NegativeInfinity;
            for (int i = c * chunk; i < Math.Min(n, (c + 1) * chunk); i++)
                if (x[i] > chunkMax[c]) chunkMax[c] = x[i];
        }

        double max = double.NegativeInfinity;
        for (int c = 0; c < chunks; c++)
            if (chunkMax[c] > max) max = chunkMax[c];

        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            x[i] = Math.Exp(x[i] - max);
            sum += x[i];
        }

        for (int i = 0; i < n; i++) x[i] /= sum;
    }
}
