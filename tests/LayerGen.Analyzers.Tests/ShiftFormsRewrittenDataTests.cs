using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Review43 A (shiftmore2): the sign with which a max's folds read the data is known only for the data the exp reads.
/// A buffer negated or rewritten in place, or a variable given a new buffer, between the fold and the exp is other
/// data (S06, S26, S31: <c>m = max(-x)</c>, then <c>x[i] = -x[i]</c>, then <c>exp(x - m)</c> is a softmin shifted by its
/// maximum: correct). The same spellings with the buffer unchanged since the fold (written before it, or another
/// buffer written, or the buffer written only after the exps, per row before the next row's max) stay LG0003. And <c>Average()</c> is no shift the rule judges: z-scores and Gaussian, Laplace and
/// RBF kernels around the mean (S01 S23 S43 S44 S47 S52 S53 S56 S62) are silent, as are raw <c>Average()</c> shifts.
/// </summary>
public class ShiftFormsRewrittenDataTests
{
    [Fact]
    public Task BufferRewrittenAfterTheFold_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] NegatedInPlaceFor(double[] x)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, -x[i]);
                for (int i = 0; i < x.Length; i++) x[i] = -x[i];
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static double[] TimesMinusOneAfterLinqMax(double[] x)
            {
                double m = x.Max(v => -v);
                for (int i = 0; i < x.Length; i++) x[i] *= -1;
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static double[] VariableGivenNewBuffer(double[] dist)
            {
                double[] x = dist;
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, -x[i]);
                x = new double[dist.Length];
                for (int i = 0; i < x.Length; i++) x[i] = -dist[i];
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static void ForeachMaxWhileNegate(float[] x, float[] y)
            {
                float m = float.NegativeInfinity;
                foreach (float v in x) if (-v > m) m = -v;
                int j = 0;
                while (j < x.Length) { x[j] = -x[j]; j++; }
                float s = 0f;
                for (j = 0; j < x.Length; j++) { y[j] = MathF.Exp(x[j] - m); s += y[j]; }
                for (j = 0; j < x.Length; j++) y[j] /= s;
            }

            static void RowsNegatedInPlace(float[][] x, float[][] y)
            {
                for (int r = 0; r < x.Length; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < x[r].Length; c++) m = MathF.Max(m, -x[r][c]);
                    for (int c = 0; c < x[r].Length; c++) x[r][c] = -x[r][c];
                    float s = 0f;
                    for (int c = 0; c < x[r].Length; c++) { y[r][c] = MathF.Exp(x[r][c] - m); s += y[r][c]; }
                    for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                }
            }

            static double[] NegatedThenLinqExp(double[] x)
            {
                double m = x.Select(v => -v).Max();
                for (int i = 0; i < x.Length; i++) x[i] = -x[i];
                var e = x.Select(v => Math.Exp(v - m)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }

            static double[] MaxThenNegatedSoftmin(double[] x)
            {
                double m = x.Max();
                for (int i = 0; i < x.Length; i++) x[i] = -x[i];
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(-x[i] - m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }
        }
        """);

    [Fact]
    public Task BufferUnchangedSinceTheFold_Reported() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] NegatedBeforeTheFold(double[] x)
            {
                for (int i = 0; i < x.Length; i++) x[i] = -x[i];
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, -x[i]);
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static double[] OtherBufferNegated(double[] x, double[] d)
            {
                double m = x.Max(v => -v);
                for (int i = 0; i < d.Length; i++) d[i] = -d[i];
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static void ClearedAfterTheExps(double[] x, double[] y)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, -x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) { y[i] /= s; x[i] = 0; }
            }

            static void RowsClearedAfterTheirExps(float[][] x, float[][] y)
            {
                for (int r = 0; r < x.Length; r++)
                {
                    float m = float.NegativeInfinity;
                    int c = 0;
                    while (c < x[r].Length) { m = MathF.Max(m, -x[r][c]); c++; }
                    float s = 0f;
                    for (c = 0; c < x[r].Length; c++) { y[r][c] = MathF.Exp(x[r][c] - m); s += y[r][c]; } //~ LG0003
                    for (c = 0; c < x[r].Length; c++) { y[r][c] /= s; x[r][c] = -x[r][c]; }
                }
            }

            static double[] LinqAfterOtherWrite(double[] x, double[] d)
            {
                double m = x.Max(v => -v);
                d[0] = 0;
                var e = x.Select(v => Math.Exp(v - m)).ToArray(); //~ LG0003
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }
        }
        """);

    [Fact]
    public Task MeanCentredKernelsAndZScores_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] ZScoreInline(double[] x)
            {
                double mean = x.Average();
                double v = 0; for (int i = 0; i < x.Length; i++) v += (x[i] - mean) * (x[i] - mean);
                double std = Math.Sqrt(v / x.Length) + 1e-12;
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp((x[i] - x.Average()) / std); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static double[] ZScoreLinq(double[] x)
            {
                double mu = x.Average();
                double sd = Math.Sqrt(x.Sum(v => (v - mu) * (v - mu)) / x.Length) + 1e-12;
                var e = x.Select(v => Math.Exp((v - mu) / sd)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }

            static double[] GaussianAroundMean(double[] x)
            {
                double mu = x.Average();
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(-(x[i] - mu) * (x[i] - mu) / 2); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static void LaplaceAroundMeanWhile(float[] x, float[] y)
            {
                float mean = x.Average();
                float s = 0f;
                int j = 0;
                while (j < x.Length) { y[j] = MathF.Exp(-MathF.Abs(x[j] - mean)); s += y[j]; j++; }
                for (j = 0; j < x.Length; j++) y[j] /= s;
            }

            static double[] PowAroundStaticAverage(double[] x)
            {
                double mean = Enumerable.Average(x);
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(-Math.Pow(x[i] - mean, 2)); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static double[] RbfToCentroid(double[] x)
            {
                var y = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { double d = x[i] - x.Average(); y[i] = Math.Exp(-d * d); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static void GaussianRowsForeach(float[][] x, float[][] y)
            {
                for (int r = 0; r < x.Length; r++)
                {
                    float mu = x[r].Average();
                    float s = 0f;
                    int c = 0;
                    foreach (float v in x[r]) { float z = v - mu; y[r][c] = MathF.Exp(-0.5f * z * z); s += y[r][c]; c++; }
                    for (c = 0; c < y[r].Length; c++) y[r][c] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task AverageShift_NotReported() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] EnumerableAverage(double[] x)
            {
                double c = Enumerable.Average(x);
                var e = x.Select(v => Math.Exp(v - c)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }

            static void AverageInLoop(float[] x, float[] y)
            {
                float s = 0f;
                for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - x.Average()); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }
        }
        """);

    private static Task AssertMarkedAsync(string source) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
