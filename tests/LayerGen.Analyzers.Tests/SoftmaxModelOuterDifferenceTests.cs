using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// outer: one "outer difference" reading (SoftmaxModel.OuterDifferences.cs). A subtrahend that is input data picked by
/// a loop the minuend does not walk (<c>a[i] - b[j]</c>, <c>v - centres[b]</c>, <c>q[i] - x[j]</c>) is no shift: the
/// difference varies along that loop, so an exp of it normalised over the loop is LG0003 (a far value gives ∞/∞ or 0/0)
/// and a fold of it over both loops spans both (LG0001). Not such a subtrahend: a stored or scattered per-group fold
/// (<c>top[g] = Max(top[g], a.U)</c>, <c>best[nestOf[j]]</c>), a per-slice value of the slice's outer loops
/// (<c>lse[i]</c>, <c>colMax[j]</c>), a parameter; and the self term <c>exp(-(a[i] - a[j])² / h)</c> over a walk of
/// <c>j</c> that includes <c>i</c> (term j = i is 1, every exponent ≤ 0: the sum is ≥ 1). The first part is subshift's
/// cases (review49's extended set, adapted); the second the stored-maximum family, the self term and the outer minima.
/// Numerical labels: every LG0003 case gives NaN for a far row/value/query (values ±1000 or 40σ off), every silent
/// case a finite distribution for the same input.
/// </summary>
public class SoftmaxModelOuterDifferenceTests
{
    // ---- Reported: the subtrahend varies along the softmax slice. ----

