using static LayerGen.Generator.Tests.Differentiation.ReassignedIntegerGradientTests;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// A constant stored over a value an earlier statement computed cuts that value off from everything after it: the
/// derived backward must not pass the later adjoint back to the earlier value (found by probing HeldOut6: after a loop
/// writing <c>y[i] = x[i] * x[i]</c>, <c>y[n - 1] = 0</c> left dx[n − 1] = 2·x[n − 1]·dy[n − 1] where the derivative is 0).
/// Checked by central differences (double) on random, negative, ±1000 and tied rows, with a float twin.
/// </summary>
public class ConstantOverwriteGradientTests
{
    [Fact]
    public void Constant_stored_into_an_output_entry_a_loop_wrote() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length;
            for (int i = 0; i < n; i++) y[i] = x[i] * x[i];
            y[n - 1] = 0;
            y[0] = 1.5;
        }
        """, 5, 5, large: false);

    [Fact]
    public void Constant_stored_into_a_buffer_entry_then_read() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> m = stackalloc double[4];
            for (int i = 0; i < 4; i++) m[i] = Math.Tanh(x[i]);
            m[3] = 0.25;
            m[1] = 0;
            for (int i = 0; i < 4; i++) y[i] = m[i] * x[i];
        }
        """, 4, 4);

    [Fact]
    public void Local_reassigned_a_constant_between_reads() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double s = x[0] * x[1];
            y[0] = s;
            s = 2.0;
            y[1] = s * x[2];
            s = 0;
            y[2] = s + x[1];
        }
        """, 3, 3);

    [Fact]
    public void Constant_stored_in_a_branch_over_a_computed_entry() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(-x[i] * x[i]);
            if (x[0] > 0.5) y[1] = 0;
            else y[2] = -1.0;
        }
        """, 4, 4, large: false, ties: false);
}
