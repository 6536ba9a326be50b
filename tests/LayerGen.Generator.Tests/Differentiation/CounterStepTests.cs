using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Counting loops whose counter is stepped by a statement anywhere in the body (while, do-while, a for without
/// incrementors), the statements after the step reading the new value: the derived BackwardRow against central
/// differences (double) and the lowered forward against ForwardRow itself; a step that does not run exactly once per
/// pass is an error at that step.
/// </summary>
public class CounterStepTests
{
    [Fact]
    public void Do_while_stepped_mid_body_builds_a_running_term() => GradientCheck.VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int q = 0; q < x.Length; q++)
            {
                double a = 1.5 / (1.0 + Math.Exp(-x[q]));
                double term = 1.0, partial = 0.0;
                int k = 0;
                do
                {
                    partial += term;
                    k++;
                    term *= a / k;
                } while (k < 4);
                y[2 * q] = term / (partial + term);
                y[2 * q + 1] = k * partial;
            }
        }
        """, 3, 6);

    [Fact]
    public void While_stepped_first_then_read_with_a_constant_step_and_continue_after_the_step() => GradientCheck.VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int i = 0;
            while (i < x.Length)
            {
                i++;
                y[i - 1] = Math.Sin(x[i - 1]) * i;
            }

            int j = 1;
            while (j + 1 < x.Length)
            {
                double left = x[j - 1];
                j += 2;
                if (left > 0.5) continue;
                y[j - 2] += left * x[j - 1];
            }

            y[0] += j * x[0];
        }
        """, 7, 7);

    [Fact]
    public void For_without_incrementor_counting_down_stepped_mid_body() => GradientCheck.VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double carry = 0.0;
            for (int k = x.Length - 1; k >= 1;)
            {
                carry = Math.Tanh(carry + x[k]);
                k--;
                y[k] = carry * x[k];
            }

            y[x.Length - 1] = carry;
        }
        """, 5, 5);

    [Fact]
    public void Do_while_whose_start_fails_the_condition_runs_once_with_a_mid_body_step() => GradientCheck.VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int i = 3;
            do
            {
                y[0] += x[i] * x[i];
                i -= 1;
                y[1] += Math.Exp(-x[i] * x[i]);
            } while (i > 5);
            y[2] = i * x[2];
        }
        """, 4, 3);

    [Fact]
    public void Counter_stepped_mid_body_inside_an_outer_loop_and_a_helper() => GradientCheck.VerifyRows("""
        static double Series(double a, int terms)
        {
            double sum = 0.0, term = 1.0;
            int n = 0;
            while (n < terms)
            {
                sum += term;
                n++;
                term *= a / n;
            }

            return sum;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int r = 0; r < x.Length; r++)
            {
                y[r] = Series(Math.Tanh(x[r]), r + 2);
            }
        }
        """, 4, 4);

    [Fact]
    public void Lowered_loop_reads_the_new_counter_after_the_step()
    {
        LoweringResult result = Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                int k = 0;
                do { y[k] = x[k]; k++; y[k - 1] += k; } while (k < 4);
            }
            """, 4, 4);
        Assert.Empty(result.Problems);
        string generated = Emit(result.Model!);
        Assert.Contains("k + 1", generated, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Rejected() => new()
    {
        { "a step under a condition", "int k = 0;\nwhile (k < x.Length) { y[k] = x[k]; if (x[k] > 0) {|#0:k++|}; }" },
        { "a second step", "int k = 0;\ndo { y[k] = x[k]; k++; y[k - 1] += 1; {|#0:k++|}; } while (k < x.Length);" },
        { "a step in a nested loop", "int k = 0;\nwhile (k < x.Length) { for (int t = 0; t < 1; t++) {|#0:k++|}; y[0] += x[0]; }" },
        { "a step inside an expression", "int k = 0;\ndo { y[0] += x[{|#0:k++|}]; } while (k < x.Length);" },
        { "a step by no constant", "int k = 0, s = 1;\nwhile (k < x.Length) { y[k] = x[k]; {|#0:k += s|}; }" },
        { "a continue that skips the step", "int k = 0;\nwhile (k < x.Length) { if (x[0] > 0) {|#0:continue;|} y[k] = x[k]; k++; }" },
        { "a for without incrementor stepped twice", "for (int k = 0; k < x.Length;) { k++; y[k - 1] = x[k - 1]; {|#0:k--|}; k += 2; }" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Step_that_does_not_run_once_per_pass_is_reported_at_the_step(string what, string body)
    {
        (_, DifferentiationProblem problem, string marked) = LowerMarkedError("static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n" + body + "\n}", 4, 4);
        Assert.Equal("LG1113", problem.RuleId);
        Assert.Equal(marked, LocatedText(problem));
        Assert.Contains("once per pass", (string)problem.Arguments[1], StringComparison.Ordinal);
        Assert.True(((string)problem.Arguments[0]).Contains(marked.TrimEnd(';'), StringComparison.Ordinal), what + ": " + problem.Arguments[0]);
    }
}
