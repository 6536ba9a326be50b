using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// hof2: the subtrahend of an outer difference is no maximum only when it is OTHER input data
/// (SoftmaxModel.OuterSubtrahends.cs). Bug cases: Gibbs factors and Gaussian kernels of a distance between two
/// different incoming buffers (parameters, a field, a local alias of one), through helpers, in float and double.
/// Correct twins, silent: self-included kernels (the subtracted point is one of the points the exponent's slice ranges
/// over, so the sum holds exp(0) = 1), per-slice maxima computed by LINQ and read per slice (an array of row maxima, a
/// dictionary of per-group maxima), and a min-shifted kernel.
/// </summary>
public class SoftmaxModelOuterSubtrahendTests
{
    // ---- bug cases: distance to other input data, exponentiated raw ----

    [Fact]
    public Task Gibbs_CentresFromField_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        sealed class KMeans
        {
            private readonly double[][] _centres;
            public KMeans(double[][] centres) => _centres = centres;
            static double Distance(double[] a, double[] b)
            {
                double s = 0.0;
                for (int t = 0; t < a.Length; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
                return s;
            }
            static double Gibbs(double d, double beta) => Math.Exp(-beta * d);
            public double[][] EStep(double[][] points, double beta)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[_centres.Length];
                    double z = 0.0;
                    for (int c = 0; c < _centres.Length; c++)
                    {
                        r[i][c] = Gibbs(Distance(points[i], _centres[c]), beta); //~ LG0003
                        z += r[i][c];
                    }
                    for (int c = 0; c < _centres.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task Gibbs_CentresThroughLocalAlias_Float_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float Distance(float[] a, float[] b)
            {
                float s = 0f;
                for (int t = 0; t < a.Length; t++) { float d = a[t] - b[t]; s += d * d; }
                return s;
            }
            public static float[][] EStep(float[][] points, float[][] centres, float beta)
            {
                var cs = centres;
                var r = new float[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new float[cs.Length];
                    float z = 0f;
                    for (int c = 0; c < cs.Length; c++)
                    {
                        r[i][c] = MathF.Exp(-beta * Distance(points[i], cs[c])); //~ LG0003
                        z += r[i][c];
                    }
                    for (int c = 0; c < cs.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task ExpOfInlineSummedDistance_Rectangular_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            public static double[,] W(double[,] q, double[,] x, double h)
            {
                int nq = q.GetLength(0), nt = x.GetLength(0), dims = q.GetLength(1);
                var w = new double[nq, nt];
                for (int i = 0; i < nq; i++)
                {
                    double z = 0.0;
                    for (int j = 0; j < nt; j++)
                    {
                        double acc = 0.0;
                        for (int d = 0; d < dims; d++) { double diff = q[i, d] - x[j, d]; acc += diff * diff; }
                        w[i, j] = Math.Exp(-acc / h); //~ LG0003
                        z += w[i, j];
                    }
                    for (int j = 0; j < nt; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    // ---- correct twins: self-included kernels ----

    [Fact]
    public Task SelfIncludedKernel_DistanceHelper_Jagged_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double Distance(double[] a, double[] b)
            {
                double s = 0.0;
                for (int t = 0; t < a.Length; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
                return s;
            }
            public static double[][] Affinity(double[][] points, double h)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[points.Length];
                    double z = 0.0;
                    for (int j = 0; j < points.Length; j++)
                    {
                        r[i][j] = Math.Exp(-Distance(points[i], points[j]) / h);
                        z += r[i][j];
                    }
                    for (int j = 0; j < points.Length; j++) r[i][j] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task SelfIncludedKernel_VectorDifferenceLength_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Numerics;
        static class C
        {
            public static float[] MeanShift(Vector2[] pos, float[] a, float h)
            {
                var r = new float[pos.Length];
                for (int i = 0; i < pos.Length; i++)
                {
                    float num = 0f, den = 0f;
                    for (int j = 0; j < pos.Length; j++)
                    {
                        float w = MathF.Exp(-(pos[i] - pos[j]).Length() / h);
                        num += w * a[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task SelfIncludedKernel_VectorDifferenceLengthSquared_Double_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Numerics;
        static class C
        {
            public static double[] Smooth(Vector3[] pos, double[] a, double h2)
            {
                var r = new double[pos.Length];
                for (int i = 0; i < pos.Length; i++)
                {
                    double num = 0, den = 0;
                    for (int j = 0; j < pos.Length; j++)
                    {
                        double w = Math.Exp(-(pos[i] - pos[j]).LengthSquared() / h2);
                        num += w * a[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
        }
        """);

    // ---- correct twins: per-slice maxima computed by LINQ, read per slice ----

    [Fact]
    public Task RowMaximaArray_LinqSelectMax_Jagged_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            public static double[][] Softmax(double[][] rows)
            {
                double[] tops = rows.Select(row => row.Max()).ToArray();
                var p = new double[rows.Length][];
                for (int i = 0; i < rows.Length; i++)
                {
                    double[] row = rows[i];
                    double sum = row.Sum(v => Math.Exp(v - tops[i]));
                    p[i] = new double[row.Length];
                    for (int c = 0; c < row.Length; c++) p[i][c] = Math.Exp(row[c] - tops[i]) / sum;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task RowMaximaArray_LinqSelectMax_ListOfRows_Float_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class C
        {
            public static List<float[]> Softmax(List<float[]> batch)
            {
                float[] maxima = batch.Select(row => row.Max()).ToArray();
                var result = new List<float[]>(batch.Count);
                for (int i = 0; i < batch.Count; i++)
                {
                    float[] row = batch[i];
                    float sum = 0f;
                    var p = new float[row.Length];
                    for (int c = 0; c < row.Length; c++) { p[c] = MathF.Exp(row[c] - maxima[i]); sum += p[c]; }
                    for (int c = 0; c < row.Length; c++) p[c] /= sum;
                    result.Add(p);
                }
                return result;
            }
        }
        """);

    [Fact]
    public Task GroupMaximaDictionary_ReadPerGroup_Rectangular_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            public static void F(double[,] v, int[] groupOf, int nGroups, double[,] p)
            {
                int cols = v.GetLength(1);
                for (int n = 0; n < v.GetLength(0); n++)
                {
                    var top = Enumerable.Range(0, cols).GroupBy(j => groupOf[j]).ToDictionary(g => g.Key, g => g.Max(j => v[n, j]));
                    for (int k = 0; k < nGroups; k++)
                    {
                        double m = top[k];
                        double z = 0.0;
                        for (int j = 0; j < cols; j++) { if (groupOf[j] != k) continue; p[n, j] = Math.Exp(v[n, j] - m); z += p[n, j]; }
                        for (int j = 0; j < cols; j++) if (groupOf[j] == k) p[n, j] /= z;
                    }
                }
            }
        }
        """);

    // ---- correct twin: the kernel shifted by the nearest distance ----

    [Fact]
    public Task Gibbs_FieldCentres_NearestShifted_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        sealed class KMeans
        {
            private readonly double[][] _centres;
            public KMeans(double[][] centres) => _centres = centres;
            static double Distance(double[] a, double[] b)
            {
                double s = 0.0;
                for (int t = 0; t < a.Length; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
                return s;
            }
            public double[][] EStep(double[][] points, double beta)
            {
                var r = new double[points.Length][];
                for (int i = 0; i < points.Length; i++)
                {
                    r[i] = new double[_centres.Length];
                    double nearest = double.MaxValue;
                    for (int c = 0; c < _centres.Length; c++) nearest = Math.Min(nearest, Distance(points[i], _centres[c]));
                    double z = 0.0;
                    for (int c = 0; c < _centres.Length; c++)
                    {
                        r[i][c] = Math.Exp(-beta * (Distance(points[i], _centres[c]) - nearest));
                        z += r[i][c];
                    }
                    for (int c = 0; c < _centres.Length; c++) r[i][c] /= z;
                }
                return r;
            }
        }
        """);
}
