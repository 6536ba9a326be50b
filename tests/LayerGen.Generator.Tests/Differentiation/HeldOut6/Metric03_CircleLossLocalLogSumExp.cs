// expect: gradient
// Circle loss (Sun et al. 2020) for one anchor: the row holds three positive and three negative similarities; the
// self-paced weights α_p = [1 + m − s_p]₊, α_n = [s_n + m]₊, margins Δ_p = 1 − m, Δ_n = m, γ = 4, and
// softplus(LSE(γα_n(s_n − Δ_n)) + LSE(−γα_p(s_p − Δ_p))) with a local-function log-sum-exp and a stable softplus.
// Shape from the paper's reference CircleLoss module; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6, 1)]
public partial class CircleLossLocalLogSumExp
{
    const double M = 0.25, Gamma = 4.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double LogSumExp(ReadOnlySpan<double> v)
        {
            double m = v[0];
            for (int i = 1; i < v.Length; i++) if (v[i] > m) m = v[i];
            double s = 0;
            for (int i = 0; i < v.Length; i++) s += Math.Exp(v[i] - m);
            return m + Math.Log(s);
        }

        Span<double> positive = stackalloc double[3];
        Span<double> negative = stackalloc double[3];
        for (int i = 0; i < 3; i++)
        {
            double sp = x[i], sn = x[3 + i];
            double alphaP = Math.Max(1 + M - sp, 0.0);
            double alphaN = Math.Max(sn + M, 0.0);
            positive[i] = -Gamma * alphaP * (sp - (1 - M));
            negative[i] = Gamma * alphaN * (sn - M);
        }

        double z = LogSumExp(negative) + LogSumExp(positive);
        y[0] = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
    }
}
