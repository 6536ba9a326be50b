using LayerGen.Differentiation.Ir;
using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Reassigned integer locals (running output indices, argmax indices, counters set in branches) and helpers whose bodies
/// hold statements (loops, assignments, ifs, returns at the end of branches): the derived BackwardRow and the recording
/// pair against central differences (double) on random, negative, ±1000 and tied rows, and a float twin compiled too.
/// </summary>
public class ReassignedIntegerGradientTests
{
    internal static void Check(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true, bool ties = true)
    {
        parameterLengths ??= [];
        CompiledLayer<double> layer = Compile<double>(members, inputs, outputs, parameterLengths);
        var random = new Random(7);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(inputs, 17, large, ties))
        {
            double[][] parameters = parameterLengths.Select(n => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2) - 0.5).ToArray()).ToArray();
            GradientCheck.Verify(layer, x, parameters, seed++);
        }

        // The float twin compiles (ints ride the float tape by bit cast) and its backward agrees with the double one.
        string floatMembers = System.Text.RegularExpressions.Regex.Replace(
            members.Replace("double", "float", StringComparison.Ordinal).Replace("Math.", "MathF.", StringComparison.Ordinal), @"(?<![\w.])(\d+\.\d+)(?![\w.])", "$1f");
        CompiledLayer<float> single = Compile<float>(floatMembers, inputs, outputs, parameterLengths);
        double[] row = GradientCheck.Rows(inputs, 3, large: false, ties: false).First();
        double[][] p = parameterLengths.Select(n => Enumerable.Range(0, n).Select(i => 0.25 + (0.1 * i)).ToArray()).ToArray();
        double[] w = Enumerable.Range(0, outputs).Select(i => Math.Cos(i + 1)).ToArray();
        (double[] dx, _) = layer.Gradients(row, w, p);
        (float[] dxFloat, _) = single.Gradients(row.Select(v => (float)v).ToArray(), w.Select(v => (float)v).ToArray(), p.Select(a => a.Select(v => (float)v).ToArray()).ToArray());
        for (int i = 0; i < inputs; i++)
        {
            Assert.True(Math.Abs(dx[i] - dxFloat[i]) <= 1e-3 * Math.Max(1, Math.Abs(dx[i])), $"float dx[{i}] {dxFloat[i]} vs double {dx[i]}");
        }
    }

    [Fact]
    public void Running_output_index_over_triangular_loops() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int k = 0;
            for (int i = 0; i < 3; i++) y[k++] = x[i];
            for (int i = 0; i < 3; i++) y[k++] = x[i] * x[i];
            for (int i = 0; i < 3; i++)
                for (int j = i + 1; j < 3; j++)
                    y[k++] = x[i] * x[j];
            y[++k - 1] += 0.5 * y[0];
        }
        """, 3, 10);

    [Fact]
    public void Counter_stepped_by_a_stride_and_read_back_from_y() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int k = y.Length - 1;
            for (int i = 0; i < x.Length; i += 1)
            {
                y[k] = Math.Tanh(x[i]);
                k -= 2;
                if (k < 0) k += y.Length - 1; // 5, 3, 1, 4, 2, 0
            }

            int back = 0;
            while (back < 3) { y[back] = y[back] * y[back + 1]; back++; }
        }
        """, 6, 6);

    [Fact]
    public void While_counters_read_after_their_loops() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int i = 0;
            while (i < 4)
            {
                y[i] = x[i] * x[i + 1];
                i++;
            }

            y[i] = x[i] + y[i - 1];     // i is 4 here
            int j = x.Length - 1;
            while (j >= i)
            {
                y[j] += Math.Exp(0.1 * x[j]);
                j--;
            }

            int none = 3;
            while (none < 2) { y[0] = 0; none++; }
            y[j] *= x[none];            // j is 3, none stays 3
        }
        """, 6, 6);

    [Fact]
    public void Argmax_index_gathers_x_and_shifts_a_log_sum_exp() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int best = 0;
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > x[best]) best = i;
            }

            double shift = x[best];
            double sum = 0;
            for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - shift);
            y[0] = shift + Math.Log(sum);

            // Softmax-weighted mean: like y[0], the same whichever of tied maxima is the shift.
            double weighted = 0;
            for (int i = 0; i < x.Length; i++) weighted += x[i] * Math.Exp(x[i] - x[best]);
            y[1] = weighted / sum;
        }
        """, 8, 2);

    [Fact]
    public void Argmax_index_read_beside_it_in_x() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int best = 0;
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > x[best]) best = i;
            }

            y[0] = x[best] * x[(best + 1) % x.Length];
            y[1] = x[best] - x[best == 0 ? 1 : 0];
        }
        """, 8, 2, ties: false); // a tie moves the argmax: the output jumps

    [Fact]
    public void Argmin_by_ternary_per_group_and_a_count_set_in_branches() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int positives = 0;
            for (int g = 0; g < 3; g++)
            {
                int low = 2 * g;
                low = x[2 * g + 1] < x[low] ? 2 * g + 1 : low;
                y[g] = x[low] * x[low];
                if (x[2 * g] > 0)
                {
                    positives++;
                }
                else
                {
                    positives += 0;
                }
            }

            y[3] = positives * x[positives];
        }
        """, 6, 4);

    [Fact]
    public void Helper_with_a_loop_on_span_slices() => Check("""
        static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
        {
            double sum = 0;
            for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
            return sum;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y[0] = Dot(x.Slice(0, 4), x.Slice(4, 4));
            for (int i = 0; i < 2; i++)
            {
                y[i + 1] = Dot(x.Slice(i, 3), x[4..7]) + Dot(x[5..], x[..3]);
            }
        }
        """, 8, 3);

    [Fact]
    public void Helpers_with_early_returns_assigned_parameters_and_an_argmax() => Check("""
        static double Soft(double v, double limit)
        {
            if (v > limit) return limit + Math.Log(1 + v - limit);
            v *= 0.5;
            if (v < -limit)
            {
                return -limit;
            }

            return v * 2;
        }

        static int ArgMax(ReadOnlySpan<double> v)
        {
            int best = 0;
            for (int i = 1; i < v.Length; i++)
            {
                if (v[i] >= v[best]) best = i;
            }

            return best;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> limit)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Soft(x[i], limit[i % 2] + 1);
            }

            int top = ArgMax(x);
            y[top] += x[top];
            double MeanUpTo(ReadOnlySpan<double> v, int n)
            {
                double s = 0;
                for (int i = 0; i < n; i++) s += v[i];
                return s / n;
            }

            y[0] = MeanUpTo(y, 3) * y[1];
        }
        """, 6, 6, [2], ties: false); // a tie moves ArgMax: the output jumps

    [Fact]
    public void Reassigned_integers_are_restored_by_inversion_or_from_the_tape()
    {
        LoweringResult result = Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                int k = 0;
                int best = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    y[k++] = x[i];
                    if (x[i] > x[best]) best = i;
                }

                y[0] += x[best];
            }
            """, 4, 4);
        Assert.Empty(result.Problems);
        ForwardRowModel model = result.Model!;
        var assignments = new List<IntAssign>();
        void Visit(IEnumerable<Statement> statements)
        {
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case IntAssign assign: assignments.Add(assign); break;
                    case ForLoop loop: Visit(loop.Body); break;
                    case IfStatement branch: Visit(branch.WhenTrue); Visit(branch.WhenFalse); break;
                }
            }
        }

        Visit(model.Body);
        IntAssign step = Assert.Single(assignments, a => a.Source == "k++");
        IntAssign argmax = Assert.Single(assignments, a => a.Source == "best = i;");
        Assert.NotNull(IntegerState.Inverse(step));             // k = k - 1 in the reverse: nothing taped
        Assert.False(IntegerState.Records(step, loopDepth: 1));
        Assert.True(IntegerState.Records(argmax, loopDepth: 1)); // best's old value is taped
        Assert.Equal(2, IntegerState.MutableInts(model).Count);

        // Per iteration: the branch flag and, when taken, best's old value (the larger branch is counted).
        Assert.Equal(4 * 2, model.TapeLength);
        string emitted = Emit(model);
        Assert.Contains("k = k - 1; // reverses: k++", emitted, StringComparison.Ordinal);
        Assert.Contains("best = (int)", emitted, StringComparison.Ordinal);
    }
}
