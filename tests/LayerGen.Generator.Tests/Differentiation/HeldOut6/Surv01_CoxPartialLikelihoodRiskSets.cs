// expect: gradient
// Negative Cox partial log-likelihood over a row of risk scores for subjects sorted by survival time (ties broken by
// order, Breslow), with a constant event indicator table: each event subtracts the log-sum-exp of its risk set (all
// later subjects), written with the max shift per risk set. Shape from lifelines / pycox's cox_ph_loss; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 1)]
public partial class CoxPartialLikelihoodRiskSets
{
    static readonly int[] Events = { 1, 0, 1, 1, 0, 1, 0, 1 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double loss = 0;
        int observed = 0;
        for (int i = x.Length - 1; i >= 0; i--)
        {
            if (Events[i] == 0) continue;

            double m = x[i];
            for (int j = i + 1; j < x.Length; j++)
                if (x[j] > m) m = x[j];
            double s = 0;
            for (int j = i; j < x.Length; j++) s += Math.Exp(x[j] - m);
            loss -= x[i] - (m + Math.Log(s));
            observed++;
        }
        y[0] = loss / observed;
    }
}
