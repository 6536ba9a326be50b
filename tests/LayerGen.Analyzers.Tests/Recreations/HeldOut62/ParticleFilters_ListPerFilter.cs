// Idiom: particle-filter weight update in log space for several independent filters run side by side (one per
// tracked target): w_i = exp(logw_i - max_j logw_j) / sum, per filter, then the effective sample size.
// Use: sequential Monte Carlo tracking; the normalised weights drive resampling.
// Layout: List<List<Particle>> (one list per filter), Particle a class with mutable fields, foreach loops.
// Inspired by: the C++ PF_UTILS normalize_log_weights (cloud, max_weight) helper; own code.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut62.ParticleFilters_ListPerFilter;

public sealed class Particle
{
    public double State;
    public double LogWeight;
    public double Weight;
}

public static class ParticleBank
{
    public static double[] NormaliseAll(List<List<Particle>> filters)
    {
        var ess = new double[filters.Count];
        int f = 0;
        foreach (List<Particle> cloud in filters)
        {
            double maxLog = double.NegativeInfinity;
            foreach (Particle p in cloud)
            {
                maxLog = Math.Max(maxLog, p.LogWeight);
            }

            double total = 0.0;
            foreach (Particle p in cloud)
            {
                p.Weight = Math.Exp(p.LogWeight - maxLog);
                total += p.Weight;
            }

            double sumSq = 0.0;
            foreach (Particle p in cloud)
            {
                p.Weight /= total;
                sumSq += p.Weight * p.Weight;
            }

            ess[f++] = 1.0 / sumSq;
        }

        return ess;
    }
}
