using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// FusedMultiplyAdd, CopySign, MaxMagnitude/MinMagnitude and the
/// piecewise-constant Floor/Ceiling/Truncate/Round: the derived BackwardRow against central differences (double) on
/// random, tied, ±1000 and negative rows, spelled as Math.X and double.X, and a float layer against its double twin.
/// </summary>
public class FusedSignMagnitudeRoundingGradientTests
{
    private static void Check(string members, int size)
    {
        CompiledLayer<double> layer = Compile<double>(members, size, size, []);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(size, 29, large: true, ties: true))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }

    [Fact]
    public void FusedMultiplyAdd_Horner_polynomial() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = Math.Tanh(x[i]);
                double p = Math.FusedMultiplyAdd(t, 0.25, -0.5);
                p = double.FusedMultiplyAdd(p, t, 1.5);
                y[i] = Math.FusedMultiplyAdd(p, t, x[i] * 0.1) + Math.FusedMultiplyAdd(t, t, t);
            }
        }
        """, 6);

    [Fact]
    public void CopySign_MaxMagnitude_and_MinMagnitude() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length;
            for (int i = 0; i < n; i++)
            {
                double next = x[(i + 1) % n];
                y[i] = Math.CopySign(Math.Tanh(x[i]) + 1.5, next) + Math.MaxMagnitude(x[i], 0.5 * next)
                    - (0.3 * double.MinMagnitude(Math.Sin(x[i]), next - 0.25)) + double.CopySign(x[i], -2.0);
            }
        }
        """, 6);

    [Fact]
    public void Floor_Ceiling_Truncate_and_Round_pass_no_derivative() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = Math.Tanh(0.3 * x[i]) * 4.7;
                double frac = t - Math.Floor(t);
                y[i] = frac * frac + (0.1 * Math.Ceiling(t)) - (0.2 * double.Truncate(t)) + (x[i] * Math.Round(t));
            }
        }
        """, 6);

    [Fact]
    public void Float_layer_agrees_with_double() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float v = x[i];
                float t = MathF.Tanh(v);
                y[i] = MathF.FusedMultiplyAdd(t, t, 0.5f) + v / (1 + MathF.Exp(-t)) + MathF.CopySign(t, 0.5f - v)
                    + MathF.MaxMagnitude(t, 0.3f) + float.Floor(2.5f * t) + MathF.Sqrt(MathF.Round(3 * t * t) + 1);
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                double t = Math.Tanh(v);
                y[i] = Math.FusedMultiplyAdd(t, t, 0.5) + v / (1 + Math.Exp(-t)) + Math.CopySign(t, 0.5 - v)
                    + Math.MaxMagnitude(t, 0.3) + double.Floor(2.5 * t) + Math.Sqrt(Math.Round(3 * t * t) + 1);
            }
        }
        """, 6);
}
