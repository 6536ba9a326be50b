// expect: gradient
// Banister's impulse–response (fitness–fatigue) model of training: daily loads w_t from a softplus of the row feed
// fitness and fatigue states updated in place by a ref helper, g ← g·e^(−1/τ) + w, and performance
// p = p0 + k1·g − k2·h; learnable log τ1, log τ2, log k1, log k2. Shape of sports-science notebooks fitting the
// model, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class BanisterFitnessFatigueRefHelper
{
    const double BasePerformance = 400.0;

    static void Decay(ref double state, double load, double tau)
    {
        state = state * Math.Exp(-1.0 / tau) + load;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(4, Initial = 0.0)] ReadOnlySpan<double> logParameters)
    {
        double tauFitness = 42.0 * Math.Exp(logParameters[0]);
        double tauFatigue = 7.0 * Math.Exp(logParameters[1]);
        double k1 = 1.0 * Math.Exp(logParameters[2]);
        double k2 = 2.0 * Math.Exp(logParameters[3]);
        double fitness = 0, fatigue = 0;
        for (int day = 0; day < x.Length; day++)
        {
            double load = x[day] > 30 ? x[day] : Math.Log(1 + Math.Exp(x[day]));
            Decay(ref fitness, load, tauFitness);
            Decay(ref fatigue, load, tauFatigue);
            y[day] = BasePerformance + k1 * fitness - k2 * fatigue;
        }
    }
}
