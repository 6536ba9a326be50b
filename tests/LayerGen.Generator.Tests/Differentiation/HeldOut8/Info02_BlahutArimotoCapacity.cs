// Six Blahut–Arimoto iterations for the capacity of a 3-input, 3-output channel whose rows are softmaxes of the row's
// logits (log W by a log-softmax): q = pW, cᵢ = exp(Σⱼ Wᵢⱼ (log Wᵢⱼ − log qⱼ)), p ← p c / Σ p c; outputs the capacity
// estimate log Σ pᵢ cᵢ (nats) and the final input distribution.
// Shape of: Blahut 1972 / Arimoto 1972 as in information-theory course code (e.g. dit's or cvx examples' BA loop), from memory.
// expect: gradient
// rows: no-large
// at ±1000 a whole column of W underflows to 0, so log qⱼ = −∞ and 0·(−∞) = NaN inside the forward.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(9, 4)]
public partial class BlahutArimotoCapacity
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> logW = stackalloc double[9];
        Span<double> w = stackalloc double[9];
        for (int i = 0; i < 3; i++)
        {
            double max = Math.Max(x[3 * i], Math.Max(x[3 * i + 1], x[3 * i + 2]));
            double sum = 0;
            for (int j = 0; j < 3; j++) sum += Math.Exp(x[3 * i + j] - max);
            for (int j = 0; j < 3; j++)
            {
                logW[3 * i + j] = x[3 * i + j] - max - Math.Log(sum);
                w[3 * i + j] = Math.Exp(logW[3 * i + j]);
            }
        }

        Span<double> p = stackalloc double[3];
        Span<double> c = stackalloc double[3];
        Span<double> q = stackalloc double[3];
        p.Fill(1.0 / 3);
        double total = 0;
        for (int iteration = 0; iteration < 6; iteration++)
        {
            for (int j = 0; j < 3; j++)
            {
                q[j] = 0;
                for (int i = 0; i < 3; i++) q[j] += p[i] * w[3 * i + j];
            }
            total = 0;
            for (int i = 0; i < 3; i++)
            {
                double divergence = 0;
                for (int j = 0; j < 3; j++) divergence += w[3 * i + j] * (logW[3 * i + j] - Math.Log(q[j]));
                c[i] = Math.Exp(divergence);
                total += p[i] * c[i];
            }
            for (int i = 0; i < 3; i++) p[i] = p[i] * c[i] / total;
        }

        y[0] = Math.Log(total);
        for (int i = 0; i < 3; i++) y[1 + i] = p[i];
    }
}
