// expect: gradient
// Plasma concentration under repeated IV bolus doses by superposition, C(t) = Σ_{doses before t} (D_i/V)·e^(−k(t − t_i)),
// doses every τ = 6 h from a softplus of the row, sampled 3 h after each dose, with learnable log k and log V. Shape of
// PK teaching code (Rowland & Tozer style dosing tables) ported from R, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class RepeatedBolusSuperpositionLearnable
{
    const double Tau = 6.0;

    static double Softplus(double v) => v > 30 ? v : Math.Log(1 + Math.Exp(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -2.0)] ReadOnlySpan<double> logK,
                           [Learnable(1, Initial = 3.0)] ReadOnlySpan<double> logVolume)
    {
        double k = Math.Exp(logK[0]);
        double volume = Math.Exp(logVolume[0]);
        Span<double> dose = stackalloc double[6];
        for (int i = 0; i < dose.Length; i++) dose[i] = 100 * Softplus(x[i]);

        for (int sample = 0; sample < y.Length; sample++)
        {
            double t = sample * Tau + 3.0;
            double concentration = 0;
            for (int d = 0; d <= sample; d++)
            {
                double elapsed = t - d * Tau;
                concentration += dose[d] / volume * Math.Exp(-k * elapsed);
            }
            y[sample] = concentration;
        }
    }
}
