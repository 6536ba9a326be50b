using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Loops with a constant step other than ±1 and conditions with an offset (<c>i + 2 &lt; n</c>), lowered to loops over
/// the trip number: the derived BackwardRow against central differences (double), spelled several ways.
/// </summary>
public class SteppedLoopTests
{
    [Fact]
    public void Step_of_two_with_an_offset_condition() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i + 2 < x.Length; i += 2)
                y[i / 2] = x[i + 2] * x[i];
        }
        """, 9, 4);

    [Fact]
    public void Steps_spelled_as_assignments_inclusive_bounds_and_odd_starts() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double s = 0;
            for (int i = 1; i <= x.Length - 1; i = i + 3) s += x[i] * x[i];
            for (int i = 2; i < x.Length; i = 3 + i) s += Math.Sin(x[i]);
            for (int k = 0; k < y.Length; k++) y[k] = s * x[k];
        }
        """, 10, 10);

    [Fact]
    public void Counting_down_by_two_and_by_a_negative_increment() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double carry = 0;
            for (int i = x.Length - 1; i >= 0; i -= 2)
            {
                carry = 0.5 * carry + x[i];
                y[i] = carry * carry;
            }

            for (int i = x.Length - 2; i - 1 >= 0; i += -2)
            {
                y[i] = x[i] * x[i - 1] + carry;
            }
        }
        """, 7, 7);

    [Fact]
    public void Nested_strided_windows_like_a_pooling_layer() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            // Kernel 3, stride 2: y[o] = max over the window, then a learnable-free soft weighting.
            int o = 0;
            for (int start = 0; start + 3 <= x.Length; start += 2)
            {
                double m = x[start];
                for (int j = start + 1; j < start + 3; j++) if (x[j] > m) m = x[j];
                double s = 0;
                for (int j = start; j < start + 3; j += 1) s += Math.Exp(x[j] - m);
                y[o] = m + Math.Log(s);
                o++;
            }
        }
        """, 9, 4);

    [Fact]
    public void Strided_while_loop_and_its_counter_read_after_it() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int i = 0;
            while (i + 1 < x.Length)
            {
                y[i / 2] = x[i] - x[i + 1];
                i += 2;
            }

            y[y.Length - 1] = i * x[0];
        }
        """, 7, 4);

    [Fact]
    public void Loop_that_never_runs() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++) y[i] = x[i];
            for (int i = 5; i < 3; i += 2) y[0] += x[i];
            for (int i = 0; i > 3; i -= 3) y[1] += x[i];
        }
        """, 4, 4);

    [Theory]
    [InlineData("for (int i = 1; i < x.Length; i *= 2) { y[0] += x[i]; }", "i *= 2")]
    [InlineData("int s = 2;\nfor (int i = 0; i < x.Length; i += s) { y[0] += x[i]; }", "i += s")]
    [InlineData("for (int i = 0; i < x.Length; i += 0) { y[0] += x[i]; }", "i += 0")]
    public void Step_that_is_no_nonzero_constant_stays_an_error(string body, string step)
    {
        LoweringResult result = DifferentiationHarness.Lower("static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n" + body + "\n}", 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1113", problem.RuleId);
        Assert.Contains(step, (string)problem.Arguments[0], StringComparison.Ordinal);
    }
}
