// expect: gradient
// Doppler shift for a moving source and observer on a line, f' = f·(c + v_o)/(c − v_s), and the level change of a
// spherical spreading source 20·log10(r0/r) as it passes, for three scenarios given as (v_s, v_o) with speeds
// bounded below Mach 0.5 by tanh; a helper takes the speed of sound as an in parameter. Shape of acoustics
// homework solvers, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class DopplerMovingSourceObserver
{
    const double EmittedHz = 440.0;

    static double Shifted(double frequency, double observerSpeed, double sourceSpeed, in double soundSpeed)
        => frequency * (soundSpeed + observerSpeed) / (soundSpeed - sourceSpeed);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double c = 343.0;
        for (int s = 0; s < 3; s++)
        {
            double vs = 0.5 * c * Math.Tanh(x[2 * s]);
            double vo = 0.5 * c * Math.Tanh(x[2 * s + 1]);
            double heard = Shifted(EmittedHz, vo, vs, in c);
            y[2 * s] = 1200.0 * Math.Log2(heard / EmittedHz);              // cents
            double distance = 10.0 + Math.Abs(vs - vo) * 0.1;
            y[2 * s + 1] = 20.0 * Math.Log10(10.0 / distance);
        }
    }
}