    [Fact]
    public Task GaussianBins_RowMajor_ForLoops_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] values, double[] centres, double sigma)
            {
                var m = new double[values.Length, centres.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    double z = 0;
                    for (int b = 0; b < centres.Length; b++)
                    {
                        double d = (values[i] - centres[b]) / sigma;
                        m[i, b] = Math.Exp(-0.5 * d * d); //~ LG0003
                        z += m[i, b];
                    }
                    for (int b = 0; b < centres.Length; b++) m[i, b] /= z;
                }
                return m;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_RowMajor_NearestBinShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] values, double[] centres, double sigma)
            {
                var m = new double[values.Length, centres.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    double near = double.MaxValue, z = 0;
                    for (int b = 0; b < centres.Length; b++) { double d = (values[i] - centres[b]) / sigma; near = Math.Min(near, d * d); }
                    for (int b = 0; b < centres.Length; b++)
                    {
                        double d = (values[i] - centres[b]) / sigma;
                        m[i, b] = Math.Exp(-0.5 * (d * d - near));
                        z += m[i, b];
                    }
                    for (int b = 0; b < centres.Length; b++) m[i, b] /= z;
                }
                return m;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_JaggedFloat_InlineSquare_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[][] F(float[] x, float[] centres, float h)
            {
                var w = new float[x.Length][];
                for (int i = 0; i < x.Length; i++)
                {
                    w[i] = new float[centres.Length];
                    float sum = 0f;
                    for (int k = 0; k < centres.Length; k++)
                    {
                        w[i][k] = MathF.Exp(-(x[i] - centres[k]) * (x[i] - centres[k]) / h); //~ LG0003
                        sum += w[i][k];
                    }
                    for (int k = 0; k < centres.Length; k++) w[i][k] /= sum;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_JaggedFloat_NearestShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[][] F(float[] x, float[] centres, float h)
            {
                var w = new float[x.Length][];
                for (int i = 0; i < x.Length; i++)
                {
                    w[i] = new float[centres.Length];
                    float near = float.MaxValue;
                    for (int k = 0; k < centres.Length; k++) near = MathF.Min(near, (x[i] - centres[k]) * (x[i] - centres[k]));
                    float sum = 0f;
                    for (int k = 0; k < centres.Length; k++)
                    {
                        w[i][k] = MathF.Exp(-((x[i] - centres[k]) * (x[i] - centres[k]) - near) / h);
                        sum += w[i][k];
                    }
                    for (int k = 0; k < centres.Length; k++) w[i][k] /= sum;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_Foreach_HeldOut61Form_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class C
        {
            static double[,] F(IEnumerable<double> values, double[] centres, double sigma)
            {
                var list = values.ToList();
                var m = new double[list.Count, centres.Length];
                int i = 0;
                foreach (double v in list)
                {
                    double z = 0.0;
                    for (int b = 0; b < centres.Length; b++)
                    {
                        double d = (v - centres[b]) / sigma;
                        m[i, b] = Math.Exp(-0.5 * d * d); //~ LG0003
                        z += m[i, b];
                    }
                    for (int b = 0; b < centres.Length; b++) m[i, b] /= z;
                    i++;
                }
                return m;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_Linq_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            static double[] F(double v, double[] centres, double sigma)
            {
                double[] e = centres.Select(c => Math.Exp(-0.5 * (v - c) * (v - c) / (sigma * sigma))).ToArray(); //~ LG0003
                double z = e.Sum();
                return e.Select(w => w / z).ToArray();
            }
        }
        """);

    [Fact]
    public Task GaussianBins_Linq_NearestShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            static double[] F(double v, double[] centres, double sigma)
            {
                double near = centres.Min(c => (v - c) * (v - c));
                double[] e = centres.Select(c => Math.Exp(-0.5 * ((v - c) * (v - c) - near) / (sigma * sigma))).ToArray();
                double z = e.Sum();
                return e.Select(w => w / z).ToArray();
            }
        }
        """);

    [Fact]
    public Task GaussianBins_StoredExponent_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(double v, double[] centres, double sigma)
            {
                var e = new double[centres.Length];
                for (int b = 0; b < centres.Length; b++) { double d = (v - centres[b]) / sigma; e[b] = -0.5 * d * d; }
                double z = 0;
                for (int b = 0; b < centres.Length; b++) { e[b] = Math.Exp(e[b]); z += e[b]; } //~ LG0003
                for (int b = 0; b < centres.Length; b++) e[b] /= z;
                return e;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_StoredExponent_NearestShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(double v, double[] centres, double sigma)
            {
                var e = new double[centres.Length];
                for (int b = 0; b < centres.Length; b++) { double d = (v - centres[b]) / sigma; e[b] = -0.5 * d * d; }
                double top = double.NegativeInfinity;
                for (int b = 0; b < centres.Length; b++) top = Math.Max(top, e[b]);
                double z = 0;
                for (int b = 0; b < centres.Length; b++) { e[b] = Math.Exp(e[b] - top); z += e[b]; }
                for (int b = 0; b < centres.Length; b++) e[b] /= z;
                return e;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_FlatStrided_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(ReadOnlySpan<float> x, ReadOnlySpan<float> centres, float beta, Span<float> w)
            {
                int k = centres.Length;
                for (int i = 0; i < x.Length; i++)
                {
                    float sum = 0f;
                    for (int b = 0; b < k; b++)
                    {
                        float d = x[i] - centres[b];
                        w[i * k + b] = MathF.Exp(-beta * d * d); //~ LG0003
                        sum += w[i * k + b];
                    }
                    for (int b = 0; b < k; b++) w[i * k + b] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task GaussianBins_FlatStrided_NearestShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(ReadOnlySpan<float> x, ReadOnlySpan<float> centres, float beta, Span<float> w)
            {
                int k = centres.Length;
                for (int i = 0; i < x.Length; i++)
                {
                    float near = float.MaxValue;
                    for (int b = 0; b < k; b++) { float d = x[i] - centres[b]; near = MathF.Min(near, d * d); }
                    float sum = 0f;
                    for (int b = 0; b < k; b++)
                    {
                        float d = x[i] - centres[b];
                        w[i * k + b] = MathF.Exp(-beta * (d * d - near));
                        sum += w[i * k + b];
                    }
                    for (int b = 0; b < k; b++) w[i * k + b] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task PerElementOffset_OverTheSecondIndex_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] a, double[] b)
            {
                var w = new double[a.Length, b.Length];
                for (int i = 0; i < a.Length; i++)
                {
                    double z = 0;
                    for (int j = 0; j < b.Length; j++) { w[i, j] = Math.Exp(a[i] - b[j]); z += w[i, j]; } //~ LG0003
                    for (int j = 0; j < b.Length; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task PerElementOffset_MaximumShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] a, double[] b)
            {
                var w = new double[a.Length, b.Length];
                for (int i = 0; i < a.Length; i++)
                {
                    double m = double.NegativeInfinity, z = 0;
                    for (int j = 0; j < b.Length; j++) m = Math.Max(m, a[i] - b[j]);
                    for (int j = 0; j < b.Length; j++) { w[i, j] = Math.Exp(a[i] - b[j] - m); z += w[i, j]; }
                    for (int j = 0; j < b.Length; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task PerElementOffset_JaggedFloat_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[][] F(float[] a, float[] b)
            {
                var w = new float[a.Length][];
                for (int i = 0; i < a.Length; i++)
                {
                    var row = new float[b.Length];
                    float z = 0f;
                    for (int j = 0; j < b.Length; j++) { row[j] = MathF.Exp(a[i] - b[j]); z += row[j]; } //~ LG0003
                    for (int j = 0; j < b.Length; j++) row[j] /= z;
                    w[i] = row;
                }
                return w;
            }
        }
        """);

    // ---- Silent: the subtrahend is constant along the slice (main's reading kept). ----

    [Theory]
    [InlineData("Math.Exp(x[j] - m)")]
    [InlineData("Math.Exp((x[j] - m) * s)")]
    [InlineData("Math.Exp(s * (x[j] - m))")]
    [InlineData("Math.Exp((x[j] - m) / s)")]
    [InlineData("Math.Exp((x[j] - m) / s + 0.0)")]
    [InlineData("Math.Exp((x[j] - mean) / std)")]
    public Task ScalarParameterShift_IsSilent(string exp) => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        static class C
        {
            static double[] F(double[] x, double m, double s, double mean, double std)
            {
                var p = new double[x.Length];
                double z = 0;
                for (int j = 0; j < x.Length; j++) { p[j] = {{exp}}; z += p[j]; }
                for (int j = 0; j < x.Length; j++) p[j] /= z;
                return p;
            }
        }
        """);

    [Fact]
    public Task PerRowLogSumExp_Subtracted_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[,] s, double[] lse)
            {
                int n = s.GetLength(0), k = s.GetLength(1);
                var p = new double[n, k];
                for (int i = 0; i < n; i++)
                {
                    double z = 0;
                    for (int j = 0; j < k; j++) { p[i, j] = Math.Exp(s[i, j] - lse[i]); z += p[i, j]; }
                    for (int j = 0; j < k; j++) p[i, j] /= z;
                }
                return p;
            }
        }
        """);

    [Theory]
    [InlineData("var row = x.AsSpan(i * n, n);", "row[j]")]
    [InlineData("var row = jagged[i];", "row[j]")]
    [InlineData("", "x[i * n + j]")]
    public Task PerRowShiftArray_ThroughRowViews_IsSilent(string view, string element) => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        static class C
        {
            static void F(float[] x, float[][] jagged, float[] rowMax, int rows, int n, float[] y)
            {
                for (int i = 0; i < rows; i++)
                {
                    {{view}}
                    float z = 0f;
                    for (int j = 0; j < n; j++) { y[i * n + j] = MathF.Exp({{element}} - rowMax[i]); z += y[i * n + j]; }
                    for (int j = 0; j < n; j++) y[i * n + j] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task ForeachRows_CounterIndexedShiftArray_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Collections.Generic;
        static class C
        {
            static List<double[]> F(List<double[]> rows, double[] lse)
            {
                var result = new List<double[]>();
                int r = 0;
                foreach (double[] row in rows)
                {
                    var p = new double[row.Length];
                    double z = 0;
                    for (int j = 0; j < row.Length; j++) { p[j] = Math.Exp(row[j] - lse[r]); z += p[j]; }
                    for (int j = 0; j < row.Length; j++) p[j] /= z;
                    result.Add(p);
                    r++;
                }
                return result;
            }
        }
        """);

    [Fact]
    public Task ColumnMajor_PerColumnShiftArray_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] x, float[] colMax)
            {
                int classes = x.GetLength(0), batch = x.GetLength(1);
                var p = new float[classes, batch];
                for (int j = 0; j < batch; j++)
                {
                    float z = 0f;
                    for (int i = 0; i < classes; i++) { p[i, j] = MathF.Exp(x[i, j] - colMax[j]); z += p[i, j]; }
                    for (int i = 0; i < classes; i++) p[i, j] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task GaussianKernelOfPositions_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(int n, double r, double s)
            {
                var w = new double[n];
                double sum = 0;
                for (int i = 0; i < n; i++) { w[i] = Math.Exp(-(i - r) * (i - r) / (2 * s * s)); sum += w[i]; }
                for (int i = 0; i < n; i++) w[i] /= sum;
                return w;
            }
        }
        """);

    [Fact]
    public Task GaussianAroundOneScalarCentre_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(double[] x, double mu, double h)
            {
                var w = new double[x.Length];
                double sum = 0;
                for (int i = 0; i < x.Length; i++) { w[i] = Math.Exp(-(x[i] - mu) * (x[i] - mu) / h); sum += w[i]; }
                for (int i = 0; i < x.Length; i++) w[i] /= sum;
                return w;
            }
        }
        """);

    [Fact]
    public Task GaussianBins_GuardedSum_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(double v, double[] centres, double sigma)
            {
                var e = new double[centres.Length];
                double z = 0;
                for (int b = 0; b < centres.Length; b++) { double d = (v - centres[b]) / sigma; e[b] = Math.Exp(-0.5 * d * d); z += e[b]; }
                for (int b = 0; b < centres.Length; b++) e[b] /= z + 1e-12;
                return e;
            }
        }
        """);

    [Fact]
    public Task SoftminOfDistances_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            static float[] F(float[] d, float t)
            {
                float dmin = d.Min();
                var p = new float[d.Length];
                float z = 0f;
                for (int j = 0; j < d.Length; j++) { p[j] = MathF.Exp(-(d[j] - dmin) / t); z += p[j]; }
                for (int j = 0; j < d.Length; j++) p[j] /= z;
                return p;
            }
        }
        """);

    // ---- A per-element offset along the axis: reported on main already, kept; with a maximum passed in: silent. ----

    [Theory]
    [InlineData("Math.Exp(x[j] - bias[j])", "LG0003")]
    [InlineData("Math.Exp(x[j] - Math.Log(prior[j]))", "LG0003")]
    [InlineData("Math.Exp(x[j] - bias[j] - m)", "")]
    [InlineData("Math.Exp((x[j] - bias[j] - m) / t)", "")]
    public async Task PerClassOffset_IsReadAsMainDoes(string exp, string expected)
    {
        var ids = await FixRunner.ReportedIdsAsync($$"""
        using System;
        static class C
        {
            static double[] F(double[] x, double[] bias, double[] prior, double m, double t)
            {
                var p = new double[x.Length];
                double z = 0;
                for (int j = 0; j < x.Length; j++) { p[j] = {{exp}}; z += p[j]; }
                for (int j = 0; j < x.Length; j++) p[j] /= z;
                return p;
            }
        }
        """);
        Assert.Equal(expected, string.Join(" ", ids));
    }

    [Fact]
    public Task GaussianBins_StoredIn2D_RowMaximumShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] values, double[] centres)
            {
                var m = new double[values.Length, centres.Length];
                for (int i = 0; i < values.Length; i++)
                    for (int b = 0; b < centres.Length; b++) m[i, b] = -(values[i] - centres[b]) * (values[i] - centres[b]);
                for (int i = 0; i < values.Length; i++)
                {
                    double top = double.NegativeInfinity, z = 0;
                    for (int b = 0; b < centres.Length; b++) top = Math.Max(top, m[i, b]);
                    for (int b = 0; b < centres.Length; b++) { m[i, b] = Math.Exp(m[i, b] - top); z += m[i, b]; }
                    for (int b = 0; b < centres.Length; b++) m[i, b] /= z;
                }
                return m;
            }
        }
        """);

    // ---- outer: stored and scattered per-group maxima are folds, not input: silent (review46 P16, P15; review47 F22). ----

    [Fact]
    public Task ScatteredNestMaxima_RecordsThroughLocalKey_WhileSum_NoLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        public record Alt(int Nest, float Utility);
        static class C
        {
            static void F(Alt[] alts, int nests, float[] p)
            {
                var top = new float[nests];
                for (int k = 0; k < nests; k++) top[k] = float.NegativeInfinity;
                foreach (var a in alts) { int g = a.Nest; top[g] = MathF.Max(top[g], a.Utility); }
                for (int k = 0; k < nests; k++)
                {
                    float z = 0; int j = 0;
                    while (j < alts.Length)
                    {
                        if (alts[j].Nest == k) { p[j] = MathF.Exp(alts[j].Utility - top[k]); z += p[j]; } //~ LG0002 (known false report, already on main:: the membership-filtered sum)
                        j++;
                    }
                    for (int i = 0; i < alts.Length; i++) if (alts[i].Nest == k) p[i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task ScatteredNestMaxima_SumNeverReset_OnlyLG0002() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(double[] v, int[] nestOf, int nests, double[] p)
            {
                var best = new double[nests];
                for (int k = 0; k < nests; k++) best[k] = double.NegativeInfinity;
                for (int a = 0; a < v.Length; a++) best[nestOf[a]] = Math.Max(best[nestOf[a]], v[a]);
                double z = 0;
                for (int k = 0; k < nests; k++)
                {
                    for (int j = 0; j < v.Length; j++)
                    {
                        if (nestOf[j] != k) continue;
                        p[j] = Math.Exp(v[j] - best[k]);
                        z += p[j]; //~ LG0002
                    }
                    for (int j = 0; j < v.Length; j++) if (nestOf[j] == k) p[j] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task NestedLogit_TwoLevel_ScatteredMaxima_NoLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(double[] v, int[] nestOf, int nests, double[] p)
            {
                var best = new double[nests]; var iv = new double[nests];
                for (int k = 0; k < nests; k++) best[k] = double.NegativeInfinity;
                for (int j = 0; j < v.Length; j++) best[nestOf[j]] = Math.Max(best[nestOf[j]], v[j]);
                double ivTop = double.NegativeInfinity;
                for (int k = 0; k < nests; k++)
                {
                    double z = 0;
                    for (int j = 0; j < v.Length; j++) if (nestOf[j] == k) z += Math.Exp(v[j] - best[k]); //~ LG0002 (known false report, already on main)
                    iv[k] = best[k] + Math.Log(z);
                    ivTop = Math.Max(ivTop, iv[k]);
                }
                double upper = 0;
                for (int k = 0; k < nests; k++) upper += Math.Exp(iv[k] - ivTop);
                for (int j = 0; j < v.Length; j++)
                {
                    int k = nestOf[j];
                    p[j] = Math.Exp(v[j] - iv[k]) * Math.Exp(iv[k] - ivTop) / upper;
                }
            }
        }
        """);

    [Fact]
    public Task ScatteredNestMaxima_ForeachRecords_FloatKeyFilter_NoLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Collections.Generic;
        public sealed class Choice { public int Group; public float Score; public float P; }
        static class C
        {
            static void F(List<Choice> choices, int groups)
            {
                var peak = new float[groups];
                Array.Fill(peak, float.NegativeInfinity);
                foreach (var c in choices) if (c.Score > peak[c.Group]) peak[c.Group] = c.Score;
                for (int g = 0; g < groups; g++)
                {
                    float z = 0f;
                    foreach (var c in choices) { if (c.Group != g) continue; c.P = MathF.Exp(c.Score - peak[g]); z += c.P; } //~ LG0002 (known false report, already on main, as C10)
                    foreach (var c in choices) if (c.Group == g) c.P /= z;
                }
            }
        }
        """);

    [Fact]
    public Task GatheredGroupMaxima_ThroughKeyPerElement_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(double[] v, int[] key, int groups)
            {
                var best = new double[groups]; var z = new double[groups]; var p = new double[v.Length];
                Array.Fill(best, double.NegativeInfinity);
                for (int j = 0; j < v.Length; j++) best[key[j]] = Math.Max(best[key[j]], v[j]);
                for (int j = 0; j < v.Length; j++) { p[j] = Math.Exp(v[j] - best[key[j]]); z[key[j]] += p[j]; }
                for (int j = 0; j < v.Length; j++) p[j] /= z[key[j]];
                return p;
            }
        }
        """);

    // ---- outer: the self term. Same buffer, same range, difference squared or under Abs: the sum is ≥ 1, silent. ----

    [Fact]
    public Task SelfKernel_SquaredDifference_SameBuffer_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[] F(double[] a, double[] values, double h)
            {
                var r = new double[a.Length];
                for (int i = 0; i < a.Length; i++)
                {
                    double num = 0, den = 0;
                    for (int j = 0; j < a.Length; j++)
                    {
                        double w = Math.Exp(-(a[i] - a[j]) * (a[i] - a[j]) / h);
                        num += w * values[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task SelfKernel_AbsDifference_FloatJaggedWeights_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[][] F(float[] a, float h)
            {
                var w = new float[a.Length][];
                for (int i = 0; i < a.Length; i++)
                {
                    w[i] = new float[a.Length];
                    float z = 0f;
                    for (int j = 0; j < a.Length; j++) { w[i][j] = MathF.Exp(-MathF.Abs(a[i] - a[j]) / h); z += w[i][j]; }
                    for (int j = 0; j < a.Length; j++) w[i][j] /= z;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task SelfKernel_WrittenOutDistance2D_MeanShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static (float[], float[]) F(float[] x, float[] y, float h2)
            {
                var mx = new float[x.Length]; var my = new float[x.Length];
                for (int i = 0; i < x.Length; i++)
                {
                    float sx = 0f, sy = 0f, den = 0f;
                    for (int j = 0; j < x.Length; j++)
                    {
                        float dx = x[i] - x[j], dy = y[i] - y[j];
                        float w = MathF.Exp(-(dx * dx + dy * dy) / h2);
                        sx += w * x[j]; sy += w * y[j]; den += w;
                    }
                    mx[i] = sx / den; my[i] = sy / den;
                }
                return (mx, my);
            }
        }
        """);

    [Fact]
    public Task SelfKernel_ScaledLocalSquared_RowMajorWeights_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] a, double sigma)
            {
                int n = a.Length; var w = new double[n, n];
                for (int i = 0; i < n; i++)
                {
                    double z = 0;
                    for (int j = 0; j < n; j++) { double d = (a[i] - a[j]) / sigma; w[i, j] = Math.Exp(-0.5 * d * d); z += w[i, j]; }
                    for (int j = 0; j < n; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    // ---- outer: the self term does not hold: reported. ----

    [Fact(Skip = "outer: known miss, measured: an outer difference of the exponentiated buffer itself (a[j] of a[i] - a[j]) is still read as a possible maximum by MaskTerms.cs; reporting it also reported review49 X9, exp(x[j] - x[j]) / Σ_k exp(x[k] - x[j]), which is correct")]
    public Task SelfDifference_Unsquared_CanOverflow_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] a)
            {
                int n = a.Length; var w = new double[n, n];
                for (int i = 0; i < n; i++)
                {
                    double z = 0;
                    for (int j = 0; j < n; j++) { w[i, j] = Math.Exp(a[i] - a[j]); z += w[i, j]; } //~ LG0003
                    for (int j = 0; j < n; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    [Fact(Skip = "outer: known miss, measured: an outer difference of the exponentiated buffer itself (a[j] of a[i] - a[j]) is still read as a possible maximum by MaskTerms.cs; reporting it also reported review49 X9, exp(x[j] - x[j]) / Σ_k exp(x[k] - x[j]), which is correct")]
    public Task SelfKernel_ExcludingSelf_IsolatedPoint_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[] x, float beta)
            {
                int n = x.Length; var w = new float[n, n];
                for (int i = 0; i < n; i++)
                {
                    float z = 0f;
                    for (int j = 0; j < n; j++) { if (j == i) continue; float d = x[i] - x[j]; w[i, j] = MathF.Exp(-beta * d * d); z += w[i, j]; } //~ LG0003
                    for (int j = 0; j < n; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    // ---- outer: separate query points (Nadaraya–Watson): a far query gives 0/0, LG0003; shifted by the nearest: silent. ----

    [Fact]
    public Task QueryKernel_SeparateBuffers_Float_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[] F(float[] qx, float[] x, float h2)
            {
                var w = new float[x.Length];
                for (int i = 0; i < qx.Length; i++)
                {
                    float den = 0f;
                    for (int j = 0; j < x.Length; j++) { float dx = qx[i] - x[j]; w[j] = MathF.Exp(-dx * dx / h2); den += w[j]; } //~ LG0003
                    for (int j = 0; j < x.Length; j++) w[j] /= den;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task QueryKernel_SeparateBuffers_NearestShift_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[] F(float[] qx, float[] x, float h2)
            {
                var w = new float[x.Length];
                for (int i = 0; i < qx.Length; i++)
                {
                    float near = float.MaxValue;
                    for (int j = 0; j < x.Length; j++) { float dx = qx[i] - x[j]; near = MathF.Min(near, dx * dx); }
                    float den = 0f;
                    for (int j = 0; j < x.Length; j++) { float dx = qx[i] - x[j]; w[j] = MathF.Exp(-(dx * dx - near) / h2); den += w[j]; }
                    for (int j = 0; j < x.Length; j++) w[j] /= den;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task QueryKernel_Laplace_DoubleRowMajor_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] q, double[] x, double h)
            {
                var w = new double[q.Length, x.Length];
                for (int i = 0; i < q.Length; i++)
                {
                    double z = 0;
                    for (int j = 0; j < x.Length; j++) { w[i, j] = Math.Exp(-Math.Abs(q[i] - x[j]) / h); z += w[i, j]; } //~ LG0003
                    for (int j = 0; j < x.Length; j++) w[i, j] /= z;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task QueryKernel_ForeachQuery_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Collections.Generic;
        static class C
        {
            static List<double[]> F(IReadOnlyList<double> queries, double[] x, double h)
            {
                var result = new List<double[]>();
                foreach (double q in queries)
                {
                    var w = new double[x.Length];
                    double z = 0;
                    for (int j = 0; j < x.Length; j++) { double d = q - x[j]; w[j] = Math.Exp(-d * d / h); z += w[j]; } //~ LG0003
                    for (int j = 0; j < x.Length; j++) w[j] /= z;
                    result.Add(w);
                }
                return result;
            }
        }
        """);

    // ---- outer: a fold of outer distances over both loops spans more than the slice: LG0001 (a per-column one stays LG0004). ----

    [Fact]
    public Task WholeMinimumOfOuterDistances_Gmm1D_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] x, double[] mu, double s2)
            {
                int n = x.Length, k = mu.Length; var r = new double[n, k];
                double mn = double.MaxValue;
                for (int j = 0; j < n; j++) for (int c = 0; c < k; c++) mn = Math.Min(mn, (x[j] - mu[c]) * (x[j] - mu[c])); //~ LG0001
                for (int j = 0; j < n; j++)
                {
                    double z = 0;
                    for (int c = 0; c < k; c++) { r[j, c] = Math.Exp(-((x[j] - mu[c]) * (x[j] - mu[c]) - mn) / (2 * s2)); z += r[j, c]; }
                    for (int c = 0; c < k; c++) r[j, c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task PerPointMinimumOfOuterDistances_Gmm1D_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[] x, double[] mu, double s2)
            {
                int n = x.Length, k = mu.Length; var r = new double[n, k];
                for (int j = 0; j < n; j++)
                {
                    double mn = double.MaxValue;
                    for (int c = 0; c < k; c++) mn = Math.Min(mn, (x[j] - mu[c]) * (x[j] - mu[c]));
                    double z = 0;
                    for (int c = 0; c < k; c++) { r[j, c] = Math.Exp(-((x[j] - mu[c]) * (x[j] - mu[c]) - mn) / (2 * s2)); z += r[j, c]; }
                    for (int c = 0; c < k; c++) r[j, c] /= z;
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task WholeMinimumOfOuterDistances_FloatFlatPalette_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[] F(float[] pix, float[] pal, float t)
            {
                int n = pix.Length, k = pal.Length; var w = new float[n * k];
                float best = float.MaxValue;
                for (int p = 0; p < n; p++) for (int c = 0; c < k; c++) best = MathF.Min(best, MathF.Abs(pix[p] - pal[c])); //~ LG0001
                for (int p = 0; p < n; p++)
                {
                    float z = 0f;
                    for (int c = 0; c < k; c++) { w[p * k + c] = MathF.Exp(-(MathF.Abs(pix[p] - pal[c]) - best) / t); z += w[p * k + c]; }
                    for (int c = 0; c < k; c++) w[p * k + c] /= z;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task PerColumnMinimumOfDistances_UsedForRows_IsLG0004() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] d)
            {
                int n = d.GetLength(0), k = d.GetLength(1); var w = new float[n, k]; var colMin = new float[k];
                for (int c = 0; c < k; c++) { colMin[c] = float.MaxValue; for (int i = 0; i < n; i++) colMin[c] = MathF.Min(colMin[c], d[i, c]); } //~ LG0004
                for (int i = 0; i < n; i++)
                {
                    float z = 0f;
                    for (int c = 0; c < k; c++) { w[i, c] = MathF.Exp(colMin[c] - d[i, c]); z += w[i, c]; }
                    for (int c = 0; c < k; c++) w[i, c] /= z;
                }
                return w;
            }
        }
        """);

    // ---- outer: exp(a[i] - b[j]) over j spelled with LINQ and foreach. ----

    [Fact(Skip = "outer: known miss, measured: a LINQ lambda element subtracted from a captured q[i] is not read as an outer difference yet (the lambda's walk is not a loop of the minuend's facts); the for-loop spellings above are found")]
    public Task OuterDifference_LinqSelectOverKeys_IsLG0003() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            static double[,] F(double[] q, double[] k)
            {
                var p = new double[q.Length, k.Length];
                for (int i = 0; i < q.Length; i++)
                {
                    double[] e = k.Select(kj => Math.Exp(q[i] - kj)).ToArray(); //~ LG0003
                    double z = e.Sum();
                    for (int j = 0; j < k.Length; j++) p[i, j] = e[j] / z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task OuterDifference_LinqShiftedByMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            static double[,] F(double[] q, double[] k)
            {
                var p = new double[q.Length, k.Length];
                for (int i = 0; i < q.Length; i++)
                {
                    double m = k.Max(kj => q[i] - kj);
                    double[] e = k.Select(kj => Math.Exp(q[i] - kj - m)).ToArray();
                    double z = e.Sum();
                    for (int j = 0; j < k.Length; j++) p[i, j] = e[j] / z;
                }
                return p;
            }
        }
        """);
}
