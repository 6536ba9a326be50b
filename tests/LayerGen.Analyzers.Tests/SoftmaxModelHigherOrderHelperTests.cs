using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// hof: exps reached through user higher-order helpers and distance helpers. A squared distance summed in a loop or a
/// helper (<c>Distance(p[i], c[k])</c>) and exponentiated, inline or in an exp helper (<c>Gibbs(d, beta)</c>), is raw:
/// the subtracted coordinate of another loop is no maximum (SoftmaxModel.OuterSubtrahends.cs); a user <c>Fold</c>
/// forwarding to <c>Aggregate</c> is a sum or max fold (SoftmaxModel.UserFolds.cs). Correct twins: the per-point
/// nearest distance subtracted, the row max folded with the same user <c>Fold</c>.
/// </summary>
public class SoftmaxModelHigherOrderHelperTests
{
    [Fact]
    public Task Gibbs_DistanceHelper_Jagged_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double Distance(double[] a, double[] b)
            {
                double s = 0.0;
                for (int t = 0; t < a.Length; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
                return s;
            }
            static double Gibbs(double distance, double beta) => Math.Exp(-beta * distance);
            public static double[][] EStep(double[][] points, double[][] centres, double beta)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[centres.Length];
                    double z = 0.0;
                    for (int c = 0; c < centres.Length; c++)
                    {
                        r[i][c] = Gibbs(Distance(points[i], centres[c]), beta); //~ LG0003
                        z += r[i][c];
                    }
                    for (int c = 0; c < centres.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task ExpOfDistanceHelper_Jagged_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double Distance(double[] a, double[] b)
            {
                double s = 0.0;
                for (int t = 0; t < a.Length; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
                return s;
            }
            public static double[][] EStep(double[][] points, double[][] centres, double beta)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[centres.Length];
                    double z = 0.0;
                    for (int c = 0; c < centres.Length; c++)
                    {
                        r[i][c] = Math.Exp(-beta * Distance(points[i], centres[c])); //~ LG0003
                        z += r[i][c];
                    }
                    for (int c = 0; c < centres.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task ExpOfDistanceHelper_Rectangular_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double K(double u) => Math.Exp(-0.5 * u * u);
            static double Distance(double[,] a, int i, double[,] b, int j)
            {
                double acc = 0.0;
                for (int d = 0; d < a.GetLength(1); d++) { double diff = a[i, d] - b[j, d]; acc += diff * diff; }
                return Math.Sqrt(acc);
            }
            public static double[,] W(double[,] q, double[,] x, double h)
            {
                int nq = q.GetLength(0), nt = x.GetLength(0);
                var w = new double[nq, nt];
                for (int i = 0; i < nq; i++)
                {
                    double z = 0.0;
                    for (int j = 0; j < nt; j++)
                    {
                        w[i, j] = Math.Exp(-0.5 * Distance(q, i, x, j) / h); //~ LG0003
                        z += w[i, j];
                    }
                    for (int j = 0; j < nt; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task ExpOfLoopSummedDistance_Jagged_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            public static double[][] EStep(double[][] points, double[][] centres, double beta)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[centres.Length];
                    double z = 0.0;
                    for (int c = 0; c < centres.Length; c++)
                    {
                        double s = 0.0;
                        for (int t = 0; t < points[i].Length; t++) s += (points[i][t] - centres[c][t]) * (points[i][t] - centres[c][t]);
                        r[i][c] = Math.Exp(-beta * s); //~ LG0003
                        z += r[i][c];
                    }
                    for (int c = 0; c < centres.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task Gibbs_DistanceHelper_MinShifted_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double Distance(double[] a, double[] b)
            {
                double s = 0.0;
                for (int t = 0; t < a.Length; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
                return s;
            }
            static double Gibbs(double distance, double beta) => Math.Exp(-beta * distance);
            public static double[][] EStep(double[][] points, double[][] centres, double beta)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[centres.Length];
                    double dMin = double.MaxValue;
                    for (int c = 0; c < centres.Length; c++) dMin = Math.Min(dMin, Distance(points[i], centres[c]));
                    double z = 0.0;
                    for (int c = 0; c < centres.Length; c++)
                    {
                        r[i][c] = Gibbs(Distance(points[i], centres[c]) - dMin, beta);
                        z += r[i][c];
                    }
                    for (int c = 0; c < centres.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task UserFold_StaticLambdaSum_MethodGroupMap_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            public static float[][] Softmax(float[][] x)
            {
                var y = new float[x.Length][];
                for (int r = 0; r < x.Length; r++)
                {
                    float[] e = x[r].Map(MathF.Exp); //~ LG0003
                    float sum = e.Fold(0f, static (a, b) => a + b);
                    y[r] = new float[e.Length];
                    for (int j = 0; j < e.Length; j++) y[r][j] = e[j] / sum;
                }
                return y;
            }
        }
        public static class FloatSequenceExtensions
        {
            public static float[] Map(this float[] xs, System.Func<float, float> f) => System.Array.ConvertAll(xs, x => f(x));
            public static float Fold(this float[] xs, float seed, System.Func<float, float, float> f) => System.Linq.Enumerable.Aggregate(xs, seed, f);
        }
        """);

    [Fact]
    public Task GibbsFloat_DistanceHelper_Rectangular_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float SqDist(float[,] a, int i, float[,] b, int k)
            {
                float s = 0f;
                for (int d = 0; d < a.GetLength(1); d++) { float u = a[i, d] - b[k, d]; s += u * u; }
                return s;
            }
            static float Gibbs(float d, float beta) => MathF.Exp(-beta * d);
            public static float[,] F(float[,] x, float[,] c, float beta)
            {
                int n = x.GetLength(0), k = c.GetLength(0);
                var r = new float[n, k];
                for (int i = 0; i < n; i++)
                {
                    float z = 0f;
                    for (int j = 0; j < k; j++)
                    {
                        r[i, j] = Gibbs(SqDist(x, i, c, j), beta); //~ LG0003
                        z += r[i, j];
                    }
                    for (int j = 0; j < k; j++) r[i, j] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task GibbsFloat_DistanceHelper_NearestShifted_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float SqDist(float[,] a, int i, float[,] b, int k)
            {
                float s = 0f;
                for (int d = 0; d < a.GetLength(1); d++) { float u = a[i, d] - b[k, d]; s += u * u; }
                return s;
            }
            static float Gibbs(float d, float beta) => MathF.Exp(-beta * d);
            public static float[,] F(float[,] x, float[,] c, float beta)
            {
                int n = x.GetLength(0), k = c.GetLength(0);
                var r = new float[n, k];
                for (int i = 0; i < n; i++)
                {
                    float near = float.MaxValue;
                    for (int j = 0; j < k; j++) near = MathF.Min(near, SqDist(x, i, c, j));
                    float z = 0f;
                    for (int j = 0; j < k; j++)
                    {
                        r[i, j] = Gibbs(SqDist(x, i, c, j) - near, beta);
                        z += r[i, j];
                    }
                    for (int j = 0; j < k; j++) r[i, j] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task UserFold_LambdaMap_Rectangular_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            public static float[][] Softmax(float[][] x)
            {
                var y = new float[x.Length][];
                for (int r = 0; r < x.Length; r++)
                {
                    float[] e = x[r].Map(static v => MathF.Exp(v)); //~ LG0003
                    float sum = e.Fold(0f, (a, b) => a + b);
                    y[r] = e.Map(v => v / sum);
                }
                return y;
            }
        }
        public static class FloatSequenceExtensions
        {
            public static float[] Map(this float[] xs, System.Func<float, float> f) => System.Array.ConvertAll(xs, x => f(x));
            public static float Fold(this float[] xs, float seed, System.Func<float, float, float> f) => System.Linq.Enumerable.Aggregate(xs, seed, f);
        }
        """);

    [Fact]
    public Task UserFold_ShiftedInsideMap_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            public static float[][] Softmax(float[][] x)
            {
                var y = new float[x.Length][];
                for (int r = 0; r < x.Length; r++)
                {
                    float m = x[r].Fold(float.NegativeInfinity, MathF.Max);
                    float[] e = x[r].Map(v => MathF.Exp(v - m));
                    float sum = e.Fold(0f, static (a, b) => a + b);
                    y[r] = new float[e.Length];
                    for (int j = 0; j < e.Length; j++) y[r][j] = e[j] / sum;
                }
                return y;
            }
        }
        public static class FloatSequenceExtensions
        {
            public static float[] Map(this float[] xs, System.Func<float, float> f) => System.Array.ConvertAll(xs, x => f(x));
            public static float Fold(this float[] xs, float seed, System.Func<float, float, float> f) => System.Linq.Enumerable.Aggregate(xs, seed, f);
        }
        """);

    [Fact]
    public Task UserFold_DoubleStaticForwarder_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class Folds
        {
            public static double Fold(double[] xs, double seed, Func<double, double, double> f) => Enumerable.Aggregate(xs, seed, f);
        }
        static class C
        {
            public static double[][] Softmax(double[][] x)
            {
                var y = new double[x.Length][];
                for (int r = 0; r < x.Length; r++)
                {
                    double[] e = x[r].Select(Math.Exp).ToArray(); //~ LG0003
                    double sum = Folds.Fold(e, 0.0, (a, b) => a + b);
                    y[r] = new double[e.Length];
                    for (int j = 0; j < e.Length; j++) y[r][j] = e[j] / sum;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task UserFold_DoubleMaxFoldShifted_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class Folds
        {
            public static double Fold(double[] xs, double seed, Func<double, double, double> f) => Enumerable.Aggregate(xs, seed, f);
        }
        static class C
        {
            public static double[][] Softmax(double[][] x)
            {
                var y = new double[x.Length][];
                for (int r = 0; r < x.Length; r++)
                {
                    double m = Folds.Fold(x[r], double.NegativeInfinity, Math.Max);
                    double[] e = x[r].Select(v => Math.Exp(v - m)).ToArray();
                    double sum = Folds.Fold(e, 0.0, (a, b) => a + b);
                    y[r] = new double[e.Length];
                    for (int j = 0; j < e.Length; j++) y[r][j] = e[j] / sum;
                }
                return y;
            }
        }
        """);
}
