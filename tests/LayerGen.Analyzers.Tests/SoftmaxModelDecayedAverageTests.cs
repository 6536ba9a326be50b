using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An exponential moving average with an exp decay (review41 cases10 F19: irregular-time EMA, <c>a = exp(-dt / tau)</c>,
/// bias-corrected by the decayed weight <c>norm = a · norm + (1 − a)</c>): each step interpolates between the old
/// accumulator and the new value with the complementary weights <c>a</c> and <c>1 − a</c>. Neither the average nor its
/// weight total is a sum of exps (the exp only mixes), so <c>ema / norm</c> is no softmax normalisation and LG0003 stays
/// silent whatever the sign of the exponent. Twins that must still report: the same exps summed as weights of a
/// normalisation (<c>num += w · x; den += w</c>, <c>w[t] / Σ w</c>) with a raw exponent.
/// </summary>
public class SoftmaxModelDecayedAverageTests
{
    public static TheoryData<string> ExpDecayedAverages => new()
    {
        // F19: jagged series, the decay and its complement on both accumulators.
        """
        public static void Jagged(float[][] x, float[][] dt, float tau, float[][] outp) {
            for (int s = 0; s < x.Length; s++) {
                float ema = 0f, norm = 0f;
                for (int t = 0; t < x[s].Length; t++) {
                    float a = MathF.Exp(-dt[s][t] / tau);
                    ema = a * ema + (1f - a) * x[s][t];
                    norm = a * norm + (1f - a);
                    outp[s][t] = ema / norm;
                }
            }
        }
        """,
        // A 2D [series, time] buffer, while loops, the decay from timestamps, the complement first.
        """
        public static void TwoDWhile(double[,] x, double[,] time, double tau, double[,] y) {
            int S = x.GetLength(0), T = x.GetLength(1);
            int s = 0;
            while (s < S) {
                double avg = 0.0, weight = 0.0, prev = time[s, 0];
                int t = 0;
                while (t < T) {
                    double decay = Math.Exp(-(time[s, t] - prev) / tau);
                    prev = time[s, t];
                    avg = (1.0 - decay) * x[s, t] + decay * avg;
                    weight = (1.0 - decay) + decay * weight;
                    y[s, t] = avg / weight;
                    t++;
                }
                s++;
            }
        }
        """,
        // One series over spans, the complement held in a local, the output in a separate pass by index.
        """
        public static void OneSeriesSpan(ReadOnlySpan<float> x, ReadOnlySpan<float> dt, float tau, Span<float> y, Span<float> w) {
            float ema = 0f, norm = 0f;
            for (int t = 0; t < x.Length; t++) {
                float keep = MathF.Exp(-dt[t] / tau);
                float take = 1f - keep;
                ema = keep * ema + take * x[t];
                norm = keep * norm + take;
                y[t] = ema;
                w[t] = norm;
            }
            for (int t = 0; t < x.Length; t++) y[t] /= w[t];
        }
        """,
        // foreach over (value, gap) pairs; the result returned for one series.
        """
        public static double Last((double Value, double Gap)[] samples, double tau) {
            double ema = 0.0, norm = 0.0;
            foreach (var (value, gap) in samples) {
                double a = Math.Exp(-gap / tau);
                ema = a * ema + (1.0 - a) * value;
                norm = a * norm + (1.0 - a);
            }
            return ema / norm;
        }
        """,
    };

    public static TheoryData<string> RawExpWeightsNormalised => new()
    {
        // The decay exps as weights of a weighted average: num / den is a normalisation of raw exps.
        """
        public static void WeightedAverage(float[][] x, float[][] dt, float tau, float[] outp) {
            for (int s = 0; s < x.Length; s++) {
                float num = 0f, den = 0f;
                for (int t = 0; t < x[s].Length; t++) {
                    float w = MathF.Exp(dt[s][t] / tau);
                    num += w * x[s][t];
                    den += w;
                }
                outp[s] = num / den;
            }
        }
        """,
        // The exps themselves normalised per series.
        """
        public static void Normalised(double[,] dt, double tau, double[,] w) {
            int S = dt.GetLength(0), T = dt.GetLength(1);
            for (int s = 0; s < S; s++) {
                double sum = 0.0;
                for (int t = 0; t < T; t++) { w[s, t] = Math.Exp(dt[s, t] / tau); sum += w[s, t]; }
                for (int t = 0; t < T; t++) w[s, t] /= sum;
            }
        }
        """,
        // An EMA-looking loop whose weight total adds the exp itself (not its complement): a sum of exps.
        """
        public static void DecayedSumOfExps(float[] x, float[] dt, float tau, float[] y) {
            float ema = 0f, norm = 0f;
            for (int t = 0; t < x.Length; t++) {
                float a = MathF.Exp(dt[t] / tau);
                ema = ema + a * x[t];
                norm = norm + a;
                y[t] = ema / norm;
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(ExpDecayedAverages))]
    public async Task ExpDecayedMovingAverage_IsSilent(string method) =>
        Assert.Empty(await FixRunner.ReportedIdsOfMethodAsync(method));

    [Theory]
    [MemberData(nameof(RawExpWeightsNormalised))]
    public async Task RawExpWeightsNormalised_IsLG0003(string method) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsOfMethodAsync(method));
}
