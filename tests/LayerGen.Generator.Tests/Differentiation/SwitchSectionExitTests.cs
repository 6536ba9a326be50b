using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Every way a switch section (and any statement list) ends, lowered without jumps (ForwardRowLowering.Exits.cs):
/// <c>break</c> in a trailing block, in nested blocks, in both arms of an if or early in one arm; <c>continue</c> of the
/// enclosing loop and ForwardRow's <c>return;</c> from a section, with statements after the switch; a helper's
/// <c>return v</c> from its sections; relational, <c>and</c> and <c>when</c> cases. The derived BackwardRow against
/// central differences (double). What stays outside — <c>goto case</c>, <c>goto default</c>, a <c>return</c> inside a
/// loop — is reported at the statement that leaves.
/// </summary>
public class SwitchSectionExitTests
{
    [Fact]
    public void Section_whose_statements_are_one_block_ending_in_break() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int j = 0; j < y.Length; j++)
            {
                double u = 0.5 * x[j] + 0.25;
                switch (u)
                {
                    case < -1:
                    {
                        double t = Math.Exp(u + 1);
                        y[j] = t - 2;
                        break;
                    }
                    case > 1 and < 3:
                    {
                        double s = Math.Sqrt(u);
                        y[j] = s * u;
                    }
                        break;
                    default:
                    {
                        y[j] = Math.Tanh(u);
                        break;
                    }
                }
            }
        }
        """, 7, 7);

    [Fact]
    public void Break_in_nested_blocks_and_in_both_arms_of_an_if() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double total = 0;
            foreach (double v in x)
            {
                switch (v)
                {
                    case >= 0 when total > -5:
                        {
                            {
                                total += v * v;
                                break;
                            }
                        }
                    default:
                        if (v < -2)
                        {
                            total -= Math.Log(1 - v);
                            break;
                        }
                        else
                        {
                            total += Math.Sin(v);
                            break;
                        }
                }
            }

            for (int i = 0; i < y.Length; i++) y[i] = total * x[i];
        }
        """, 6, 6);

    [Fact]
    public void Break_early_in_one_arm_skips_the_rest_of_the_section() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                switch (i % 3)
                {
                    case 0:
                        y[i] = x[i];
                        if (x[i] > 0)
                        {
                            y[i] *= x[i];
                            break;
                        }

                        y[i] = Math.Exp(x[i]) - 1;
                        break;
                    case 1 or 2:
                        y[i] = 2 * x[i];
                        if (x[i] < -1) break;
                        y[i] += Math.Cos(x[i]);
                        break;
                }

                y[i] += 0.1 * x[i];
            }
        }
        """, 8, 8);

    [Fact]
    public void Sections_that_continue_the_loop_skip_the_statements_after_the_switch() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++)
            {
                double v = x[i];
                switch (i)
                {
                    case 0:
                        y[i] = v * v;
                        continue;
                    case 3:
                        if (v > 0) { y[i] = Math.Sqrt(v + 1); continue; }
                        break;
                }

                y[i] = Math.Tanh(v) + v;
            }
        }
        """, 5, 5);

    [Fact]
    public void Section_that_returns_from_the_row_makes_the_rest_its_else() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double s = 0;
            foreach (double v in x) s += v;
            switch (s)
            {
                case > 2000:
                    y.Clear();
                    return;
                case < -2000:
                {
                    for (int i = 0; i < y.Length; i++) y[i] = x[i] * 1e-3;
                    return;
                }
            }

            for (int i = 0; i < y.Length; i++) y[i] = x[i] * Math.Tanh(s / 10);
        }
        """, 4, 4);

    [Fact]
    public void Helper_returns_from_switch_sections_and_nested_ifs() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Piece(x[i], i);
        }

        static double Piece(double v, int k)
        {
            switch (k % 2)
            {
                case 0:
                    if (v > 1)
                    {
                        if (v > 3) return Math.Log(v);
                        return v * v / 3;
                    }

                    return v / 3;
                default:
                {
                    double e = Math.Exp(-Math.Abs(v));
                    return v < 0 ? e - 1 : 1 - e;
                }
            }
        }
        """, 6, 6);

    [Fact]
    public void Continue_nested_in_an_if_arm_ends_that_arm_only() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i];
                if (x[i] > 0)
                {
                    if (x[i] > 1) continue;
                    y[i] = x[i] * x[i];
                }

                y[i] *= 2;
            }
        }
        """, 6, 6);

    [Fact]
    public void Return_nested_in_an_if_at_the_top_of_the_row() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++) y[i] = x[i];
            if (x[0] > 0)
            {
                if (x[1] > 0) { return; }
                y[0] = x[0] * x[1];
            }

            y[1] = Math.Sin(x[1]) + y[0];
        }
        """, 3, 3);

    [Fact]
    public void Switch_expression_with_and_patterns_and_when_guards() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                y[i] = v switch
                {
                    < 0 when i % 2 == 0 => Math.Exp(v) - 1,
                    < 0 => v / (1 - v),
                    > 1 and < 2 => v * v,
                    >= 2 => (v - 1) switch { > 5 => 4 * v - 10, _ => v + 1 },
                    _ => v,
                };
            }
        }
        """, 6, 6);

    [Fact]
    public void Float_block_section_agrees_with_its_double_twin() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                switch (x[i])
                {
                    case < 0f: { float e = MathF.Exp(x[i]); y[i] = (e - 1f) * e / (1f + e); break; }
                    default: y[i] = x[i] / (1f + MathF.Exp(-x[i])); break;
                }
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                switch (x[i])
                {
                    case < 0: { double e = Math.Exp(x[i]); y[i] = (e - 1) * e / (1 + e); break; }
                    default: y[i] = x[i] / (1 + Math.Exp(-x[i])); break;
                }
            }
        }
        """, 6);

    [Theory]
    [InlineData("case 1: y[i] = 2 * x[i]; break; case 2: y[i] = x[i]; goto case 1;", "goto case 1;")]
    [InlineData("case 2: y[i] = x[i]; goto default; default: y[i] += 1; break;", "goto default;")]
    [InlineData("case 0: y[i] = x[i]; return; default: y[i] = 1; break;", "return;")]
    [InlineData("case 0: y[i] = x[i]; { if (x[i] > 0) goto case 1; } break; case 1: y[i] = 0; break;", "goto case 1;")]
    public void Section_that_leaves_otherwise_is_reported_at_the_statement(string sections, string leaving)
    {
        string body = "for (int i = 0; i < x.Length; i++)\n{\ny[i] = 0;\nswitch (i)\n{\n" + sections + "\n}\n}";
        LoweringResult result = DifferentiationHarness.Lower("static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n" + body + "\n}", 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1115", problem.RuleId);
        Assert.Equal(leaving, DifferentiationHarness.LocatedText(problem));
        Assert.Contains(leaving, (string)problem.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Goto_case_is_told_to_repeat_the_shared_statements()
    {
        LoweringResult result = DifferentiationHarness.Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                switch (x.Length)
                {
                    case 3: y[0] = x[0]; goto case 4;
                    case 4: y[1] = x[1]; break;
                }
            }
            """, 4, 4);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Contains("another switch section", (string)problem.Arguments[0], StringComparison.Ordinal);
        Assert.Contains("instead of goto case", (string)problem.Arguments[1], StringComparison.Ordinal);
    }

    /// <summary>A section whose end is reachable (C#'s CS0163) is not read as ending in break: LG1115 at its label.</summary>
    [Fact]
    public void Section_that_falls_through_is_reported_at_its_label()
    {
        LoweringResult result = DifferentiationHarness.Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                switch (x.Length)
                {
                    case 4:
                        if (x[0] > 0) break;
                        y[0] = x[0];
                    default:
                        y[1] = x[1];
                        break;
                }
            }
            """, 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1115", problem.RuleId);
        Assert.Equal("case 4:", DifferentiationHarness.LocatedText(problem));
        Assert.Contains("falls through", (string)problem.Arguments[0], StringComparison.Ordinal);
    }
}
