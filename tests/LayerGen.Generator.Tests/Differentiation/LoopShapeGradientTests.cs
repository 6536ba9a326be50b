using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Counting loops spelled as do-while, as a while nested in a loop body, and as a for header with further
/// incrementors (<c>i++, j += 2</c>): the derived BackwardRow against central differences (double) on random, tied,
/// ±1000 and negative rows.
/// </summary>
public class LoopShapeGradientTests
{
    private static void Check(string members, int inputs, int outputs)
    {
        CompiledLayer<double> layer = Compile<double>(members, inputs, outputs, []);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(inputs, 17, large: true, ties: true))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }

    [Fact]
    public void Counting_do_while_up_and_down_with_the_counter_read_after() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length;
            double sum = 0;
            int i = 0;
            do
            {
                sum += Math.Tanh(x[i]);
                i++;
            } while (i < n);
            int k = n - 1;
            do
            {
                y[k] = x[k] * sum;
                k -= 1;
            } while (k >= 0);
            y[0] += i * x[0];
        }
        """, 6, 6);

    [Fact]
    public void Do_while_whose_start_fails_the_condition_runs_once() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y.Clear();
            int i = 4;
            do
            {
                y[i - 4] += Math.Sin(x[i]);
                i = i + 1;
            } while (i < 2);
            int j = 5;
            do
            {
                y[j - 4] += x[j] * x[j];
                j++;
            } while (j <= 3);
            y[2] = i + j * x[2];
        }
        """, 6, 3);

    [Fact]
    public void Counting_while_nested_in_for_while_and_foreach() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int i = 0;
            while (i < x.Length)
            {
                double acc = 0.0;
                int j = 0;
                while (j <= i)
                {
                    acc += x[j] * x[i - j];
                    j++;
                }
                y[i] = acc;
                i++;
            }
            for (int r = 0; r < 3; r++)
            {
                int c = x.Length - 1;
                while (c > r)
                {
                    y[r] += 0.1 * Math.Tanh(x[c] - x[r]);
                    c--;
                }
            }
            int at = 0;
            foreach (double v in x)
            {
                int t = 0;
                while (t < 2) { y[at] += v * 0.5; t += 1; }
                at++;
            }
        }
        """, 6, 6);

    [Fact]
    public void For_with_further_incrementors_and_continue() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int half = x.Length / 2;
            for (int i = 0, j = 0; i < half; i++, j += 2)
            {
                double a = x[i], b = x[i + half];
                y[j] = 0.8 * a - 0.6 * b;
                y[j + 1] = 0.6 * a + 0.8 * b;
            }
            int k = x.Length - 1;
            for (int i = 0; i < x.Length; ++i, k--)
            {
                if (x[i] > 0.5) continue;
                y[i] += 0.25 * x[k] * x[i];
            }
        }
        """, 8, 8);

    [Fact]
    public void For_header_with_two_converging_counters_reverses_and_pairs_ends() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            x.CopyTo(y);
            for (int i = 0, j = y.Length - 1; i < j; i++, j--)
            {
                double low = y[i];
                y[i] = y[j] * Math.Tanh(low);
                y[j] = low + y[i];
            }

            for (int lo = 1, hi = x.Length - 2; hi - lo >= 0; lo += 2, hi--) y[0] += x[lo] * x[hi];
        }
        """, 7, 7);
}
