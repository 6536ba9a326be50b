using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The float/double generic-math functions with derivative rules of their own (ExpM1, Exp2, LogP1, Log2, Log10, Cbrt,
/// Sinh, Cosh, Atan, Asin, Acos, Tan, Atan2, Hypot, Asinh, Acosh, Atanh), called as <c>double.X</c> and <c>Math.X</c>: the derived BackwardRow against central
/// differences (double) on random, tied, ±1000 and negative rows, and a float layer against its double twin. Arguments
/// are kept inside each function's domain for every row (e.g. Asin of 0.9·tanh).
/// </summary>
public class MathFunctionGradientTests
{
    private static void Check(string members, int size)
    {
        CompiledLayer<double> layer = Compile<double>(members, size, size, []);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(size, 13, large: true, ties: true))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }

    [Fact]
    public void ExpM1_and_Exp2() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                double elu = v >= 0 ? v : 1.5 * double.ExpM1(v);
                y[i] = elu + double.Exp2(-0.1 * v * v) + (0.5 * double.ExpM1(Math.Tanh(0.5 * v)));
            }
        }
        """, 6);

    [Fact]
    public void LogP1_Log2_and_Log10() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                y[i] = double.LogP1(v * v) + (0.3 * Math.Log2(1 + (0.5 * v * v))) - (2 * Math.Log10(2.5 + Math.Tanh(v)));
            }
        }
        """, 6);

    [Fact]
    public void Cbrt_Sinh_and_Cosh() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = Math.Tanh(0.5 * x[i]);
                y[i] = Math.Cbrt(1 + (x[i] * x[i])) + Math.Sinh(2 * t) - (0.7 * double.Cosh(t + 0.3));
            }
        }
        """, 6);

    [Fact]
    public void Atan_Asin_and_Acos() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = 0.9 * Math.Tanh(0.4 * x[i]);
                y[i] = Math.Atan(x[i]) + Math.Asin(t) - (0.5 * double.Acos(0.8 * t));
            }
        }
        """, 6);

    [Fact]
    public void Asinh_Acosh_and_Atanh() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = 0.9 * Math.Tanh(0.4 * x[i]);
                y[i] = Math.Asinh(x[i]) + double.Atanh(t) - (0.5 * Math.Acosh(1.5 + x[i] * x[i]));
            }
        }
        """, 6);

    [Fact]
    public void Float_Asinh_Acosh_and_Atanh_agree_with_their_double_twin() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float t = 0.9f * MathF.Tanh(0.4f * x[i]);
                y[i] = MathF.Asinh(x[i]) + float.Atanh(t) - (0.5f * MathF.Acosh(1.5f + x[i] * x[i]));
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = 0.9 * Math.Tanh(0.4 * x[i]);
                y[i] = Math.Asinh(x[i]) + double.Atanh(t) - (0.5 * Math.Acosh(1.5 + x[i] * x[i]));
            }
        }
        """, 6);

    [Fact]
    public void Float_layer_prints_float_statics_and_agrees_with_double() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float v = x[i];
                float t = 0.9f * MathF.Tanh(0.4f * v);
                float elu = v >= 0 ? v : float.ExpM1(v);
                y[i] = elu + float.LogP1(v * v) + MathF.Log10(2.5f + MathF.Tanh(v)) + float.Exp2(-0.1f * v * v)
                    + MathF.Cbrt(1 + (v * v)) + MathF.Asin(t) - MathF.Acos(t) + MathF.Atan(v) + float.Sinh(t) - float.Cosh(t) + MathF.Log2(2 + t);
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                double t = 0.9 * Math.Tanh(0.4 * v);
                double elu = v >= 0 ? v : double.ExpM1(v);
                y[i] = elu + double.LogP1(v * v) + Math.Log10(2.5 + Math.Tanh(v)) + double.Exp2(-0.1 * v * v)
                    + Math.Cbrt(1 + (v * v)) + Math.Asin(t) - Math.Acos(t) + Math.Atan(v) + double.Sinh(t) - double.Cosh(t) + Math.Log2(2 + t);
            }
        }
        """, 6);

    [Fact]
    public void Tan_Atan2_and_Hypot_as_polar_coordinates_of_pairs() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i + 1 < x.Length; i += 2)
            {
                double r = double.Hypot(x[i], x[i + 1] + 0.5);
                double angle = Math.Atan2(x[i + 1] + 0.5, x[i]);
                y[i] = r * Math.Cos(angle) + Math.Tan(0.4 * Math.Tanh(x[i]));
                y[i + 1] = Math.Sin(angle) + double.Tan(0.3 * Math.Sin(x[i + 1])) * r;
            }
        }
        """, 6);

    [Fact]
    public void Float_Atan2_and_Hypot_agree_with_their_double_twin() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float next = x[(i + 1) % x.Length] + 0.25f;
                y[i] = MathF.Atan2(next, x[i]) + float.Hypot(x[i], next) * 0.5f + MathF.Tan(0.5f * MathF.Tanh(next));
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double next = x[(i + 1) % x.Length] + 0.25;
                y[i] = Math.Atan2(next, x[i]) + double.Hypot(x[i], next) * 0.5 + Math.Tan(0.5 * Math.Tanh(next));
            }
        }
        """, 6);
}
