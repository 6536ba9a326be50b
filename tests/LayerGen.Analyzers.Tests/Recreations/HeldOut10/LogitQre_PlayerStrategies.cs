// Re-creation (our own code) of the shape of one logit quantal-response step (McKelvey & Palfrey 1995; the logit
// response used by Gambit's QRE tracing): σ_i(a) = exp(λ u_i(a)) / Σ_b exp(λ u_i(b)) for every player i.
// Layout: IReadOnlyList<double[]> expected payoffs, one ragged row of actions per player; strategies to double[][].
// Correct: each player's best λ·u is the shift.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class LogitQrePlayerStrategies
{
    public static double[][] Respond(IReadOnlyList<double[]> expectedPayoff, double lambda)
    {
        var strategy = new double[expectedPayoff.Count][];
        for (int i = 0; i < expectedPayoff.Count; i++)
        {
            double[] u = expectedPayoff[i];
            double best = double.NegativeInfinity;
            foreach (double value in u)
                best = Math.Max(best, lambda * value);

            var sigma = new double[u.Length];
            double total = 0.0;
            for (int a = 0; a < u.Length; a++)
                total += sigma[a] = Math.Exp(lambda * u[a] - best);

            for (int a = 0; a < u.Length; a++)
                sigma[a] /= total;
            strategy[i] = sigma;
        }

        return strategy;
    }
}
