using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Ten layers written the way a port of PyTorch or NumPy code writes them (GLU, Mish with PyTorch's softplus threshold,
/// hard swish, an online softmax in flash-attention's (m, s) form, squeeze-and-excitation gating, cosine similarity of
/// the row's halves, single-query attention over a [T, D] row, sinusoidal position encoding, maxout, a cumulative sum
/// and its first difference): each through <see cref="ReassignedIntegerGradientTests.Check"/> (double gradient checks on
/// random, negative, ±1000 and tied rows, the float twin against the double one).
/// </summary>
public class PortedLayerTests
{
    private static void Check(string members, int inputs, int outputs, int[]? parameterLengths = null, bool large = true, bool ties = true) =>
        ReassignedIntegerGradientTests.Check(members, inputs, outputs, parameterLengths, large, ties);

    [Fact]
    public void Glu_over_the_row_halves() => Check("""
        static double Sigmoid(double v) => 1.0 / (1.0 + Math.Exp(-v));

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int half = x.Length / 2;
            ReadOnlySpan<double> a = x[..half], b = x[half..];
            for (int i = 0; i < half; i++) y[i] = a[i] * Sigmoid(b[i]);
        }
        """, 8, 4, large: false);

    [Fact]
    public void Mish_with_the_softplus_threshold() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            const double Threshold = 20.0;
            for (int i = 0; i < x.Length; i++)
            {
                double v = x[i];
                double softplus = v > Threshold ? v : Math.Log(1.0 + Math.Exp(v));
                y[i] = v * Math.Tanh(softplus);
            }
        }
        """, 6, 6);

    [Fact]
    public void Hard_swish_with_Clamp() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = x[i] * double.Clamp(x[i] + 3.0, 0.0, 6.0) / 6.0;
        }
        """, 6, 6);

    [Fact]
    public void Online_softmax_with_tuple_updates() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double m = double.NegativeInfinity, s = 0.0;
            foreach (double v in x)
            {
                double next = Math.Max(m, v);
                (m, s) = (next, s * Math.Exp(m - next) + Math.Exp(v - next));
            }
            for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - m) / s;
        }
        """, 6, 6);

    [Fact]
    public void Squeeze_and_excitation_gate() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> w)
        {
            const int Channels = 3, Length = 4;
            Span<double> pooled = stackalloc double[Channels];
            for (int c = 0; c < Channels; c++)
            {
                double total = 0;
                foreach (double v in x.Slice(c * Length, Length)) total += v;
                pooled[c] = total / Length;
            }
            for (int c = 0; c < Channels; c++)
            {
                double z = w[c] * pooled[c] + w[Channels + c];
                double gate = 1 / (1 + Math.Exp(-z));
                for (int t = 0; t < Length; t++) y[c * Length + t] = x[c * Length + t] * gate;
            }
        }
        """, 12, 12, [6], large: false);

    [Fact]
    public void Cosine_similarity_of_the_halves() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            int n = x.Length / 2;
            double dot = 0, na = 0, nb = 0;
            for (int i = 0; i < n; i++)
            {
                dot += x[i] * x[n + i];
                na += x[i] * x[i];
                nb += x[n + i] * x[n + i];
            }
            y[0] = dot / Math.Max(Math.Sqrt(na) * Math.Sqrt(nb), 0.00000001);
        }
        """, 8, 1);

    [Fact]
    public void Single_query_attention_over_a_reshaped_row() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            const int T = 4, D = 3;
            ReadOnlySpan<double> q = x.Slice(T * D, D);
            Span<double> scores = stackalloc double[T];
            double scale = 1 / Math.Sqrt(D), max = double.NegativeInfinity;
            for (int t = 0; t < T; t++)
            {
                double s = 0;
                for (int d = 0; d < D; d++) s += q[d] * x[t * D + d];
                scores[t] = s * scale;
                max = Math.Max(max, scores[t]);
            }
            double sum = 0;
            for (int t = 0; t < T; t++) { scores[t] = Math.Exp(scores[t] - max); sum += scores[t]; }
            for (int d = 0; d < D; d++)
            {
                double acc = 0;
                for (int t = 0; t < T; t++) acc += scores[t] / sum * x[t * D + d];
                y[d] = acc;
            }
        }
        """, 15, 3);

    [Fact]
    public void Sinusoidal_position_encoding_added() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            const int Positions = 3, Model = 4;
            for (int pos = 0; pos < Positions; pos++)
                for (int i = 0; i < Model; i++)
                {
                    double angle = pos / Math.Pow(10000, (2 * (i / 2)) / (double)Model);
                    double pe = i % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle);
                    y[pos * Model + i] = x[pos * Model + i] * Math.Sqrt(Model) + pe;
                }
        }
        """, 12, 12);

    [Fact]
    public void Maxout_of_three_with_nested_Max() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int j = 0; j < y.Length; j++)
                y[j] = Math.Max(Math.Max(x[3 * j], x[3 * j + 1]), x[3 * j + 2]);
        }
        """, 9, 3);

    [Fact]
    public void Cumulative_sum_and_first_difference() => Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            var cumsum = new double[x.Length];
            double running = 0;
            for (int i = 0; i < x.Length; i++) cumsum[i] = running += x[i];
            y[0] = cumsum[0];
            for (int i = 1; i < x.Length; i++) y[i] = (cumsum[i] - cumsum[i - 1]) * Math.Tanh(cumsum[i]);
        }
        """, 6, 6);
}
