// expect: gradient
// rows: no-large
// the mole fractions are a softmax of raw entries: on the ±1000 rows two logits a few units apart leave h ≈ 0.01 too coarse
// Bubble-point pressure of an ideal ternary liquid by Raoult's law, P = Σ x_i·P_i^sat(T) with Antoine's
// log10 P^sat = A − B/(C + T) (mmHg, T in °C; benzene, toluene, o-xylene in a static readonly table), the mole fractions
// a softmax of three entries and T from the fourth; outputs P and the vapour fractions y_i = x_i·P_i^sat/P. Shape of
// chemical-engineering thermo notebooks, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(4, 4)]
public partial class AntoineRaoultBubblePressure
{
    static readonly double[] A = { 6.90565, 6.95464, 6.99891 };
    static readonly double[] B = { 1211.033, 1344.8, 1474.679 };
    static readonly double[] C = { 220.79, 219.482, 213.686 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double t = 90 + 30 * Math.Tanh(x[3]);
        double max = Math.Max(x[0], Math.Max(x[1], x[2]));
        Span<double> fraction = stackalloc double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) { fraction[i] = Math.Exp(x[i] - max); sum += fraction[i]; }

        Span<double> partial = stackalloc double[3];
        double pressure = 0;
        for (int i = 0; i < 3; i++)
        {
            double saturation = Math.Pow(10, A[i] - B[i] / (C[i] + t));
            partial[i] = fraction[i] / sum * saturation;
            pressure += partial[i];
        }
        y[0] = pressure;
        for (int i = 0; i < 3; i++) y[i + 1] = partial[i] / pressure;
    }
}
