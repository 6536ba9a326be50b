using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// ports2: walks over a buffer of stored per-row maxima (SoftmaxModel.StoredFoldWalks.cs). Each <c>rowMax[r] = m</c>
/// is row r's maximum, so <c>rowMax.Max()</c>, <c>foreach (var v in rowMax)</c> or an index loop over <c>rowMax</c>
/// folds every row: subtracted in each row's softmax it is the batch peak (LG0001; a row 1000 below the peak gives 0/0).
/// Silent: each row shifted by its own stored maximum, and a maximum over stored maxima of the same row (chunks of one row).
/// </summary>
public class SoftmaxModelStoredFoldWalksTests
{
    [Fact]
    public Task LinqMaxOfStoredRowMaxima_FlatDouble_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        public static class BatchStable
        {
            public static double[] Forward(double[] x, int classes)
            {
                int batch = x.Length / classes;
                var rowMax = new double[batch];
                for (int r = 0; r < batch; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[r * classes + c]);
                    rowMax[r] = m;
                }
                double shift = rowMax.Max(); //~ LG0001
                var y = new double[x.Length];
                for (int r = 0; r < batch; r++)
                {
                    double sum = 0.0;
                    for (int c = 0; c < classes; c++) { y[r * classes + c] = Math.Exp(x[r * classes + c] - shift); sum += y[r * classes + c]; }
                    for (int c = 0; c < classes; c++) y[r * classes + c] /= sum;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task IndexLoopOverStoredRowMaxima_FlatDouble_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        public static class BatchStable
        {
            public static double[] Forward(double[] x, int classes)
            {
                int batch = x.Length / classes;
                var rowMax = new double[batch];
                for (int r = 0; r < batch; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[r * classes + c]);
                    rowMax[r] = m;
                }
                double shift = double.NegativeInfinity;
                for (int q = 0; q < batch; q++) shift = Math.Max(shift, rowMax[q]); //~ LG0001
                var y = new double[x.Length];
                for (int r = 0; r < batch; r++)
                {
                    double sum = 0.0;
                    for (int c = 0; c < classes; c++) { y[r * classes + c] = Math.Exp(x[r * classes + c] - shift); sum += y[r * classes + c]; }
                    for (int c = 0; c < classes; c++) y[r * classes + c] /= sum;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task ForeachOverStoredRowMaxima_JaggedFloat_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[][] x, float[][] p)
            {
                var rowMax = new float[x.Length];
                for (int n = 0; n < x.Length; n++)
                {
                    float m = float.NegativeInfinity;
                    foreach (float v in x[n]) m = MathF.Max(m, v);
                    rowMax[n] = m;
                }
                float shift = float.NegativeInfinity;
                foreach (float v in rowMax) shift = MathF.Max(shift, v); //~ LG0001
                for (int n = 0; n < x.Length; n++)
                {
                    float total = 0f;
                    for (int c = 0; c < x[n].Length; c++) { p[n][c] = MathF.Exp(x[n][c] - shift); total += p[n][c]; }
                    for (int c = 0; c < x[n].Length; c++) p[n][c] /= total;
                }
            }
        }
        """);

    [Fact]
    public Task LinqMaxOfStoredRowMaxima_Rectangular_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        static class C
        {
            static void F(double[,] x, double[,] p)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var peaks = new double[rows];
                for (int i = 0; i < rows; i++)
                {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++) if (x[i, j] > m) m = x[i, j];
                    peaks[i] = m;
                }
                double top = peaks.Max(); //~ LG0001
                for (int i = 0; i < rows; i++)
                {
                    double z = 0;
                    for (int j = 0; j < cols; j++) { p[i, j] = Math.Exp(x[i, j] - top); z += p[i, j]; }
                    for (int j = 0; j < cols; j++) p[i, j] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task StoredRowMaximum_SubtractedInItsOwnRow_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        public static class BatchStable
        {
            public static double[] Forward(double[] x, int classes)
            {
                int batch = x.Length / classes;
                var rowMax = new double[batch];
                for (int r = 0; r < batch; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[r * classes + c]);
                    rowMax[r] = m;
                }
                var y = new double[x.Length];
                for (int r = 0; r < batch; r++)
                {
                    double sum = 0.0;
                    for (int c = 0; c < classes; c++) { y[r * classes + c] = Math.Exp(x[r * classes + c] - rowMax[r]); sum += y[r * classes + c]; }
                    for (int c = 0; c < classes; c++) y[r * classes + c] /= sum;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task StoredRowMaximum_FoldedPerRow_JaggedFloat_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[][] x, float[][] p)
            {
                var rowMax = new float[x.Length];
                for (int n = 0; n < x.Length; n++)
                {
                    float m = float.NegativeInfinity;
                    foreach (float v in x[n]) m = MathF.Max(m, v);
                    rowMax[n] = m;
                }
                for (int n = 0; n < x.Length; n++)
                {
                    float shift = float.NegativeInfinity;
                    shift = MathF.Max(shift, rowMax[n]);
                    float total = 0f;
                    for (int c = 0; c < x[n].Length; c++) { p[n][c] = MathF.Exp(x[n][c] - shift); total += p[n][c]; }
                    for (int c = 0; c < x[n].Length; c++) p[n][c] /= total;
                }
            }
        }
        """);

    [Fact]
    public Task MaxOfStoredChunkMaxima_OfTheSameRow_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Linq;
        public static class ChunkedRows
        {
            public static double[] Forward(double[] x, int classes, int chunks)
            {
                int batch = x.Length / classes, width = classes / chunks;
                var chunkMax = new double[chunks];
                var y = new double[x.Length];
                for (int r = 0; r < batch; r++)
                {
                    for (int k = 0; k < chunks; k++)
                    {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < width; j++) m = Math.Max(m, x[r * classes + k * width + j]);
                        chunkMax[k] = m;
                    }
                    double shift = chunkMax.Max();
                    double sum = 0.0;
                    for (int c = 0; c < classes; c++) { y[r * classes + c] = Math.Exp(x[r * classes + c] - shift); sum += y[r * classes + c]; }
                    for (int c = 0; c < classes; c++) y[r * classes + c] /= sum;
                }
                return y;
            }
        }
        """);
}
