using static LayerGen.Generator.Tests.Differentiation.VerifyDifferentiation;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// One index and window normaliser for every indexable of the subset: <c>^k</c> from the end and ranges
/// <c>a..b</c>, <c>AsSpan(…)</c> and <c>Slice</c> on spans, heap buffers (<c>T[] b = new T[n]</c>), constant tables
/// and spans bound to them; and span methods (<c>CopyTo</c>, <c>Fill</c>, <c>Clear</c>) whose receiver is an array as
/// well as a span. Gradient checks with float twins (<see cref="ReassignedIntegerGradientTests.Check"/>), in shapes other
/// than HeldOut6's spline and Parallel.For files; plus what stays rejected.
/// </summary>
public class IndexAndWindowTests
{
    [Fact]
    public void From_end_indices_on_a_heap_buffer_read_and_written_and_on_x() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] prefix = new double[x.Length];
            prefix[0] = x[0];
            for (int i = 1; i < x.Length; i++) prefix[i] = prefix[i - 1] + x[i] * x[i];
            prefix[^1] = Math.Sqrt(prefix[^1]);
            for (int i = 0; i < y.Length; i++) y[i] = prefix[i] / (1 + prefix[^1]) + x[^(i + 1)];
        }
        """, 5, 5);

    [Fact]
    public void Tables_indexed_from_the_end_as_values_bounds_and_indices() => ReassignedIntegerGradientTests.Check("""
        static readonly double[] Edges = { -2.0, -0.5, 0.5, 2.0 };
        static readonly int[] Order = { 3, 0, 2, 1 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double span = Edges[^1] - Edges[0];
            for (int i = 0; i < x.Length; i++)
            {
                double v = Math.Min(Math.Max(x[i], Edges[0]), Edges[^1]);
                y[i] = (v - Edges[^2]) / span + x[Order[^(i + 1)]];
            }

            y[Order[^4]] *= Edges[Edges.Length - 2];
        }
        """, 4, 4, large: false);

    [Fact]
    public void Windows_of_a_heap_buffer_through_AsSpan_ranges_and_array_span_calls() => ReassignedIntegerGradientTests.Check("""
        static double Sum(ReadOnlySpan<double> v) { double s = 0; foreach (double e in v) s += e; return s; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] work = new double[8];
            Array.Fill(work, 0.25);
            x.CopyTo(work.AsSpan(1));
            double inner = Sum(work.AsSpan(1..^1)) + Sum(work.AsSpan(2, 3)) + Sum(work.AsSpan(^2));
            work.AsSpan()[0] = inner;
            work.CopyTo(y);
            Array.Clear(work);
            y[7] += work[0];
        }
        """, 6, 8);

    [Fact]
    public void Heap_buffer_copied_into_a_window_of_y_as_a_span_buffer_is() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] squares = new double[3];
            for (int i = 0; i < 3; i++) squares[i] = x[i] * x[i + 1];
            squares.CopyTo(y[1..]);
            squares.AsSpan(..2).CopyTo(y.Slice(4, 2));
            y[0] = squares[^1];
        }
        """, 4, 6);

    [Fact]
    public Task Range_of_a_heap_buffer_is_a_copy_and_is_no_view() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] work = new double[4];
            Span<double> tail = {|#0:work[1..]|};
            work[1] = x[0];
            y[0] = tail[0];
        }
        """), Diagnostic("LG1117", 0));

    [Fact]
    public Task From_end_index_past_the_start_of_a_table_is_rejected() => AnalyzerAsync(Layer("""
        static readonly double[] Weights = { 0.5, 1.5 };

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y[0] = x[0] * Weights[{|#0:^3|}];
        }
        """), Diagnostic("LG1114", 0));
}
