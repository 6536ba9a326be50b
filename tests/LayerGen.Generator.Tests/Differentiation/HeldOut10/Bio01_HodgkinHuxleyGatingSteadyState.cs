// expect: gradient
// Neuroscience: Hodgkin–Huxley (1952, modern sign convention) rate functions α/β for the m, h and n gates and their
// steady states x∞ = α/(α + β) and time constants, with NEURON's vtrap helper for the removable 0/0 of
// u/(1 − exp(−u/k)) (an if-return for small u). Membrane potentials are −65 + 60·tanh(x/2) mV.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 16)]
public partial class HodgkinHuxleyGatingSteadyState
{
    // u / (1 − exp(−u/k)), with its Taylor form near u = 0.
    static double Vtrap(double u, double k)
    {
        if (Math.Abs(u / k) < 1e-6) return k * (1.0 + u / (2.0 * k));
        return u / (1.0 - Math.Exp(-u / k));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = -65.0 + 60.0 * Math.Tanh(x[i] / 2.0);
            double alphaM = 0.1 * Vtrap(v + 40.0, 10.0);
            double betaM = 4.0 * Math.Exp(-(v + 65.0) / 18.0);
            double alphaH = 0.07 * Math.Exp(-(v + 65.0) / 20.0);
            double betaH = 1.0 / (1.0 + Math.Exp(-(v + 35.0) / 10.0));
            double alphaN = 0.01 * Vtrap(v + 55.0, 10.0);
            double betaN = 0.125 * Math.Exp(-(v + 65.0) / 80.0);

            y[4 * i] = alphaM / (alphaM + betaM);
            y[4 * i + 1] = alphaH / (alphaH + betaH);
            y[4 * i + 2] = alphaN / (alphaN + betaN);
            y[4 * i + 3] = 1.0 / (alphaN + betaN);          // τ_n in ms
        }
    }
}
