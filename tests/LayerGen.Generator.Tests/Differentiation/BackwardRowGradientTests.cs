using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>Derived BackwardRow of user-written ForwardRow layers against central differences (double).</summary>
public class BackwardRowGradientTests
{
    private static void Check(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true)
    {
        parameterLengths ??= [];
        CompiledLayer<double> layer = Compile<double>(members, inputs, outputs, parameterLengths);
        var random = new Random(7);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(inputs, 11, large))
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
}
