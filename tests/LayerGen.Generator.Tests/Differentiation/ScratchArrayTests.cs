using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Heap arrays as scratch (<c>T[] e = new T[n]</c>, n a constant or a span length): local buffers like
/// <c>stackalloc</c> ones. The derived BackwardRow against central differences (double), spelled several ways.
/// </summary>
public class ScratchArrayTests
{
    [Fact]
    public void Softmax_keeping_its_exponentials_in_a_new_array() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] e = new double[x.Length];
            double m = x[0];
            for (int i = 1; i < x.Length; i++) m = Math.Max(m, x[i]);
            double s = 0;
            for (int i = 0; i < e.Length; i++)
            {
                e[i] = Math.Exp(x[i] - m);
                s += e[i];
            }

            for (int i = 0; i < y.Length; i++) y[i] = e[i] / s;
        }
        """, 8, 8);

    [Fact]
    public void Var_array_span_of_an_array_foreach_and_a_helper_span() => VerifyRows("""
        static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return s;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var squares = new double[4];
            Span<double> halves = new double[4];
            for (int i = 0; i < 4; i++)
            {
                squares[i] = x[i] * x[i];
                halves[i] = 0.5 * x[i + 4];
            }

            double total = 0;
            foreach (double v in squares) total += v;
            y[0] = total;
            y[1] = Dot(squares, halves);
            squares[2] += halves[3];
            y[2] = squares[2] * halves[0];
        }
        """, 8, 3);

    [Fact]
    public void Buffer_lengths_from_integer_locals_and_constant_expressions() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length;
            int half = n / 2;
            const int Pairs = 2;
            double mean = 0;
            foreach (var v in x) mean += v;
            mean /= n;
            double[] d = new double[n];                 // as a NumPy port writes d = x - x.mean()
            Span<double> products = stackalloc double[Pairs * half];
            double mad = 0;
            for (int i = 0; i < n; i++)
            {
                d[i] = x[i] - mean;
                mad += Math.Sqrt(d[i] * d[i] + 0.5);
            }

            for (int i = 0; i < products.Length; i++) products[i] = d[i % half] * d[half + (i % half)];
            mad /= n;
            for (int i = 0; i < n; i++) y[i] = d[i] / (mad + 1e-5) + products[i];
        }
        """, 8, 8);

    [Theory]
    [InlineData("for (int i = 1; i < 3; i++)\n{\nint m = i + 1;\ndouble[] t = new double[m];\ny[i] = x[i];\n}", "'m'")]
    [InlineData("double[] {|#0:t = new double[] { x[0], x[1] }|};\ny[0] = t[0] + t[1];", "'t'")]
    [InlineData("double[] t = new double[2];\nt = new double[2];\ny[0] = x[0];", "'t'")]
    [InlineData("double[] t = new double[(int)x[0]];\ny[0] = x[0];", "(int)x[0]")]
    public void Arrays_that_are_no_fixed_scratch_stay_errors(string body, string named)
    {
        LoweringResult result = DifferentiationHarness.Lower("static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n" + body.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal) + "\n}", 4, 4);
        Assert.Null(result.Model);
        Assert.NotEmpty(result.Problems);
        Assert.Contains(result.Problems, p => ((string)p.Arguments[0]).Contains(named, StringComparison.Ordinal));
    }
}
