using static LayerGen.Generator.Tests.Differentiation.VerifyDifferentiation;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Helpers with <c>ref</c>, <c>out</c>, <c>in</c> and <c>ref readonly</c> float/double parameters, aliased to the caller's
/// storage (a local, an element of y or of a buffer, a declared <c>out</c> local, a discard), through the double gradient
/// check and its float twin (<see cref="ReassignedIntegerGradientTests.Check"/>), in shapes other than HeldOut6's
/// cascaded biquad and inverse-kinematics files; plus what must stay rejected.
/// </summary>
public class ReferenceParameterTests
{
    [Fact]
    public void Ref_state_in_buffer_elements_updated_in_place_by_a_helper_that_returns_a_value() => ReassignedIntegerGradientTests.Check("""
        static double Smooth(double v, ref double level, ref double trend, double alpha)
        {
            double previous = level;
            level = alpha * v + (1 - alpha) * (level + trend);
            trend = 0.5 * (level - previous) + 0.5 * trend;
            return level + trend;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> state = stackalloc double[4];
            state[0] = x[0];
            for (int t = 0; t < x.Length; t++)
            {
                y[t] = Smooth(x[t], ref state[0], ref state[1], 0.4);
                double slow = Smooth(Math.Tanh(x[t]), ref state[2], ref state[3], 0.1);
                y[t] += 0.25 * slow;
            }
        }
        """, 6, 6);

    [Fact]
    public void Void_local_function_accumulates_into_elements_of_y_through_ref() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y.Clear();
            for (int i = 0; i < x.Length; i++)
            {
                AddSquare(ref y[i % 3], x[i]);
                AddSquare(ref y[3], x[i] * y[i % 3]);
            }

            void AddSquare(ref double target, double v)
            {
                target += v * v;
                if (target > 4) target = 4 + Math.Log(target - 3);
            }
        }
        """, 7, 4);

    [Fact]
    public void Out_parameters_declared_reassigned_and_discarded() => ReassignedIntegerGradientTests.Check("""
        static void Polar(double a, double b, out double radius, out double angle)
        {
            radius = Math.Sqrt(a * a + b * b + 0.000001);
            angle = Math.Atan2(b, a);
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Polar(x[0], x[1], out var r, out double theta);
            y[0] = r * Math.Cos(2 * theta);
            Polar(x[2] + r, x[3], out r, out _);
            y[1] = r;
            double s;
            Polar(x[4], theta, out _, out s);
            y[2] = s * x[0];
        }
        """, 5, 3);

    [Fact]
    public void One_variable_passed_by_ref_twice_is_one_storage() => ReassignedIntegerGradientTests.Check("""
        static void Mix(ref double p, ref double q, double w)
        {
            double t = p;
            p = w * q + (1 - w) * p;
            q = t * q;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double a = x[0], b = x[1];
            Mix(ref a, ref b, 0.3);
            y[0] = a; y[1] = b;
            Mix(ref a, ref a, x[2]);
            y[2] = a;
        }
        """, 3, 3);

    [Fact]
    public void In_and_ref_readonly_parameters_read_the_callers_storage_and_pass_refs_on() => ReassignedIntegerGradientTests.Check("""
        static double Scaled(in double v, ref readonly double scale) => v * scale;

        static double Step(ref double state, in double input)
        {
            Decay(ref state);
            state += Scaled(in input, in state);
            return state * state;
        }

        static void Decay(ref double s) => s *= 0.9;

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double state = 0.5;
            for (int i = 0; i < x.Length; i++)
            {
                double squared = Step(ref state, in x[i]);
                y[i] = squared + Scaled(x[i], in state);
            }
        }
        """, 5, 5);

    [Fact]
    public Task Helper_writing_a_ref_parameter_inside_a_larger_expression_is_rejected() => AnalyzerAsync(Layer("""
        static double Bump(ref double s) { s += 1; return s; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double s = x[0];
            y[0] = s + {|#0:Bump(ref s)|};
        }
        """), Diagnostic("LG1111", 0));

    [Fact]
    public Task Ref_int_parameter_is_rejected_at_the_call() => AnalyzerAsync(Layer("""
        static double Next(ref int k, ReadOnlySpan<double> v) { k++; return v[k]; }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int k = 0;
            y[0] = {|#0:Next(ref k, x)|};
        }
        """), Diagnostic("LG1111", 0));

    [Fact]
    public Task Ref_to_a_field_is_rejected_as_a_write_of_the_field() => AnalyzerAsync(Layer("""
        static double Total;

        static void Add(ref double target, double v) => target += v;

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Add(ref {|#0:Total|}, x[0]);
            y[0] = x[0];
        }
        """), Diagnostic("LG1112", 0));

    [Fact]
    public void Messages_name_the_parameter_and_what_is_supported()
    {
        LoweringResultAssert("""
            static double Next(ref int k, ReadOnlySpan<double> v) { k++; return v[k]; }

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                int k = 0;
                y[0] = Next(ref k, x);
            }
            """, "ref parameter 'k' of type int");
        LoweringResultAssert("""
            static double Bump(ref double s) { s += 1; return s; }

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                double s = x[0];
                y[0] = s + Bump(ref s);
            }
            """, "through its ref parameter 's'");
    }

    private static void LoweringResultAssert(string members, string expected)
    {
        var result = DifferentiationHarness.Lower(members, 4, 4);
        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.Arguments.Any(a => a is string text && text.Contains(expected, StringComparison.Ordinal)));
    }
}
