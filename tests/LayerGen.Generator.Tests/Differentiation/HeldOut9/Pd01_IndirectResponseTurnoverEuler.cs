// Pharmacodynamics: Jusko's indirect response model I (inhibition of production), dR/dt = k_in (1 − I_max C/(IC50 + C)) −
// k_out R, with a mono-exponentially declining concentration C(t) = C₀ e^(−k_e t) (C₀ = 10·softplus(x) per subject), forward
// Euler over 10 h in steps of 0.25 h; learnable log k_in, log k_out, I_max logit and log IC50; outputs R at 5 h and 10 h.
// Shape: Dayneka, Garg & Jusko (1993), as a PK/PD course's R deSolve model rewritten as an Euler loop in C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(4, 8)]
public partial class IndirectResponseTurnoverEuler
{
    const double Elimination = 0.3, Dt = 0.25;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 1)] ReadOnlySpan<double> logKin,
        [Learnable(1, Initial = -0.7)] ReadOnlySpan<double> logKout,
        [Learnable(1, Initial = 1)] ReadOnlySpan<double> maxInhibitionLogit,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> logIc50)
    {
        double kin = Math.Exp(logKin[0]), kout = Math.Exp(logKout[0]);
        double imax = 0.5 * (1 + Math.Tanh(0.5 * maxInhibitionLogit[0]));
        double ic50 = Math.Exp(logIc50[0]);
        for (int s = 0; s < x.Length; s++)
        {
            double v = x[s];
            double c0 = 10 * (Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v))));
            double response = kin / kout;   // baseline
            for (int step = 0; step < 40; step++)
            {
                double c = c0 * Math.Exp(-Elimination * step * Dt);
                double inhibition = imax * c / (ic50 + c);
                response += Dt * (kin * (1 - inhibition) - kout * response);
                if (step == 19) y[2 * s] = response;
            }
            y[2 * s + 1] = response;
        }
    }
}
