using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Divide and conquer over an index range (F(x, lo, mid) and F(x, mid, hi), or mid + 1 for an inclusive range) is read
/// as the fold of the range the call gives (RecursiveFold.RangeHalves.cs), reported at the call like the span halves.
/// </summary>
public class SoftmaxModelRangeHalvesTests
{
    /// <summary>Inclusive [start, end] halving (mid + 1) with a ternary max through locals: the whole buffer is LG0001 at the call; each row's range is silent.</summary>
    [Fact]
    public async Task IndexHalvingMax_InclusiveRows()
    {
        var source = """
            using System;

            public static class Repro
            {
                private static double FindMax(double[] a, int start, int end)
                {
                    if (start == end) return a[start];
                    int mid = (start + end) / 2;
                    double left = FindMax(a, start, mid);
                    double right = FindMax(a, mid + 1, end);
                    return left > right ? left : right;
                }

                public static void Whole(double[] x, double[] y, int cols)
                {
                    double max = FindMax(x, 0, x.Length - 1); //~ LG0001
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        double z = 0;
                        for (int k = 0; k < cols; k++) z += y[o + k] = Math.Exp(x[o + k] - max);
                        for (int k = 0; k < cols; k++) y[o + k] /= z;
                    }
                }

                public static void PerRow(double[] x, double[] y, int cols)
                {
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        double max = FindMax(x, o, o + cols - 1);
                        double z = 0;
                        for (int k = 0; k < cols; k++) z += y[o + k] = Math.Exp(x[o + k] - max);
                        for (int k = 0; k < cols; k++) y[o + k] /= z;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A column's max over the batch by [lo, hi] halving with per-sample sums: LG0004 at the call (not LG0003 at the exp).</summary>
    [Fact]
    public async Task IndexHalvingMax_JaggedColumn()
    {
        var source = """
            using System;

            public static class Repro
            {
                // Max of column c over samples [lo, hi]: per class over the batch, the sum per sample over the classes.
                private static double ColumnPeak(double[][] x, int c, int lo, int hi)
                {
                    if (lo >= hi) return x[lo][c];
                    int mid = (lo + hi) / 2;
                    return Math.Max(ColumnPeak(x, c, lo, mid), ColumnPeak(x, c, mid + 1, hi));
                }

                public static double[][] Softmax(double[][] x)
                {
                    int classes = x[0].Length;
                    var peak = new double[classes];
                    for (int c = 0; c < classes; c++) peak[c] = ColumnPeak(x, c, 0, x.Length - 1); //~ LG0004
                    var y = new double[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        y[b] = new double[classes];
                        double z = 0;
                        for (int c = 0; c < classes; c++) z += y[b][c] = Math.Exp(x[b][c] - peak[c]);
                        for (int c = 0; c < classes; c++) y[b][c] /= z;
                    }

                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct: the halving max given one row's range [start, start + cols).</summary>
    [Fact]
    public async Task IndexHalvingMax_RowRanges_Correct()
    {
        var source = """
            using System;

            public static class Repro
            {
                private static float MaxHalves(float[] x, int lo, int hi)
                {
                    if (hi - lo == 1)
                    {
                        return x[lo];
                    }

                    int mid = lo + ((hi - lo) / 2);
                    return MathF.Max(MaxHalves(x, lo, mid), MaxHalves(x, mid, hi));
                }

                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int start = r * cols;
                        float max = MaxHalves(x, start, start + cols);
                        float sum = 0f;
                        for (int j = start; j < start + cols; j++)
                        {
                            y[j] = MathF.Exp(x[j] - max);
                            sum += y[j];
                        }

                        for (int j = start; j < start + cols; j++) y[j] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0001): [lo, hi) halving given the whole flat buffer, marked at the call.</summary>
    [Fact]
    public async Task IndexHalvingMax_WholeBuffer()
    {
        var source = """
            using System;

            public static class Repro
            {
                private static float MaxHalves(float[] x, int lo, int hi)
                {
                    if (hi - lo == 1)
                    {
                        return x[lo];
                    }

                    int mid = lo + ((hi - lo) / 2);
                    return MathF.Max(MaxHalves(x, lo, mid), MaxHalves(x, mid, hi));
                }

                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    float max = MaxHalves(x, 0, x.Length); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        int start = r * cols;
                        float sum = 0f;
                        for (int j = start; j < start + cols; j++)
                        {
                            y[j] = MathF.Exp(x[j] - max);
                            sum += y[j];
                        }

                        for (int j = start; j < start + cols; j++) y[j] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Pairwise index sum with an empty and a one-index case: over the whole buffer LG0002 at the call; over one row's range silent.</summary>
    [Fact]
    public async Task IndexPairwiseSum_Batch()
    {
        var source = """
            using System;

            public static class Repro
            {
                private static double Pairwise(double[] e, int lo, int hi) =>
                    hi - lo <= 0 ? 0.0 : hi - lo == 1 ? e[lo] : Pairwise(e, lo, (lo + hi) / 2) + Pairwise(e, (lo + hi) / 2, hi);

                public static void Whole(double[] x, double[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int o = r * cols;
                        double m = double.NegativeInfinity;
                        for (int k = 0; k < cols; k++) m = Math.Max(m, x[o + k]);
                        for (int k = 0; k < cols; k++) y[o + k] = Math.Exp(x[o + k] - m);
                    }

                    double z = Pairwise(y, 0, y.Length); //~ LG0002
                    for (int i = 0; i < y.Length; i++) y[i] /= z;
                }

                public static void PerRow(double[] x, double[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int o = r * cols;
                        double m = double.NegativeInfinity;
                        for (int k = 0; k < cols; k++) m = Math.Max(m, x[o + k]);
                        for (int k = 0; k < cols; k++) y[o + k] = Math.Exp(x[o + k] - m);
                        double z = Pairwise(y, o, o + cols);
                        for (int k = 0; k < cols; k++) y[o + k] /= z;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
