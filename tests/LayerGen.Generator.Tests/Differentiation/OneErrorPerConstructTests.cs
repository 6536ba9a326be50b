using static LayerGen.Generator.Tests.Differentiation.VerifyDifferentiation;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// One error per construct: once a construct is reported, the values that flow from it (the locals it declares, an
/// array it returns, its <c>out</c> locals, locals computed from those, expressions and method calls on them) get no
/// errors of their own, while a separate construct that takes such a value (a call into a library) is still reported.
/// Shapes other than HeldOut5's ArrayPool, Dictionary and Guid files.
/// </summary>
public class OneErrorPerConstructTests
{
    [Fact]
    public Task Array_returned_by_a_rejected_call_is_silent_where_written_looped_over_and_read() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] {|#0:buffer = System.Buffers.ArrayPool<double>.Shared.Rent(8)|};
            for (int i = 0; i < 4; i++) buffer[i] = Math.Exp(x[i]);
            double s = 0;
            foreach (double b in buffer) s += b;
            double first = buffer[0];
            y[0] = first / s + buffer.Length;
        }
        """), Diagnostic("LG1116", 0));

    [Fact]
    public Task Out_local_of_a_rejected_condition_is_silent_where_read_and_assigned() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            if ({|#0:double.TryParse("0.5", out double scale)|}) y[0] = x[0] * scale;
            scale = Math.Max(scale, 1);
            y[1] = scale * x[1];
        }
        """), Diagnostic("LG1116", 0));

    [Fact]
    public Task Integer_from_a_rejected_source_is_silent_in_later_bit_arithmetic() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int seed = {|#0:Environment.TickCount|};
            int mask = (seed >> 2) & 3;
            for (int i = 0; i < 4; i++) y[i] = ((mask >> i) & 1) * x[i] + x[seed & 3];
        }
        """), Diagnostic("LG1114", 0));

    [Fact]
    public Task Method_of_a_rejected_object_is_silent_but_a_library_call_taking_it_is_reported() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var {|#0:noise = new Random(3)|};
            y[0] = x[0] + noise.NextDouble();
            {|#1:GC.KeepAlive(noise)|};
        }
        """), Diagnostic("LG1116", 0), Diagnostic("LG1111", 1));

    [Fact]
    public Task Span_over_a_rejected_array_is_silent_as_a_helper_argument_and_when_indexed() => AnalyzerAsync(Layer("""
        static double Sum(ReadOnlySpan<double> v) => v[0] + v[1];

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> {|#0:t = new double[] { x[0], x[1] }|};
            y[0] = Sum(t) + t[1];
        }
        """), Diagnostic("LG1117", 0));

    [Fact]
    public Task Field_reads_of_a_rejected_vector_local_and_of_vectors_computed_from_it_are_silent() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            System.Numerics.Vector3 {|#0:p = new System.Numerics.Vector3((float)x[0], (float)x[1], (float)x[2])|};
            var q = System.Numerics.Vector3.Normalize(p) * 2;
            y[0] = q.X + p.Y;
            for (int i = 1; i < 4; i++) y[i] = x[i] * q.Z - p.LengthSquared();
        }
        """), Diagnostic("LG1116", 0));

    [Fact]
    public Task Field_of_a_value_that_was_not_rejected_is_still_reported() => AnalyzerAsync(Layer("""
        struct Settings { public static Settings Default; public double Scale; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            System.Numerics.Complex {|#0:z = new System.Numerics.Complex(x[0], x[1])|};
            y[0] = z.Real * z.Imaginary;
            for (int i = 1; i < 4; i++) y[i] = x[i] * {|#1:Settings.Default.Scale|};
        }
        """), Diagnostic("LG1116", 0), Diagnostic("LG1116", 1));

    [Fact]
    public Task Member_writes_of_a_rejected_struct_local_are_silent_in_every_form() => AnalyzerAsync(Layer("""
        struct Body { public double Position; public double Velocity; }

        static void Nudge(ref double v, double by) => v += by;

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Body {|#0:body = new Body { Position = x[0], Velocity = x[1] }|};
            for (int t = 0; t < 4; t++)
            {
                body.Velocity -= 0.1 * body.Position;
                body.Position = body.Position + 0.1 * body.Velocity;
                body.Position++;
                (body.Position, body.Velocity) = (body.Velocity, body.Position);
                Nudge(ref body.Velocity, x[2]);
                y[t] = body.Position;
            }
        }
        """), Diagnostic("LG1116", 0));

    [Fact]
    public Task Nested_member_writes_of_a_rejected_tuple_local_are_silent() => AnalyzerAsync(Layer("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var {|#0:pair = (Low: (A: x[0], B: x[1]), High: x[2])|};
            pair.Low.A *= 2;
            pair.High /= 3;
            y[0] = pair.Low.A + pair.High;
        }
        """), Diagnostic("LG1116", 0));

    [Fact]
    public Task Member_write_of_a_struct_local_that_was_not_rejected_is_still_reported() => AnalyzerAsync(Layer("""
        struct Counter { public static double Total; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            {|#0:Counter.Total|} += x[0];
            for (int i = 0; i < 4; i++) y[i] = x[i];
        }
        """), Diagnostic("LG1112", 0));
}
