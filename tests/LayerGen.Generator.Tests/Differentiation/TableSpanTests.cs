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
    public Task Table_passed_as_a_writable_span_is_one_error_at_the_call() => AnalyzerAsync(Layer("""
        static readonly double[] Weights = { 0.5, 1.5 };

        static void Scale(Span<double> w) => w[0] *= 2;

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Scale({|#0:Weights|});
            y[0] = x[0] * Weights[0];
        }
        """), Diagnostic("LG1111", 0));

    [Fact]
    public Task Table_window_passed_as_a_writable_span_after_its_reads_is_one_error_at_the_call() => AnalyzerAsync(Layer("""
        static readonly float[] Steps = { 0.5f, 1.5f, 2.5f };

        static float Bump(Span<float> w, float v) { w[0] += v; return w[0]; }

        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < Steps.Length; i++) y[i] = x[i] * Steps[i];
            Bump({|#0:Steps.AsSpan(1)|}, x[3]);
            y[3] = Steps[^1] * x[3];
        }
        """), Diagnostic("LG1111", 0).WithArguments("the table 'Steps' passed as a writable span ('Bump(Steps.AsSpan(1), x[3])')",
            "constant tables are read-only: take a ReadOnlySpan<T> in the helper, or copy the table into a local buffer (Table.AsSpan().CopyTo(buffer)) and write that"));

    [Fact]
    public void Table_copied_into_buffers_and_y_is_a_constant_with_no_adjoint() => ReassignedIntegerGradientTests.Check("""
        static readonly double[] Kernel = { 0.25, 0.5, 0.25, -1.0, 2.0 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> taps = stackalloc double[5];
            Kernel.AsSpan().CopyTo(taps);
            for (int i = 0; i < 3; i++) taps[i] *= x[i];
            Kernel.AsSpan(3, 2).CopyTo(y.Slice(4));
            double[] bias = new double[4];
            Kernel[1..].CopyTo(bias.AsSpan());
            for (int i = 0; i < 4; i++) y[i] = taps[i] + bias[i] * Math.Tanh(x[i]);
            y[4] *= x[3];
        }
        """, 4, 6);

    [Fact]
    public Task Table_copied_into_a_shorter_span_or_into_x_is_rejected() => AnalyzerAsync(Layer("""
        static readonly double[] Kernel = { 0.25, 0.5, 0.25, -1.0, 2.0 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> three = stackalloc double[3];
            {|#0:Kernel.AsSpan().CopyTo(three)|};
            for (int i = 0; i < y.Length; i++) y[i] = x[i] * three[i % 3];
        }
        """), Diagnostic("LG1111", 0));

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
