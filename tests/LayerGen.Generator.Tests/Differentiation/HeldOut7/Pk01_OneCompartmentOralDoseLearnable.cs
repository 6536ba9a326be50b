// A one-compartment pharmacokinetic model with first-order absorption (the Bateman function): for four subjects
// whose elimination rate carries a random effect η (the row, ke_i = ke·exp(η_i), as in NONMEM/nlmixr), the
// concentration at 0.5, 2 and 8 hours after a 100 mg oral dose; log ka, log ke and log V are learnable.
// Shape of a textbook PK model function in R/Python, from memory.
// A user expects gradients for the random effects and the three log parameters.
// expect: gradient
// rows: no-large
// no-large: at η = 1000, exp(η) is +∞ inside the forward.
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(4, 12)]
public partial class OneCompartmentOralDoseLearnable
{
    const double Dose = 100.0;
    static readonly double[] Times = { 0.5, 2.0, 8.0 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.3)] ReadOnlySpan<double> logKa,
                           [Learnable(1, Initial = -1.6)] ReadOnlySpan<double> logKe,
                           [Learnable(1, Initial = 3)] ReadOnlySpan<double> logVolume)
    {
        double ka = Math.Exp(logKa[0]);
        double volume = Math.Exp(logVolume[0]);
        for (int s = 0; s < x.Length; s++)
        {
            double ke = Math.Exp(logKe[0] + x[s]);
            double factor = Dose * ka / (volume * (ka - ke));
            for (int k = 0; k < Times.Length; k++)
                y[s * Times.Length + k] = factor * (Math.Exp(-ke * Times[k]) - Math.Exp(-ka * Times[k]));
        }
    }
}
