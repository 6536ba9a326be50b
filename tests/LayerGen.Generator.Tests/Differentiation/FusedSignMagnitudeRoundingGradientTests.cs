using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// FusedMultiplyAdd, CopySign, MaxMagnitude/MinMagnitude, ScaleB and the
/// piecewise-constant Floor/Ceiling/Truncate/Round (also Round(v, digits)): the derived BackwardRow against central differences (double) on
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
    public void ScaleB_and_Round_to_digits() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                int e = i - 2;
                double t = Math.Tanh(0.3 * x[i]) * 4.7;
                // Steps of 1 in t and t² (as Floor's): finer steps would put a jump inside the difference's 4h.
                y[i] = Math.ScaleB(x[i], e) + double.ScaleB(Math.Sin(x[i]), 3) + x[i] * Math.Round(0.1 * t, 1) + Math.Round(t, 0)
                    + double.Round(0.01 * t * t, 2) * Math.Cos(x[i]);
            }
        }
        """, 6);

    [Fact]
    public void Round_to_digits_above_its_limit_is_the_value_itself() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Math.Round(1e17 * (2 + Math.Tanh(x[i])), 3) * 1e-17;
        }
        """, 5);

    [Theory]
    [InlineData("y[0] = Math.Round(x[0], {|#0:d|});", "int d = 2;\nif (x[1] > 0) d = 3;\n")]
    [InlineData("y[0] = Math.Round(x[0], {|#0:16|});", "")]
    public void Round_with_digits_not_a_constant_in_range_is_an_error(string statement, string before)
    {
        string members = "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n" + before +
                         statement.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal) + "\n}";
        LayerGen.Differentiation.Lowering.LoweringResult result = Lower(members, 4, 4);
        Assert.Null(result.Model);
        LayerGen.Differentiation.Lowering.DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1111", problem.RuleId);
        Assert.Contains("digits a constant from 0 to 15", (string)problem.Arguments[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Float_layer_agrees_with_double() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float v = x[i];
                float t = MathF.Tanh(v);
                y[i] = MathF.FusedMultiplyAdd(t, t, 0.5f) + v / (1 + MathF.Exp(-t)) + MathF.CopySign(t, 0.5f - v)
                    + MathF.MaxMagnitude(t, 0.3f) + float.Floor(2.5f * t) + MathF.Sqrt(MathF.Round(3 * t * t) + 1)
                    + MathF.ScaleB(v, 2) * MathF.Round(0.1f * t, 1);
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
                    + Math.MaxMagnitude(t, 0.3) + double.Floor(2.5 * t) + Math.Sqrt(Math.Round(3 * t * t) + 1)
                    + Math.ScaleB(v, 2) * Math.Round(0.1 * t, 1);
            }
        }
        """, 6);
}
