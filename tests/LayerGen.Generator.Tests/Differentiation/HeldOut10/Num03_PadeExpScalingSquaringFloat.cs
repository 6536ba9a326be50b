// expect: gradient
// Numerical methods: exp(v) by scaling and squaring with a [3/3] Padé approximant, as Higham's expm does for a matrix
// (here a scalar): v/2^4, then N/D, then squared four times in a loop; the second half of the output is its MathF.Log
// (≈ v, the round trip a unit test of such code checks). The argument is 3·tanh(x/3) so the scaled value stays where the Padé form is accurate.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 12)]
public partial class PadeExpScalingSquaringFloat
{
    const int Squarings = 4;
    static readonly float[] PadeCoefficients = { 1.0f, 0.5f, 0.1f, 1.0f / 120.0f };

    static float Pade33(float s)
    {
        float numerator = 0.0f, denominator = 0.0f, power = 1.0f;
        for (int k = 0; k < PadeCoefficients.Length; k++)
        {
            numerator += PadeCoefficients[k] * power;
            denominator += PadeCoefficients[k] * ((k % 2 == 0) ? power : -power);
            power *= s;
        }
        return numerator / denominator;
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = 3.0f * MathF.Tanh(x[i] / 3.0f);
            float e = Pade33(v / (1 << Squarings));
            for (int s = 0; s < Squarings; s++) e *= e;
            y[i] = e;
            y[x.Length + i] = MathF.Log(e);
        }
    }
}
