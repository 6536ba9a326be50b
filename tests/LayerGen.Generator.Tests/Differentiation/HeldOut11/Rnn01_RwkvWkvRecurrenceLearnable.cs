// expect: gradient
// rows: no-large
// the keys are raw entries in exponents: on the ±1000 rows two keys a few units apart leave h ≈ 0.01 too coarse for the weighted average
// The RWKV-4 WKV recurrence over four tokens given as (k, v) pairs, in its numerically stable form with a running
// exponent p: wkv_t = (e^(p−q)·a + e^(u+k_t−q)·v_t)/(e^(p−q)·b + e^(u+k_t−q)), then the state decays by e^(−w);
// learnable decay (w = e^(log w)) and bonus u. Shape of the RWKV-LM CUDA kernel's CPU reference, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 4)]
public partial class RwkvWkvRecurrenceLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -0.5)] ReadOnlySpan<double> logDecay,
                           [Learnable(1, Initial = 0.3)] ReadOnlySpan<double> bonus)
    {
        double w = Math.Exp(logDecay[0]);
        double u = bonus[0];
        double aa = 0, bb = 0, pp = -1e38;
        for (int t = 0; t < 4; t++)
        {
            double k = x[2 * t], v = x[2 * t + 1];
            double ww = u + k;
            double q = Math.Max(pp, ww);
            double e1 = Math.Exp(pp - q);
            double e2 = Math.Exp(ww - q);
            y[t] = (e1 * aa + e2 * v) / (e1 * bb + e2);

            ww = pp - w;
            q = Math.Max(ww, k);
            e1 = Math.Exp(ww - q);
            e2 = Math.Exp(k - q);
            aa = e1 * aa + e2 * v;
            bb = e1 * bb + e2;
            pp = q;
        }
    }
}
