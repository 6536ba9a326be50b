using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Constructs the front end rewrites into the IR's statements (inlined helpers and local functions, span views, Clamp and
/// Sign, counting while loops, continue, span Clear/Fill/CopyTo, bool locals, several for declarators, a local only conditions
/// read): the derived BackwardRow against central differences (double), beyond the held-out corpus.
/// </summary>
public class RewrittenConstructGradientTests
{
    private static void Check(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true, bool ties = true)
    {
        parameterLengths ??= [];
        CompiledLayer<double> layer = Compile<double>(members, inputs, outputs, parameterLengths);
        var random = new Random(5);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(inputs, 13, large, ties))
        {
            double[][] parameters = parameterLengths.Select(n => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2) - 0.5).ToArray()).ToArray();
            GradientCheck.Verify(layer, x, parameters, seed++);
        }
    }

    [Fact]
    public void Helpers_with_let_locals_int_parameters_and_nested_calls() => Check("""
        static double Sigmoid(double v)
        {
            double e = Math.Exp(-v);
            const double One = 1;
            return One / (One + e);
        }

        static double Scaled(double v, int k) => (k * Sigmoid(v)) - Sigmoid(-v);

        static int Twice(int i) => 2 * i;

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < 4; i++)
            {
                y[i] = x[Twice(i)] * Scaled(x[Twice(i) + 1] * 0.5, i % 3);
            }
        }
        """, 8, 4);

    [Fact]
    public void Local_function_reads_a_captured_local_at_each_call() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double scale = 1;
            double Square(double v) => scale * v * v;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Square(x[i]);
                scale += 0.1 * x[i];
            }
        }
        """, 6, 6, large: false);

    [Fact]
    public void Counting_while_loops_up_and_down() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double running = 0;
            int i = x.Length - 1;
            while (i >= 0)
            {
                running = x[i] + (0.5 * running);
                y[i] = running * running;
                i--;
            }

            int j = 1;
            while (j < y.Length)
            {
                y[j] += y[j - 1] * 0.25;
                j += 1;
            }
        }
        """, 6, 6, large: false);

    [Fact]
    public void Continue_in_then_and_else_branches_and_in_foreach() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double positive = 0;
            foreach (double v in x)
            {
                if (v <= 0) continue;
                positive += v * v;
            }

            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i];
                if (x[i] > 1)
                {
                    y[i] = Math.Sqrt(x[i]);
                }
                else
                {
                    y[i] *= 0.5;
                    continue;
                }

                if (x[i] > 2) continue;
                y[i] += positive;
            }
        }
        """, 8, 8, large: false);

    [Fact]
    public void Clamp_and_Sign() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < 4; i++)
            {
                double v = x[i];
                y[i] = (Math.Clamp(v, -1.5, 2) * x[4]) + (Math.Sign(v) * Math.Log(1 + (v * v))) + Math.Clamp(x[5], v, v + 3);
            }
        }
        """, 6, 4, large: false, ties: false); // the tie row puts x[5] on the kink of Clamp(x[5], x[0], …)

    [Fact]
    public void Bool_locals_assigned_negated_and_combined() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            bool seenLarge = false;
            for (int i = 0; i < x.Length; i++)
            {
                bool positive = x[i] > 0;
                if (!positive && !seenLarge) y[i] = -x[i] * x[i];
                else y[i] = positive ? x[i] : 0.5 * x[i];
                seenLarge = seenLarge || x[i] > 2;
            }
        }
        """, 8, 8);

    [Fact]
    public void Span_clear_fill_and_copy_on_y_and_a_buffer() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> bias)
        {
            Span<double> t = stackalloc double[4];
            x.CopyTo(t);
            t[0] *= t[1];
            y.Fill(t[0] + 1);
            for (int i = 0; i < 4; i++) y[i] *= Math.Tanh(t[i]);
            bias.CopyTo(t);
            y.Clear();
            for (int i = 0; i < 4; i++) y[i] += t[i] * x[i];
        }
        """, 4, 4, [4]);

    [Fact]
    public void For_with_several_declarators_and_a_flag_only_conditions_read() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double flag = 0;
            for (int i = 0, n = x.Length, half = n / 2; i < n; i++)
            {
                flag = i < half ? 1.0 : 0.0;
                if (flag == 1.0) y[i] = x[i] * x[n - 1 - i];
                else y[i] = Math.Exp(-x[i] * x[i]);
            }
        }
        """, 6, 6);

    [Fact]
    public void Span_views_slices_ranges_and_helper_span_parameters() => Check("""
        static double Pair(ReadOnlySpan<double> v, int i) => v[i] * v[i + 1];

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> w)
        {
            for (int h = 0; h < 2; h++)
            {
                ReadOnlySpan<double> q = x.Slice(h * 4, 4);
                Span<double> output = y[(h * 3)..(h * 3 + 3)];
                double dot = 0;
                foreach (double v in q[1..^1]) dot += v * w[h];
                output[0] = dot;
                output[1] = Pair(q, 0) + Pair(x.Slice(4), 2);
                output[2] = q[^1] * output.Length;
            }

            Span<double> last = y.Slice(5);
            last[0] += Math.Tanh(x[7]);
        }
        """, 8, 6, [2]);
}
