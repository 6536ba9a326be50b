using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Constant tables (private static readonly int/float/double arrays initialised with constants and never written) read
/// as constants, as indices, bounds and values: the derived BackwardRow against central differences (double), and the
/// tables that stay errors.
/// </summary>
public class ConstantTableTests
{
    [Fact]
    public void Int_table_as_bound_and_index_permutation() => VerifyRows("""
        static readonly int[] Perm = { 0, 3, 1, 4, 2, 5 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < Perm.Length; i++)
                y[i] = x[Perm[i]] * x[Perm[Perm.Length - 1 - i]];
        }
        """, 6, 6);

    [Fact]
    public void Double_and_int_tables_as_values_constant_and_variable_indices() => VerifyRows("""
        private static readonly double[] Coefficients = new double[] { 0.5, -1.25, 2, 0.125 };
        static readonly int[] Powers = [1, 2, 3, 2];

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = Coefficients[0];
                for (int k = 1; k < Coefficients.Length; k++) v = v * Math.Tanh(x[i]) + Coefficients[k] * Powers[k];
                y[i] = v + Layer.Coefficients[i % 4] * x[i] + Powers[3] * x[i];
            }
        }
        """, 5, 5);

    [Fact]
    public void Foreach_over_real_and_int_tables() => VerifyRows("""
        static readonly double[] Horner = { 0.25, -0.5, 1, 2 };
        static readonly int[] Taps = { 0, 2, 3 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double p = 0;
                foreach (double c in Horner) p = p * Math.Tanh(x[i]) + c;
                double taps = 0;
                foreach (int t in Taps) taps += x[(i + t) % x.Length] * t;
                y[i] = p * taps;
            }
        }
        """, 5, 5);

    [Fact]
    public void Float_table_in_a_float_row_agrees_with_its_double_twin() => FloatBackwardRowTests.Agree("""
        static readonly float[] Weights = { 0.5f, -1.5f, 2f, 0.25f, 1f };

        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Weights[i] * x[i] * x[i] + Weights[(i + 1) % Weights.Length];
        }
        """, """
        static readonly double[] Weights = { 0.5, -1.5, 2, 0.25, 1 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Weights[i] * x[i] * x[i] + Weights[(i + 1) % Weights.Length];
        }
        """, 5);

    [Theory]
    [InlineData("static readonly int[] Perm = { 1, 0 };\nstatic void Shuffle() => Perm[0] = 1;", "'Perm', which is written")]
    [InlineData("static readonly int[] Perm = { 1, 0 };\nstatic void Sort() => Array.Sort(Perm);", "'Perm', which is written")]
    [InlineData("static int[] Perm = { 1, 0 };", "'Perm', which is declared without readonly")]
    [InlineData("public static readonly int[] Perm = { 1, 0 };", "'Perm', which is declared without private")]
    [InlineData("static readonly int[] Perm = { 1, Seed() };\nstatic int Seed() => 0;", "'Perm', which is not initialised with constants")]
    [InlineData("static readonly short[] Perm = { 1, 0 };", "'Perm', which is not an int, float or double array")]
    public void Table_that_is_no_constant_stays_an_error(string declaration, string message)
    {
        LoweringResult result = DifferentiationHarness.Lower(declaration + """

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                for (int i = 0; i < 2; i++) y[i] = x[Perm[i]];
            }
            """, 2, 2);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1116", problem.RuleId);
        Assert.Contains(message, (string)problem.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Table_written_by_the_forward_is_an_error_at_the_write()
    {
        LoweringResult result = DifferentiationHarness.Lower("""
            static readonly double[] Scale = { 1, 2 };

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                Scale[0] = x[0];
                y[0] = Scale[0] * x[0];
                y[1] = x[1];
            }
            """, 2, 2);
        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.RuleId == "LG1112" && ((string)p.Arguments[0]).Contains("Scale[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Constant_index_outside_the_table_is_an_error()
    {
        LoweringResult result = DifferentiationHarness.Lower("""
            static readonly double[] Scale = { 1, 2 };

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                y[0] = Scale[2] * x[0];
            }
            """, 1, 1);
        Assert.Null(result.Model);
        Assert.Equal("LG1114", Assert.Single(result.Problems).RuleId);
    }
}
