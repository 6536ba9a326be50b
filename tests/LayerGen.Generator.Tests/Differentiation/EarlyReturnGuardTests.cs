using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.GradientCheck;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Early-return guards in ForwardRow's own statements (<c>if (c) { …; return; }</c>, lowered to if/else over the rest):
/// the derived BackwardRow against central differences (double) on rows that take each branch, spelled several ways.
/// </summary>
public class EarlyReturnGuardTests
{
    [Fact]
    public void Guard_at_the_top_that_writes_y_and_returns() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            // Taken by the ±1000 row whose x[0] is large, never near its edge.
            if (x[0] > 500)
            {
                for (int i = 0; i < y.Length; i++) y[i] = 2 * x[i] + x[0];
                return;
            }

            for (int i = 0; i < y.Length; i++) y[i] = x[i] * x[i];
        }
        """, 5, 5);

    [Fact]
    public void Guard_after_a_reduction_clears_y() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double s = 0;
            foreach (double v in x) s += v;
            if (s > 2000) { y.Clear(); return; }
            for (int i = 0; i < x.Length; i++) y[i] = x[i] * s;
        }
        """, 4, 4);

    [Fact]
    public void Else_branch_returns_and_braceless_return() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y[0] = x[0] * x[1];
            if (x[1] < 900) y[1] = x[1];
            else
            {
                y[1] = -x[1];
                y[2] = 3;
                return;
            }

            y[2] = Math.Tanh(x[2]);
            if (x[2] < -900) return;
            y[2] += x[0];
        }
        """, 3, 3);

    [Fact]
    public void Guards_nest_in_the_returning_branch_and_in_the_rest() => VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double m = x[0];
            for (int i = 1; i < x.Length; i++) if (x[i] > m) m = x[i];
            if (m > 500)
            {
                if (x[0] > 500) { y.Fill(1); return; }
                for (int i = 0; i < y.Length; i++) y[i] = x[i] / m;
                return;
            }

            double s = 0;
            for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] - m);
            if (s > 1e300) { y.Clear(); return; }
            for (int i = 0; i < y.Length; i++) y[i] = Math.Exp(x[i] - m) / s;
        }
        """, 6, 6);
}
