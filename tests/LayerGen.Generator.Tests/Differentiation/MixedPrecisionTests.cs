namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Double locals and casts in float rows (mixed precision): computed in the declared type, converted at the boundaries,
/// differentiated through the casts. The float BackwardRow must agree with the all-double twin to float tolerance.
/// </summary>
public class MixedPrecisionTests
{
    [Fact]
    public void Double_temporary_inside_a_float_gelu() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                float v = x[i];
                var t = -1.702 * v;
                y[i] = (float)(v / (1.0 + Math.Exp(t)));
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                var t = -1.702 * v;
                y[i] = v / (1.0 + Math.Exp(t));
            }
        }
        """, 9);

    [Fact]
    public void Double_accumulators_overwritten_in_loops_and_a_double_foreach_variable() => FloatBackwardRowTests.Agree("""
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            double max = x[0];
            foreach (double v in x) if (v > max) max = v;
            double sum = 0;
            for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);
            double logSum = max + Math.Log(sum);
            for (int i = 0; i < x.Length; i++)
            {
                double shifted = x[i] - logSum;
                shifted *= 0.5;
                y[i] = (float)shifted + x[i] * (float)Math.Exp(shifted);
            }
        }
        """, """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double max = x[0];
            foreach (double v in x) if (v > max) max = v;
            double sum = 0;
            for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);
            double logSum = max + Math.Log(sum);
            for (int i = 0; i < x.Length; i++)
            {
                double shifted = x[i] - logSum;
                shifted *= 0.5;
                y[i] = shifted + x[i] * Math.Exp(shifted);
            }
        }
        """, 10);
}
