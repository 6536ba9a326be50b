// Idiom: entropy-pooling style scenario reweighting: for each stress view, the posterior scenario probabilities
// q_s ∝ p_s * exp(-lambda * v_s) tilt the prior p over the Monte Carlo scenarios (the exponential-family solution of
// Meucci's entropy pooling for one view, as in fortitudo-tech/entropy-pooling; own code).
// Layout: IReadOnlyList<StressView> records, each with its own lambda and per-scenario exposures; prior double[];
// result double[views][scenarios].
// Label: Correct (each view's own smallest lambda * v is the shift; prior <= 1; each view normalised by its own total).
using System;
using System.Collections.Generic;

namespace HeldOut49.ScenarioReweighting_PerViewTilt;

public sealed record StressView(string Name, double Lambda, double[] Exposure);

public static class EntropyTilt
{
    public static double[][] Posterior(IReadOnlyList<StressView> views, double[] prior)
    {
        var posterior = new double[views.Count][];
        for (int k = 0; k < views.Count; k++)
        {
            StressView view = views[k];
            double[] v = view.Exposure;
            double lowest = double.PositiveInfinity;
            foreach (double x in v)
            {
                lowest = Math.Min(lowest, view.Lambda * x);
            }

            var q = new double[v.Length];
            double mass = 0.0;
            for (int s = 0; s < v.Length; s++)
            {
                q[s] = prior[s] * Math.Exp(-(view.Lambda * v[s] - lowest));
                mass += q[s];
            }

            for (int s = 0; s < q.Length; s++)
            {
                q[s] /= mass;
            }

            posterior[k] = q;
        }

        return posterior;
    }
}
