// Pharmacokinetics: a two-compartment IV bolus model, micro-constants k10, k12, k21 (learnable logs) turned into the
// hybrid rates α, β by the quadratic formula and the biexponential C(t) = A e^(−αt) + B e^(−βt) at eight sampling times
// (0.5–12.5 h from the row); learnable log central volume.
// Shape: Gibaldi & Perrier's two-compartment equations as coded in a PK workshop's Python, ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class TwoCompartmentBiexponentialLearnable
{
    const double Dose = 100.0;   // mg

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(3, Initial = -1.2, StandardDeviation = 0.2)] ReadOnlySpan<double> logRates,
        [Learnable(1, Initial = 2)] ReadOnlySpan<double> logVolume)
    {
        double k10 = Math.Exp(logRates[0]), k12 = Math.Exp(logRates[1]), k21 = Math.Exp(logRates[2]);
        double volume = Math.Exp(logVolume[0]);

        double sum = k10 + k12 + k21;
        double root = Math.Sqrt(sum * sum - 4 * k10 * k21);
        double alpha = 0.5 * (sum + root);
        double beta = 0.5 * (sum - root);
        double a = Dose / volume * (alpha - k21) / (alpha - beta);
        double b = Dose / volume * (k21 - beta) / (alpha - beta);

        for (int i = 0; i < x.Length; i++)
        {
            double t = 0.5 + 12.0 * 0.5 * (1 + Math.Tanh(0.5 * x[i]));
            y[i] = a * Math.Exp(-alpha * t) + b * Math.Exp(-beta * t);
        }
    }
}
