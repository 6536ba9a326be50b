using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>Derived BackwardRow of user-written ForwardRow layers against central differences (double).</summary>
public class BackwardRowGradientTests
{
    /// <param name="ties">False for layers whose output is a maximum itself: not differentiable at a tie (central
    /// differences average the two sides there); the branch taken at ties is tested on its own.</param>
    private static void Check(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true, bool ties = true)
    {
        parameterLengths ??= [];
        CompiledLayer<double> layer = Compile<double>(members, inputs, outputs, parameterLengths);
        var random = new Random(7);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(inputs, 11, large, ties))
        {
            double[][] parameters = parameterLengths.Select(n => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 0.5).ToArray()).ToArray();
            GradientCheck.Verify(layer, x, parameters, seed++);
        }
    }

    [Fact]
    public void Straight_line_with_exp_and_log() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double a = x[0] * x[1] - x[2] / (1 + x[0] * x[0]);
            double b = Math.Exp(0.1 * a) + Math.Log(1 + x[1] * x[1]);
            y[0] = a * b;
            y[1] = -b;
            y[1] += a;
        }
        """, 3, 2, large: false);

    [Fact]
    public void Swish() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1 + Math.Exp(-x[i]));
            }
        }
        """, 16, 16);

    [Fact]
    public void Learner_softmax_max_exp_sum_divide() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double m = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > m) m = x[i];
            }

            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double e = Math.Exp(x[i] - m);
                y[i] = e;
                sum += e;
            }

            for (int i = 0; i < y.Length; i++)
            {
                y[i] /= sum;
            }
        }
        """, 10, 10);

    [Fact]
    public void Gelu_tanh_form() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            const double C = 0.044715;
            double k = Math.Sqrt(2 / Math.PI);
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                y[i] = 0.5 * v * (1 + Math.Tanh(k * (v + C * v * v * v)));
            }
        }
        """, 12, 12);

    [Fact]
    public void Layer_norm_without_parameters() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double mean = 0;
            foreach (double v in x)
            {
                mean += v;
            }

            mean /= x.Length;
            double variance = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double d = x[i] - mean;
                variance += d * d;
            }

            variance /= x.Length;
            double inverse = 1 / Math.Sqrt(variance + 1e-5);
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = (x[i] - mean) * inverse;
            }
        }
        """, 16, 16);

    [Fact]
    public void Layer_norm_with_learnable_gain_and_bias() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> gain, ReadOnlySpan<double> bias)
        {
            double mean = 0;
            for (int i = 0; i < x.Length; i++) mean += x[i];
            mean /= x.Length;
            double variance = 0;
            for (int i = 0; i < x.Length; i++) variance += (x[i] - mean) * (x[i] - mean);
            double inverse = 1 / Math.Sqrt(variance / x.Length + 1e-5);
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = gain[i] * (x[i] - mean) * inverse + bias[i];
            }
        }
        """, 16, 16, [16, 16]);

    [Fact]
    public void Log_sum_exp() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double m = double.NegativeInfinity;
            foreach (double v in x)
            {
                m = Math.Max(m, v);
            }

            double sum = 0;
            for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - m);
            y[0] = m + Math.Log(sum);
        }
        """, 9, 1);

    [Fact]
    public void Different_input_and_output_sizes_with_a_learnable_matrix() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> weights)
        {
            for (int o = 0; o < y.Length; o++)
            {
                double s = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    s += weights[o * x.Length + i] * x[i];
                }

                y[o] = Math.Tanh(s / 100);
            }
        }
        """, 6, 3, [18]);

    [Fact]
    public void Nested_triangular_loops_with_integer_locals_and_a_countdown() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length;
            for (int i = 0; i < n; i++)
            {
                double s = 0;
                for (int j = 0; j <= i; j++)
                {
                    int k = i - j;
                    s += x[j] * Math.Sin(x[k] / 1000);
                }

                y[i] = s;
            }

            for (int i = n - 1; i >= 1; i--)
            {
                y[i - 1] += 0.5 * y[i];
            }
        }
        """, 7, 7);

    [Fact]
    public void Stackalloc_buffers_read_back_and_rewritten() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> t = stackalloc double[x.Length];
            Span<double> prefix = stackalloc double[4];
            for (int i = 0; i < x.Length; i++)
            {
                t[i] = Math.Cos(x[i] / 500) * x[i];
            }

            for (int i = 0; i < x.Length; i++)
            {
                t[i] = t[i] * t[i] / 1000 + Math.Abs(t[i]);
            }

            prefix[0] = t[0];
            for (int i = 1; i < prefix.Length; i++)
            {
                prefix[i] = prefix[i - 1] + t[i];
            }

            for (int i = 0; i < y.Length; i++)
            {
                y[i] = prefix[i % 4] * t[i] / 1000;
            }
        }
        """, 8, 8);

    [Fact]
    public void Ternary_and_if_else_max_and_min() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double high = x[0];
            double low = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                high = x[i] > high ? x[i] : high;
                if (x[i] < low)
                {
                    low = x[i];
                }
                else
                {
                    low = low * 1;
                }
            }

            double clipped = Math.Min(Math.Max(x[1], -1), 1);
            y[0] = high - low;
            y[1] = high * low / 1000 + clipped;
            y[2] = x[2] >= 0 && x[3] >= 0 ? Math.Pow(Math.Abs(x[2]) + 1, 1.5) : -x[2] * x[3];
        }
        """, 6, 3, ties: false);

    [Fact]
    public void Pow_with_a_variable_exponent_and_float_casts() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double b = 1 + 0.1 * Math.Tanh(x[i]);
                y[i] = Math.Pow(2 + Math.Abs(x[i] / 1000), b) + (double)(float)1.5 * x[i];
            }
        }
        """, 5, 5);

    [Fact]
    public void Ties_in_max_send_the_derivative_to_the_branch_the_forward_took()
    {
        CompiledLayer<double> ifMax = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                double m = x[0];
                for (int i = 1; i < x.Length; i++)
                {
                    if (x[i] > m) m = x[i];
                }

                y[0] = m;
            }
            """, 4, 1);
        CompiledLayer<double> ternaryMaxOrEqual = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                double m = x[0];
                for (int i = 1; i < x.Length; i++)
                {
                    m = x[i] >= m ? x[i] : m;
                }

                y[0] = m;
            }
            """, 4, 1);
        double[] tie = [1, 3, 2, 3];

        // '>' keeps the first of the tied maxima, '>=' takes the last: the whole derivative goes to that one.
        Assert.Equal([0, 1, 0, 0], ifMax.Gradients(tie, [1], []).Dx);
        Assert.Equal([0, 0, 0, 1], ternaryMaxOrEqual.Gradients(tie, [1], []).Dx);
    }

    [Fact]
    public void Parameter_gradients_accumulate_and_input_gradient_is_overwritten()
    {
        CompiledLayer<double> layer = Compile<double>("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> scale)
            {
                for (int i = 0; i < y.Length; i++) y[i] = scale[i] * x[i];
            }
            """, 3, 3, [3]);
        double[] x = [1, 2, 3], dy = [1, 1, 1];
        double[][] scale = [[5, 6, 7]];
        double[] dx = [99, 99, 99];
        double[][] gradient = [[10, 10, 10]];
        var scratch = new double[Math.Max(1, layer.ScratchLength)];
        layer.Backward(x, dy, dx, scale, gradient, scratch);
        Assert.Equal([5, 6, 7], dx);
        Assert.Equal([11, 12, 13], gradient[0]);
    }

    [Fact]
    public void User_names_that_look_like_generated_ones_do_not_collide() => Check("""
        static void ForwardRow(ReadOnlySpan<double> dy, Span<double> dx, ReadOnlySpan<double> scratch)
        {
            double tape = 0, tapeTop = 1, g = 0, v0 = 0, g0 = 0, dTape = 0;
            for (int i = 0; i < dy.Length; i++)
            {
                double e = Math.Exp(dy[i] / 100) * scratch[i];
                tape += e;
                tapeTop *= 1 + e / 10;
                g = Math.Max(g, e);
                v0 = e / (1 + tape * tape);
                g0 += v0;
                dTape -= g0 * 0.5;
            }

            for (int i = 0; i < dx.Length; i++)
            {
                double scratchGradient = tape + tapeTop + g + g0 + dTape;
                dx[i] = scratchGradient * dy[i];
            }

            for (int i = 0; i < 2; i++)
            {
                double e = dy[i] * 2;
                dx[i] += e;
            }
        }
        """, 4, 4, [4], ties: false);
}
