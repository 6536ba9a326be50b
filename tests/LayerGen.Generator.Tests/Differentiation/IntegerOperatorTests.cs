using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Every pure integer operator of C# over loop variables, integer locals and constants (&lt;&lt;, &gt;&gt;, &gt;&gt;&gt; by any
/// such count, &amp;, |, ^, ~) is index arithmetic evaluated per iteration, as C# computes it: gradient checks through
/// <see cref="ReassignedIntegerGradientTests.Check"/> on shapes unlike HeldOut5's NeRF encoding, and an operator on data
/// that must still be rejected.
/// </summary>
public class IntegerOperatorTests
{
    [Fact]
    public void Powers_of_two_from_shifts_by_a_loop_variable_in_values_bounds_and_strides() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            // a dyadic multi-resolution sum: level k averages blocks of 2^k entries
            int o = 0;
            for (int k = 0; k < 3; k++)
            {
                int width = 1 << k;
                for (int start = 0; start + width <= x.Length; start += 1 << 2)
                {
                    double s = 0;
                    for (int j = 0; j < width; j++) s += x[start + j];
                    y[o] = s / width * Math.Tanh((double)(8 >> k) * x[o]);
                    o++;
                }
            }
            for (int i = 0; i < (1 << 2); i++) y[6 + i] = x[i] * (i << 1 | 1);
        }
        """, 8, 10);

    [Fact]
    public void Gray_code_and_bit_reversal_permutations_with_xor_and_and() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            const int bits = 3;
            for (int i = 0; i < x.Length; i++)
            {
                int reversed = 0;
                for (int b = 0; b < bits; b++) reversed |= ((i >> b) & 1) << (bits - 1 - b);
                int gray = i ^ (i >> 1);
                y[i] = x[reversed] * x[gray] + (((i & 1) == 0) ? x[i] : -x[i]);
            }
        }
        """, 8, 8);

    [Fact]
    public void Walsh_Hadamard_signs_from_the_parity_of_i_and_j() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++)
            {
                double s = 0;
                for (int j = 0; j < x.Length; j++)
                {
                    int common = i & j, parity = 0;
                    for (int b = 0; b < 3; b++) parity ^= (common >>> b) & 1;
                    s += (1 - 2 * parity) * x[j];
                }
                y[i] = Math.Tanh(s / 4 + x[~i & 7]);
            }
        }
        """, 8, 8);

    [Fact]
    public void Compound_shift_of_a_counter_feeds_indices() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int stride = 1;
            for (int level = 0; level < 2; level++) stride <<= 1;
            for (int i = 0; i < x.Length; i += 1) y[i] = x[i] * stride + x[(i + stride) % x.Length];
        }
        """, 6, 6);

    [Fact]
    public void Shift_of_a_value_converted_from_data_inside_an_index_is_still_rejected()
    {
        LoweringResult result = Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                for (int i = 0; i < y.Length; i++) y[i] = x[((int)x[0] << 1) & 3];
            }
            """, 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1114", problem.RuleId);
        Assert.Contains("(int)x[0]", (string)problem.Arguments[0], StringComparison.Ordinal);
    }
}
