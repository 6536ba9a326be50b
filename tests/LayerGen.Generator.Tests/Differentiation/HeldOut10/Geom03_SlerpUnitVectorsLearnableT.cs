// expect: gradient
// Geometry: spherical linear interpolation (Shoemake 1985) between the normalised halves of the row, a and b in R⁴,
// at a learnable fraction t = σ(τ): sin((1 − t)Ω)/sin Ω · a + sin(tΩ)/sin Ω · b with Ω = acos(clamp(a·b)), falling back
// to lerp when the vectors are nearly parallel and returning zeros early for a zero vector, as game-engine code writes
// it. Outputs the interpolated vector and Ω.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 5)]
public partial class SlerpUnitVectorsLearnableT
{
    static double Norm(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (double e in v) s += e * e;
        return Math.Sqrt(s);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> fractionLogit)
    {
        double t = 1.0 / (1.0 + Math.Exp(-fractionLogit[0]));
        double na = Norm(x[..4]), nb = Norm(x[4..]);
        if (na == 0.0 || nb == 0.0)
        {
            y.Clear();
            return;
        }
        double dot = 0;
        for (int i = 0; i < 4; i++) dot += x[i] / na * (x[4 + i] / nb);
        dot = Math.Clamp(dot, -1.0, 1.0);
        double omega = Math.Acos(dot);
        double sinOmega = Math.Sin(omega);
        double wa, wb;
        if (sinOmega < 1e-6)
        {
            wa = 1.0 - t;
            wb = t;
        }
        else
        {
            wa = Math.Sin((1.0 - t) * omega) / sinOmega;
            wb = Math.Sin(t * omega) / sinOmega;
        }
        for (int i = 0; i < 4; i++) y[i] = wa * x[i] / na + wb * x[4 + i] / nb;
        y[4] = omega;
    }
}
