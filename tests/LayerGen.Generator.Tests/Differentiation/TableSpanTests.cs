using static LayerGen.Generator.Tests.Differentiation.VerifyDifferentiation;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Constant tables passed to helpers as <c>ReadOnlySpan&lt;T&gt;</c> (whole, as a range or an <c>AsSpan</c> window) or
/// held in a read-only span local: the span is aliased to the table, a constant with no adjoint. Gradient checks with
/// float twins (<see cref="ReassignedIntegerGradientTests.Check"/>), in shapes other than HeldOut6's rational
/// activation; plus what stays rejected.
/// </summary>
public class TableSpanTests
{
    [Fact]
    public void Real_table_windows_passed_to_a_helper_looping_with_foreach_and_from_the_end() => ReassignedIntegerGradientTests.Check("""
        static readonly double[] Coefficients = { 0.5, -1.25, 0.75, 2.0, 0.1 };

        static double Polynomial(double v, ReadOnlySpan<double> c)
        {
            double acc = c[^1];
            for (int j = c.Length - 2; j >= 0; j--) acc = acc * v + c[j];
            double total = 0;
            foreach (double k in c) total += k;
            return acc / (1 + total * total);
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            ReadOnlySpan<double> tail = Coefficients[2..];
            for (int i = 0; i < x.Length; i++)
                y[i] = Polynomial(x[i], Coefficients) + Polynomial(Math.Tanh(x[i]), tail) - Polynomial(x[i], Coefficients.AsSpan(1, 2));
        }
        """, 4, 4, large: false);

    [Fact]
    public void Int_table_passed_as_a_span_of_indices() => ReassignedIntegerGradientTests.Check("""
        static readonly int[] Gather = { 2, 0, 3, 1, 1 };

        static double Pick(ReadOnlySpan<double> v, ReadOnlySpan<int> at)
        {
            double s = 0;
            for (int j = 0; j < at.Length; j++) s += v[at[j]] * (j + 1);
            foreach (int k in at) s += v[k] * v[at[^1]];
            return s;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y[0] = Pick(x, Gather);
            y[1] = Pick(x[1..], Gather[..3]);
        }
        """, 5, 2);

    [Fact]
    public Task Table_passed_as_a_writable_span_is_rejected_at_the_call_and_the_table() => AnalyzerAsync(Layer("""
        static readonly double[] Weights = { 0.5, 1.5 };

        static void Scale(Span<double> w) => w[0] *= 2;

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Scale({|#0:Weights|});
            y[0] = x[0] * {|#1:Weights[0]|};
        }
        """), Diagnostic("LG1111", 0), Diagnostic("LG1116", 1));

    [Fact]
    public Task Table_window_outside_the_table_is_rejected() => AnalyzerAsync(Layer("""
        static readonly double[] Weights = { 0.5, 1.5, 2.5 };

        static double First(ReadOnlySpan<double> w) => w[0];

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y[0] = x[0] * First({|#0:Weights[2..5]|});
        }
        """), Diagnostic("LG1117", 0));
}
