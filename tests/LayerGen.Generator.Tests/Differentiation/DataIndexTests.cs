using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Indices computed from data, <c>int k = (int)t;</c>: a lookup table's segment, a gather at a data-chosen position.
/// The index is piecewise constant (derivative zero); the gathered value gets the derivative a gather has (a constant
/// table's entry none, an element of <c>x</c> its adjoint). The derived BackwardRow against central differences (double),
/// spelled several ways, and the spellings that stay errors.
/// </summary>
public class DataIndexTests
{
    // A uniform grid from -4.3 in steps of 0.5 (the tied row's 4 maps to t = 16.6, inside a segment).
    private const string Table = """
        const double Lo = -4.3;
        const double Step = 0.5;
        static readonly double[] Table =
        {
            -0.999, -0.997, -0.992, -0.981, -0.955, -0.898, -0.782, -0.578, -0.279, 0.071, 0.406,
            0.670, 0.838, 0.930, 0.973, 0.990, 0.996, 0.999, 1.000,
        };

        """;

    [Fact]
    public void Lookup_table_with_linear_interpolation_between_its_entries() => VerifyRows(Table + """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int segments = Table.Length - 1;
            for (int i = 0; i < x.Length; i++)
            {
                double t = Math.Clamp((x[i] - Lo) / Step, 0.0, segments - 1e-9);
                int k = (int)t;
                double frac = t - k;
                y[i] = Table[k] + (Table[k + 1] - Table[k]) * frac;
            }
        }
        """, 6, 6);

    [Fact]
    public void Floor_index_clamped_by_integer_ternaries_and_a_table_of_slopes() => VerifyRows(Table + """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = (x[i] - Lo) / Step;
                int k = (int)Math.Floor(t);
                k = k < 0 ? 0 : k > Table.Length - 2 ? Table.Length - 2 : k;
                double slope = Table[k + 1] - Table[k];
                y[i] = Table[k] + slope * (Math.Clamp(t, 0, Table.Length - 1) - k) + 0.01 * x[i];
            }
        }
        """, 5, 5);

    [Fact]
    public void Float_lookup_table_agrees_with_its_double_twin() => FloatBackwardRowTests.Agree("""
        static readonly float[] Knots = { 0f, 0.25f, 1f, 2.25f, 4f, 6.25f, 9f };

        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float t = MathF.Min(MathF.Abs(x[i]) * 2f, 5.999f);
                int k = (int)t;
                y[i] = Knots[k] + (Knots[k + 1] - Knots[k]) * (t - k);
            }
        }
        """, """
        static readonly double[] Knots = { 0, 0.25, 1, 2.25, 4, 6.25, 9 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = Math.Min(Math.Abs(x[i]) * 2, 5.999);
                int k = (int)t;
                y[i] = Knots[k] + (Knots[k + 1] - Knots[k]) * (t - k);
            }
        }
        """, 6);

    [Fact]
    public void Gather_from_x_at_a_data_index_sends_the_adjoint_to_the_gathered_element() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int j = (int)(Math.Abs(x[0]) * 3.1) % x.Length;
            for (int i = 0; i < x.Length; i++)
            {
                int k = (int)(Math.Abs(x[i]) * 7.3);
                y[i] = x[j] * x[i] + x[k % x.Length];
            }
        }
        """, 5, 5, large: false); // at ±1000 the difference step (1e-2) crosses the index's jumps (every 1/7.3)

    [Theory]
    [InlineData("y[0] = x[{|#0:(int)x[1]|}];", "LG1114", "int k = (int)t;")]
    [InlineData("double t = x[0] * 4;\nfor (int i = 0; i < 3; i++) y[i] = Table[{|#0:(int)t|} + i];", "LG1114", "int k = (int)t;")]
    [InlineData("int n = (int)Math.Abs(x[0]);\nfor (int i = 0; i < n; i++) y[0] += x[i];", "LG1118", "computed from data")]
    public void Index_converted_from_data_elsewhere_than_an_integer_local_stays_an_error(string body, string rule, string says)
    {
        string members = Table + "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n" +
                         body.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal) + "\n}";
        LoweringResult result = DifferentiationHarness.Lower(members, 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal(rule, problem.RuleId);
        Assert.Contains(says, string.Join(" ", problem.Arguments), StringComparison.Ordinal);
    }
}
