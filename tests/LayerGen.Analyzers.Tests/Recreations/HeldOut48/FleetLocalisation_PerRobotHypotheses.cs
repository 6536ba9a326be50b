// Idiom: multi-robot fleet, each robot a multi-hypothesis localiser (pose hypotheses scored against the map); the
// hypothesis log-likelihoods are turned into weights per robot. Beliefs live in a dictionary keyed by robot id and
// own their weight buffer, reused every update.
// Layout: Dictionary<int, RobotBelief> (class with double[] members), Span<double> over the weight member; `if` fold.
// Correct: per robot maximum and per robot sum.
using System;
using System.Collections.Generic;

namespace HeldOut48.FleetLocalisation_PerRobotHypotheses;

public sealed class RobotBelief
{
    public RobotBelief(double[] logLik)
    {
        LogLik = logLik;
        Weights = new double[logLik.Length];
    }

    public double[] LogLik { get; }

    public double[] Weights { get; }
}

public static class FleetLocaliser
{
    public static void UpdateWeights(Dictionary<int, RobotBelief> fleet)
    {
        foreach (KeyValuePair<int, RobotBelief> pair in fleet)
        {
            RobotBelief belief = pair.Value;
            double[] ll = belief.LogLik;
            Span<double> w = belief.Weights;
            double best = double.NegativeInfinity;
            for (int h = 0; h < ll.Length; h++)
            {
                if (ll[h] > best) best = ll[h];
            }

            double norm = 0.0;
            for (int h = 0; h < ll.Length; h++)
            {
                w[h] = Math.Exp(ll[h] - best);
                norm += w[h];
            }

            for (int h = 0; h < w.Length; h++)
            {
                w[h] /= norm;
            }
        }
    }
}
