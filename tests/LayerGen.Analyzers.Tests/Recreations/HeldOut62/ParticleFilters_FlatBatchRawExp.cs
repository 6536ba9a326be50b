// Idiom: particle-filter weight update for a batch of independent filters kept in one flat buffer
// (filter f owns particles [f * count, (f + 1) * count)); the log-weights are exponentiated directly.
// Use: sequential Monte Carlo for many targets at once; weights feed systematic resampling.
// Layout: flat double[] log-weights and weights, Span<double> / ReadOnlySpan<double> per filter via Slice.
// Inspired by: the C++ PF_UTILS normalize_weights helper (here without its max_weight); own code.
// Label: LG0003 — exp of the raw log-weights (0/0 when a filter's log-weights are all below about -745).
using System;

namespace HeldOut62.ParticleFilters_FlatBatchRawExp;

public static class BatchFilter
{
    public static void UpdateWeights(double[] logWeights, double[] weights, int count)
    {
        int filters = logWeights.Length / count;
        for (int f = 0; f < filters; f++)
        {
            ReadOnlySpan<double> lw = logWeights.AsSpan().Slice(f * count, count);
            Span<double> w = weights.AsSpan().Slice(f * count, count);
            double total = 0.0;
            for (int i = 0; i < count; i++)
            {
                w[i] = Math.Exp(lw[i]); //~ LG0003
                total += w[i];
            }

            for (int i = 0; i < count; i++)
            {
                w[i] /= total;
            }
        }
    }
}
