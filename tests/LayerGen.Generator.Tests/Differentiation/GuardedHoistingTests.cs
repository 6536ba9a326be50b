using static LayerGen.Generator.Tests.Differentiation.VerifyDifferentiation;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Helpers with statements called where they may not run — a branch of <c>?:</c>, an arm of a switch expression, the
/// right of <c>&amp;&amp;</c>/<c>||</c>, an int choice — hoisted with their choice (each helper runs only on its
/// path, the condition once, first), through the double gradient check and its float twin
/// (<see cref="ReassignedIntegerGradientTests.Check"/>), in shapes other than HeldOut6's ordinal head; plus what stays
/// rejected.
/// </summary>
public class GuardedHoistingTests
{
    private const string Softplus = """
        static double Softplus(double v)
        {
            if (v > 20) return v;
            double e = Math.Exp(v);
            return Math.Log(1 + e);
        }

        """;

    [Fact]
    public void Statement_helpers_in_both_branches_of_nested_ternaries_inside_a_larger_expression() => ReassignedIntegerGradientTests.Check(Softplus + """
        static double Cube(double v) { double c = v; for (int k = 0; k < 2; k++) c *= v; return c; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
                y[i] = 0.5 * x[i] + (x[i] > 0 ? Softplus(x[i]) : x[i] < -1 ? Cube(x[i] + 1) - 1 : -Softplus(-x[i])) * x[(i + 1) % x.Length];
        }
        """, 6, 6, large: false);

    [Fact]
    public void Switch_expression_arms_and_a_condition_with_a_short_circuit() => ReassignedIntegerGradientTests.Check(Softplus + """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double gate = x[0] switch
            {
                < -1.0 => 0.0,
                < 1.0 => Softplus(x[0]) / Softplus(1.0),
                _ => 1.0 + Softplus(x[0] - 1.0),
            };
            y[0] = gate * x[1];
            if (x[1] > 0 && Softplus(x[2]) > 1.0) y[1] = x[1] * x[2];
            else y[1] = Softplus(x[1] + x[2]);
            bool far = x[2] < -2.0 || Softplus(x[2]) * x[1] > 3.0;
            y[2] = far ? x[0] : x[0] * x[0];
        }
        """, 3, 3, large: false);

    [Fact]
    public void Int_choice_of_an_int_helper_with_statements_picks_an_index() => ReassignedIntegerGradientTests.Check("""
        static int ArgMax(ReadOnlySpan<double> v)
        {
            int best = 0;
            for (int j = 1; j < v.Length; j++) if (v[j] > v[best]) best = j;
            return best;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++)
            {
                int pick = i % 2 == 0 ? ArgMax(x[..3]) : 3 + ArgMax(x[3..]);
                y[i] = x[pick] * x[i];
            }
        }
        """, 6, 4, ties: false);

    [Fact]
    public void Statement_helpers_in_when_guards_of_every_arm_run_only_where_their_pattern_matched() => ReassignedIntegerGradientTests.Check(Softplus + """
        static double Norm(ReadOnlySpan<double> v) { double s = 0; foreach (double e in v) s += e * e; return Math.Sqrt(s + 0.01); }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] switch
                {
                    < -1 when Softplus(x[(i + 1) % 4]) > 0.5 => Softplus(-x[i]) * 0.5,
                    < 0.5 => x[i] * x[i],
                    _ when Norm(x) > 2.5 && Softplus(x[i]) < 3 => Math.Log(1 + x[i]) + x[(i + 3) % 4],
                    _ => 2 * x[i] - 0.75,
                };
            }

            int bucket = x[0] switch { > 0 when Norm(x[1..]) > 1 => 1, _ => 0 };
            y[bucket] += x[3] * x[2];
        }
        """, 4, 4, large: false, ties: false);

    [Fact]
    public Task Helper_that_writes_a_span_in_a_guard_stays_rejected() => AnalyzerAsync(Layer("""
        static double Normalise(Span<double> v) { double s = 0; for (int i = 0; i < v.Length; i++) s += v[i]; for (int i = 0; i < v.Length; i++) v[i] /= s; return s; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++) y[i] = x[i] * x[i] + 1;
            y[0] = x[0] switch { < 0 => 0.0, _ when {|#0:Normalise(y)|} > 1 => y[1], _ => 2.0 };
        }
        """), Diagnostic("LG1111", 0));
}
