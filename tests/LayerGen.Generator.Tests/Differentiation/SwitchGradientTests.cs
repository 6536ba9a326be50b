using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// <c>switch</c> expressions and statements as piecewise functions (ForwardRowLowering.Switches.cs): relational and
/// constant patterns, <c>and</c>/<c>or</c>/<c>not</c>, <c>when</c> guards, a <c>default</c> anywhere; the derived
/// BackwardRow against central differences (double) and a float layer against its double twin.
/// </summary>
public class SwitchGradientTests
{
    [Fact]
    public void Piecewise_activation_as_a_switch_expression_on_relational_patterns() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] switch
                {
                    < -2.5 => 0.01 * x[i],
                    >= -2.5 and < 2.5 => (0.2 * x[i]) + 0.5 + (0.05 * x[i] * x[i]),
                    _ => 1 + Math.Tanh(x[i] - 2.5),
                };
            }
        }
        """, 6, 6);

    [Fact]
    public void Switch_on_a_local_with_guards_or_patterns_and_an_int_switch_for_weights() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = Math.Sin(x[i]) * 3;
                double w = (i % 3) switch { 0 => 0.5, 1 or 2 when i > 3 => -1.25, _ => 2 };
                y[i] = w * v switch
                {
                    < -2 or > 2 => v * v,
                    not < 0 when x[i] > 0 => Math.Exp(-v),
                    _ => v,
                };
            }
        }
        """, 7, 7);

    [Fact]
    public void Switch_statement_with_cases_on_an_index_and_on_data_default_first() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                switch (i % 4)
                {
                    default:
                        y[i] = x[i] * x[i];
                        break;
                    case 0:
                        y[i] = Math.Tanh(x[i]);
                        break;
                    case 1:
                    case 2:
                        double s = x[i] + x[(i + 1) % x.Length];
                        y[i] = s * 0.5;
                        break;
                }

                switch (y[i])
                {
                    case < -1:
                        y[i] = -1 + (0.1 * (y[i] + 1));
                        break;
                    case > 1 when x[i] > 0:
                        y[i] = Math.Sqrt(y[i]);
                        break;
                }
            }
        }
        """, 8, 8);

    [Fact]
    public void Float_switch_expression_agrees_with_its_double_twin() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
                y[i] = x[i] switch { < -1f => -1f - (0.05f * x[i]), <= 1f => x[i] * MathF.Abs(x[i]), _ => MathF.Sqrt(x[i]) };
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
                y[i] = x[i] switch { < -1 => -1 - (0.05 * x[i]), <= 1 => x[i] * Math.Abs(x[i]), _ => Math.Sqrt(x[i]) };
        }
        """, 6);
}
