// expect: gradient
// Bateman's solution for a three-member decay chain A → B → C (→ stable), N_B(t) and N_C(t) from N_A(0) with
// learnable log decay constants kept apart by fixed offsets (e^±1.5), evaluated at the row's six times
// t = 0.5 + 5·softplus(x) (a fraction of the initial atoms of A); outputs the activities λ_B·N_B and λ_C·N_C at each time, interleaved. Shape of health-physics Bateman calculators,
// written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 12)]
public partial class BatemanDecayChainLearnable
{
    static double Softplus(double v) => v > 30 ? v : Math.Log(1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, Initial = -1.0)] ReadOnlySpan<double> logLambda)
    {
        double la = Math.Exp(logLambda[0] + 1.5);
        double lb = Math.Exp(logLambda[1]);
        double lc = Math.Exp(logLambda[2] - 1.5);
        const double initialA = 1.0;
        for (int k = 0; k < x.Length; k++)
        {
            double t = 0.5 + 5.0 * Softplus(x[k]);
            double ea = Math.Exp(-la * t), eb = Math.Exp(-lb * t), ec = Math.Exp(-lc * t);
            double nb = initialA * la / (lb - la) * (ea - eb);
            double nc = initialA * la * lb * (ea / ((lb - la) * (lc - la))
                                             + eb / ((la - lb) * (lc - lb))
                                             + ec / ((la - lc) * (lb - lc)));
            y[2 * k] = lb * nb;
            y[2 * k + 1] = lc * nc;
        }
    }
}
