using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Constructs ports write that were outside the subset until HeldOut4 met them: integer Math.Max/Min/Clamp/Abs and
/// (int)Math.X of index arithmetic in bounds, int locals and indices; int ternaries on data used as reals; static float
/// or double fields read as run-time constants; tuple swaps and deconstruction (also of a helper returning a tuple);
/// while loops over converging counters. Each through <see cref="ReassignedIntegerGradientTests.Check"/>: double
/// gradient checks of both backward paths on random, negative, ±1000 and tied rows, and the float twin against it.
/// </summary>
public class IndexArithmeticAndTupleTests
{
    private static void Check(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true, bool ties = true) =>
        ReassignedIntegerGradientTests.Check(members, inputs, outputs, parameterLengths, large, ties);

    [Fact]
    public void Window_bounds_from_integer_Max_and_Min_in_a_for_header() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int c = 0; c < x.Length; c++)
            {
                double s = 0;
                for (int j = int.Max(0, c - 2); j <= int.Min(x.Length - 1, c + 2); j++) s += x[j] * x[j];
                y[c] = x[c] / Math.Pow(2 + 0.01 * s, 0.75);
            }
        }
        """, 7, 7);

    [Fact]
    public void Math_spellings_of_integer_Max_Min_Clamp_and_Abs_double()
    {
        // Math.Max(int, int) has no MathF twin of the same type, so this one is checked in double only.
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    int lo = Math.Max(0, i - 1), hi = Math.Min(x.Length - 1, i + 1);
                    double s = 0;
                    for (int j = lo; j <= hi; j++) s += x[j];
                    y[i] = s * x[Math.Clamp(i + 2, 0, x.Length - 1)] + x[Math.Abs(i - 2)];
                }
            }
            """, 5, 5);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(5, 23))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }

    [Fact]
    public void Window_bounds_as_int_locals_with_a_counting_while() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                int lo = int.Max(0, i - 2), hi = int.Min(x.Length - 1, i + 2);
                double sum = 0;
                int j = lo;
                while (j <= hi) { sum += Math.Tanh(x[j]); j++; }
                y[i] = sum / (hi - lo + 1);
            }
        }
        """, 6, 6);

    [Fact]
    public void Clamped_and_reflected_indices_and_an_Abs_distance_bias() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length;
            for (int i = 0; i < n; i++)
            {
                double left = x[int.Clamp(i - 1, 0, n - 1)], right = x[int.Clamp(i + 1, 0, n - 1)];
                double mirrored = x[int.Abs(n - 1 - 2 * i) % n];
                y[i] = left - 2 * x[i] + right + 0.5 * mirrored - 0.1 * Math.Abs(i - 2) * x[i];
            }
        }
        """, 5, 5);

    [Fact]
    public void Bucket_index_through_integer_Math_Log_into_a_learnable_table() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> bias)
        {
            int query = x.Length - 1;
            for (int j = 0; j < x.Length; j++)
            {
                int distance = query - j;
                int bucket = distance < 3 ? distance : int.Min(5, 3 + (int)(Math.Log((double)distance / 3) / Math.Log(16.0 / 3) * 3));
                y[j] = x[j] + bias[bucket];
            }
        }
        """, 10, 10, [6]);

    [Fact]
    public void Loop_bound_from_an_exactly_rounded_integer_square_root() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double s = 0;
                for (int j = 0; j <= (int)Math.Floor(Math.Sqrt(i)); j++) s += x[j] * x[i];
                y[i] = s;
            }
        }
        """, 9, 9);

    [Fact]
    public void Indicators_from_int_ternaries_on_data() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                double inside = v >= -1 && v < 1 ? 1 : 0;
                y[i] = inside * v * v + (v > 0 ? 1 : -1) * 0.5 * v + (1 - inside) * (x[i] < 0 ? 0 : 2) * v;
            }
        }
        """, 6, 6);

    [Fact]
    public void Static_temperature_field_read_as_a_run_time_constant() => Check("""
        public static double Temperature = 2.0;
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double max = x[0];
            for (int i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
            double sum = 0;
            for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp((x[i] - max) / Temperature); sum += y[i]; }
            for (int i = 0; i < x.Length; i++) y[i] /= sum;
        }
        """, 6, 6);

    [Fact]
    public void Bubble_sort_by_tuple_swaps_of_buffer_entries() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> z = stackalloc double[x.Length];
            x.CopyTo(z);
            for (int pass = 0; pass < z.Length - 1; pass++)
                for (int j = 0; j < z.Length - 1 - pass; j++)
                    if (z[j] < z[j + 1]) (z[j], z[j + 1]) = (z[j + 1], z[j]);
            for (int i = 0; i < y.Length; i++) y[i] = z[i] * (i + 1);
        }
        """, 6, 6, ties: false);

    [Fact]
    public void Recurrence_through_a_tuple_of_locals_and_of_ints() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double a = x[0], b = x[1];
            int lo = 0, hi = 1;
            for (int i = 2; i < x.Length; i++)
            {
                (a, b) = (b, 0.5 * a + Math.Tanh(b * x[i]));
                (lo, hi) = (hi, lo + hi);
                y[i] = a + b + 0.01 * hi;
            }
            (y[0], y[1]) = (a * b, hi);
        }
        """, 6, 6);

    [Fact]
    public void Deconstruction_into_new_locals_from_a_tuple_literal() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var (first, last) = (x[0], x[x.Length - 1]);
            (double scale, int k) = (first * last, 2);
            for (int i = 0; i < x.Length; i++) y[i] = scale * x[i] + x[k];
        }
        """, 5, 5);

    [Fact]
    public void Helper_returning_a_named_tuple_deconstructed() => Check("""
        static (double Mean, double Std) MeanAndStd(ReadOnlySpan<double> v)
        {
            double mean = 0;
            for (int i = 0; i < v.Length; i++) mean += v[i];
            mean /= v.Length;
            double squares = 0;
            for (int i = 0; i < v.Length; i++) squares += (v[i] - mean) * (v[i] - mean);
            return (mean, Math.Sqrt(squares / (v.Length - 1) + 0.001));
        }

        static (double, double) Ends(ReadOnlySpan<double> v) => (v[0], v[v.Length - 1]);

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var (mean, std) = MeanAndStd(x);
            (double first, double last) = Ends(x);
            for (int i = 0; i < x.Length; i++) y[i] = (x[i] - mean) / std + 0.1 * first * last;
        }
        """, 6, 6);

    [Fact]
    public void Reversal_by_converging_indices_and_tuple_swaps() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var buffer = new double[x.Length];
            for (int i = 0; i < x.Length; i++) buffer[i] = Math.Tanh(x[i]);
            int left = 0, right = x.Length - 1;
            while (left < right)
            {
                (buffer[left], buffer[right]) = (buffer[right], buffer[left]);
                left++;
                right--;
            }
            int i2 = 1, j2 = x.Length - 1;
            while (i2 + 1 <= j2) { buffer[i2] += 0.5 * buffer[j2]; i2 += 2; j2 -= 1; }
            for (int i = 0; i < x.Length; i++) y[i] = buffer[i] + 0.1 * x[i] + left;
        }
        """, 9, 9);

    [Fact]
    public void Shifts_of_indices_by_constants() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int half = x.Length >> 1;
            for (int i = 0; i < half; i++)
            {
                int mirror = (i - half) >> 1; // negative: rounds down, as C# shifts do
                y[i] = x[i << 1] * x[(i << 1) + 1] + x[half + mirror + 2];
            }
        }
        """, 8, 4);

    [Fact]
    public void Nan_and_infinity_guards_are_conditions_on_data() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double r = Math.Sqrt(x[i] * x[i] + 1) - 1;
                double v = double.IsNaN(r) || double.IsInfinity(r) ? 0 : r;
                if (!double.IsFinite(v)) v = 0;
                if (double.IsPositiveInfinity(v) || double.IsNegativeInfinity(v)) v = 1;
                y[i] = v * x[i];
            }
        }
        """, 5, 5);

    [Fact]
    public void Deconstruction_lowering_reports_once_and_not_at_the_reads()
    {
        LoweringResult result = Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                var (mean, std) = Stats(x);
                for (int i = 0; i < x.Length; i++) y[i] = (x[i] - mean) / std;
            }

            static (double, double) Stats(ReadOnlySpan<double> v) => (v[0], System.Random.Shared.NextDouble());
            """, 4, 4);
        Assert.Null(result.Model);
        Assert.Single(result.Problems);
        Assert.Equal("LG1111", result.Problems[0].RuleId);
    }
}
