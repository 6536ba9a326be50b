using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Shapes users write that no earlier test spelled this way (a sweep after HeldOut9): <c>checked</c> expressions and
/// blocks, <c>is</c> patterns as conditions, nested switch statements, a switch section holding a counting loop, ranges
/// and indices from the end with loop variables, local functions reading ForwardRow's locals, tuple swaps in a loop.
/// The derived BackwardRow against central differences (double).
/// </summary>
public class UserShapeSweepTests
{
    [Fact]
    public void Checked_expressions_and_a_checked_block() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            checked
            {
                for (int i = 0; i < y.Length; i++)
                {
                    int next = checked(i + 1) % x.Length;
                    y[i] = checked(x[i] * x[next]) + unchecked(0.5 * x[i]);
                }
            }
        }
        """, 5, 5);

    [Fact]
    public void Is_patterns_as_conditions() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                if (v is > -1 and < 1)
                    y[i] = v * v * 0.5;
                else if (v is < -1 or > 5 && i is not 0)
                    y[i] = Math.Abs(v) - 0.5;
                else
                    y[i] = Math.Log(1 + Math.Abs(v));
            }
        }
        """, 6, 6);

    [Fact]
    public void Nested_switch_statements_on_an_index_and_on_data() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                switch (i % 2)
                {
                    case 0:
                        switch (x[i])
                        {
                            case < 0:
                                y[i] = -x[i];
                                break;
                            default:
                                y[i] = Math.Sqrt(x[i] + 1);
                                break;
                        }

                        break;
                    default:
                        y[i] = Math.Tanh(x[i]);
                        break;
                }
            }
        }
        """, 6, 6);

    [Fact]
    public void Switch_section_holding_a_counting_loop() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < y.Length; i++)
            {
                switch (i)
                {
                    case 0:
                    {
                        double s = 0;
                        int k = 0;
                        while (k < x.Length) { s += x[k] * x[k]; k++; }
                        y[i] = Math.Sqrt(s + 1);
                        break;
                    }
                    default:
                        y[i] = x[i] - x[i - 1];
                        break;
                }
            }
        }
        """, 5, 5);

    [Fact]
    public void Ranges_and_indices_from_the_end_with_loop_variables() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            ReadOnlySpan<double> inner = x[1..^1];
            double s = 0;
            foreach (double v in inner) s += v;
            for (int i = 0; i < y.Length; i++)
                y[^(i + 1)] = x[i] * s + x[^1];
            double edge = y[2];
            y[..2].Fill(edge);
        }
        """, 6, 6);

    [Fact]
    public void Local_function_reading_a_local_of_forward_row() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double mean = 0;
            foreach (double v in x) mean += v;
            mean /= x.Length;
            double Centred(double v) => v - mean;
            for (int i = 0; i < x.Length; i++) y[i] = Centred(x[i]) * Math.Exp(-Centred(x[i]) * Centred(x[i]) / 8);
        }
        """, 5, 5);

    [Fact]
    public void Tuple_swap_sort_of_a_local_buffer() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> b = stackalloc double[4];
            x.CopyTo(b);
            for (int pass = 0; pass < 3; pass++)
                for (int j = 0; j < 3 - pass; j++)
                    if (b[j] > b[j + 1]) (b[j], b[j + 1]) = (b[j + 1], b[j]);
            for (int i = 0; i < 4; i++) y[i] = b[i] * (i + 1);
        }
        """, 4, 4, ties: false);

    [Fact]
    public void Static_local_function_returning_a_tuple_from_a_switch() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i + 1 < x.Length; i += 2)
            {
                (double lo, double hi) = Order(x[i], x[i + 1], i / 2);
                y[i] = lo;
                y[i + 1] = hi * hi;
            }

            static (double, double) Order(double a, double b, int mode)
            {
                switch (mode)
                {
                    case 0:
                        return a < b ? (a, b) : (b, a);
                    default:
                        return (Math.Min(a, b) * 0.5, Math.Max(a, b) + 1);
                }
            }
        }
        """, 6, 6, ties: false);

    [Fact]
    public void Continue_from_a_switch_on_data_with_a_reduction_after_it() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double total = 0;
            for (int i = 0; i < x.Length; i++)
            {
                switch (x[i])
                {
                    case < -3:
                        continue;
                    case > 3:
                        total += 3;
                        continue;
                }

                total += x[i] * x[i] / 3;
            }

            for (int i = 0; i < y.Length; i++) y[i] = total * Math.Sin(x[i]);
        }
        """, 5, 5);

    [Fact]
    public void Int_switch_expression_picking_a_neighbour() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                int j = i switch { 0 => 1, _ when i == x.Length - 1 => i - 1, _ => i + 1 };
                y[i] = x[i] * x[j] + (i is 0 or 3 ? x[i] : 0);
            }
        }
        """, 6, 6);

    /// <summary><c>is double.NaN</c> matches NaN (<c>== double.NaN</c> never does): the NaN entry takes the guarded branch in the backward too.</summary>
    [Fact]
    public void Is_nan_pattern_matches_nan()
    {
        CompiledLayer<double> layer = DifferentiationHarness.Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                for (int i = 0; i < x.Length; i++)
                    y[i] = x[i] is double.NaN ? 0 : x[i] is not (< 0 or double.NaN) ? x[i] * 2 : -x[i];
            }
            """, 3, 3);
        (double[] dx, _) = layer.Gradients([double.NaN, 1, -2], [1, 1, 1], []);
        Assert.Equal([0, 2, -1], dx);
    }
}
