// Optics: phase and group index of BK7 glass from the three-term Sellmeier equation over 0.4–1.6 µm,
// n_g = n − λ dn/dλ, with dn/dλ written out by hand and returned through an out parameter.
// Shape: the Schott catalogue coefficients as used in refractiveindex.info-style scripts, ported to float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 12)]
public partial class SellmeierDispersionGroupIndexFloat
{
    static readonly float[] B = { 1.03961212f, 0.231792344f, 1.01046945f };
    static readonly float[] C = { 0.00600069867f, 0.0200179144f, 103.560653f };   // µm²

    static float PhaseIndex(float lambda, out float slope)
    {
        float l2 = lambda * lambda;
        float n2 = 1f;
        float dn2 = 0f;   // d(n²)/dλ
        for (int k = 0; k < B.Length; k++)
        {
            float d = l2 - C[k];
            n2 += B[k] * l2 / d;
            dn2 += -2f * B[k] * C[k] * lambda / (d * d);
        }
        float n = MathF.Sqrt(n2);
        slope = dn2 / (2f * n);
        return n;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float lambda = 1.0f + 0.6f * MathF.Tanh(x[i]);   // µm, inside the fit range
            float n = PhaseIndex(lambda, out float dn);
            y[2 * i] = n;
            y[2 * i + 1] = n - lambda * dn;
        }
    }
}
