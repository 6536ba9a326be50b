// expect: gradient
// Colour science: von Kries chromatic adaptation in the Bradford cone space (Lam 1985; the ICC profile form) from a
// learnable source white (log gains around D65) to D50: XYZ′ = M⁻¹·diag(ρ_D50/ρ_src)·M·XYZ. The 3×3 matrices are flat
// static readonly tables indexed [3*r + c], as people port them from colour-science's NumPy arrays. Four XYZ pixels.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(12)]
public partial class BradfordAdaptationLearnableWhite
{
    static readonly double[] Bradford = { 0.8951, 0.2664, -0.1614, -0.7502, 1.7135, 0.0367, 0.0389, -0.0685, 1.0296 };
    static readonly double[] BradfordInverse = { 0.9869929, -0.1470543, 0.1599627, 0.4323053, 0.5183603, 0.0492912, -0.0085287, 0.0400428, 0.9684867 };
    static readonly double[] WhiteD65 = { 0.95047, 1.0, 1.08883 };
    static readonly double[] WhiteD50 = { 0.96422, 1.0, 0.82521 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(3)] ReadOnlySpan<double> logWhiteGain)
    {
        Span<double> gains = stackalloc double[3];
        for (int r = 0; r < 3; r++)
        {
            double source = 0.0, target = 0.0;
            for (int c = 0; c < 3; c++)
            {
                source += Bradford[3 * r + c] * WhiteD65[c] * Math.Exp(logWhiteGain[c]);
                target += Bradford[3 * r + c] * WhiteD50[c];
            }
            gains[r] = target / source;
        }
        Span<double> cone = stackalloc double[3];
        for (int p = 0; p < 4; p++)
        {
            ReadOnlySpan<double> xyz = x.Slice(3 * p, 3);
            for (int r = 0; r < 3; r++)
            {
                double acc = 0.0;
                for (int c = 0; c < 3; c++) acc += Bradford[checked(3 * r + c)] * xyz[c];
                cone[r] = acc * gains[r];
            }
            for (int r = 0; r < 3; r++)
            {
                double acc = 0.0;
                for (int c = 0; c < 3; c++) acc += BradfordInverse[checked(3 * r + c)] * cone[c];
                y[3 * p + r] = acc;
            }
        }
    }
}
