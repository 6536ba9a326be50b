using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A maximum fold that also reads a neighbouring row's cell (HeldOut79's miss on <c>Fused_PairedRowsPeak</c>):
/// <c>Math.Max(peak, Math.Max(z[r, c], z[r2, c]))</c>, <c>z[r + 1, c]</c>, <c>z[0, c]</c> beside the row's own cell walk
/// the columns of two rows, so the peak spans more than the row the exps and the sum walk (LG0001 at the fold), as the
/// row loop <c>for (rr = r; rr &lt;= r2; rr++)</c> around it is. A second read of the same row through a copy of its
/// index, a pair of cells of one row (a step-2 walk), and a pipelined next-row peak held in its own accumulator stay silent.
/// </summary>
public class SoftmaxModelNeighbourSliceTests
{
    /// <summary>Rectangular rows in pairs (the corpus file), the pair peak subtracted from both rows of the pair.</summary>
    [Theory]
    [InlineData("double", "Math")]
    [InlineData("float", "MathF")]
    public async Task PairedRowsPeak_IsLG0001(string type, string math)
    {
        var source = $$"""
            using System;

            public static class Pairs
            {
                public static {{type}}[,] Run({{type}}[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new {{type}}[rows, cols];
                    for (int r = 0; r < rows; r += 2)
                    {
                        int r2 = Math.Min(r + 1, rows - 1);
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int c = 0; c < cols; c++)
                            peak = {{math}}.Max(peak, {{math}}.Max(z[r, c], z[r2, c])); //~ LG0001
                        {{type}} sa = 0, sb = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            sa += p[r, c] = {{math}}.Exp(z[r, c] - peak);
                            sb += p[r2, c] = {{math}}.Exp(z[r2, c] - peak);
                        }
                        for (int c = 0; c < cols; c++)
                        {
                            p[r, c] /= sa;
                            if (r2 != r) p[r2, c] /= sb;
                        }
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>One row per iteration, the fold also reading the next row, the first row, or a clamped neighbour.</summary>
    [Theory]
    [InlineData("z[r + 1, c]")]
    [InlineData("z[0, c]")]
    [InlineData("z[r + 1 < rows ? r + 1 : r, c]")]
    [InlineData("z[rows - 1 - r, c]")]
    public async Task RowFoldReadingAnotherRow_IsLG0001(string other)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(OneRow($"peak = Math.Max(peak, Math.Max(z[r, c], {other})); //~ LG0001"));
    }

    /// <summary>The same, the neighbour read in a second fold statement or an if-fold.</summary>
    [Fact]
    public async Task SplitFolds_ReadingTwoRows_AreLG0001()
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(OneRow("{ peak = Math.Max(peak, z[r, c]); peak = Math.Max(peak, z[r + 1, c]); } //~ LG0001"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(OneRow("{ if (z[r, c] > peak) peak = z[r, c]; if (z[r + 1, c] > peak) peak = z[r + 1, c]; } //~ LG0001"));
    }

    /// <summary>Jagged rows, float, the neighbour row read level by level.</summary>
    [Fact]
    public async Task JaggedNeighbourRow_IsLG0001()
    {
        var source = """
            using System;

            public static class Jagged
            {
                public static void Run(float[][] z, float[][] y)
                {
                    for (int r = 0; r < z.Length; r++)
                    {
                        int next = r + 1 < z.Length ? r + 1 : r;
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < z[r].Length; c++)
                            peak = MathF.Max(peak, MathF.Max(z[r][c], z[next][c])); //~ LG0001
                        float sum = 0f;
                        for (int c = 0; c < z[r].Length; c++) sum += y[r][c] = MathF.Exp(z[r][c] - peak);
                        for (int c = 0; c < z[r].Length; c++) y[r][c] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The row's own cell read twice, through the index and through a copy of it: silent.</summary>
    [Theory]
    [InlineData("{ int q = r; peak = Math.Max(peak, Math.Max(z[r, c], z[q, c])); }")]
    [InlineData("peak = Math.Max(peak, z[r, c]);")]
    [InlineData("{ int q = r; peak = Math.Max(peak, z[r, c]); peak = Math.Max(peak, z[q, c]); }")]
    public async Task SameRowReads_AreSilent(string fold)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(OneRow(fold));
    }

    /// <summary>Pairs of cells of one row in a step-2 walk (rectangular and jagged): the row's own axis, silent.</summary>
    [Fact]
    public async Task StepTwoPairsWithinRow_AreSilent()
    {
        var source = """
            using System;

            public static class Pairs
            {
                public static void Run(double[,] z, double[,] y, float[][] a, float[][] b)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    for (int r = 0; r < rows; r++)
                    {
                        double peak = z[r, cols - 1];
                        for (int c = 0; c + 1 < cols; c += 2) peak = Math.Max(peak, Math.Max(z[r, c], z[r, c + 1]));
                        double sum = 0;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = Math.Exp(z[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }

                    for (int r = 0; r < a.Length; r++)
                    {
                        float top = a[r][a[r].Length - 1];
                        for (int c = 0; c + 1 < a[r].Length; c += 2) top = MathF.Max(top, MathF.Max(a[r][c], a[r][c + 1]));
                        float sum = 0f;
                        for (int c = 0; c < a[r].Length; c++) sum += b[r][c] = MathF.Exp(a[r][c] - top);
                        for (int c = 0; c < a[r].Length; c++) b[r][c] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A software-pipelined loop: row r is exponentiated with its peak while the next row's peak is folded into its own
    /// accumulator and handed over (<c>cur = next</c>): each peak is of one row, silent.
    /// </summary>
    [Fact]
    public async Task PipelinedNextRowPeak_IsSilent()
    {
        var source = """
            using System;

            public static class Pipelined
            {
                public static void Run(double[,] x, double[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double cur = double.NegativeInfinity;
                    for (int r = 0; r < rows; r++)
                    {
                        if (r == 0) for (int c = 0; c < cols; c++) cur = Math.Max(cur, x[r, c]);
                        bool more = r + 1 < rows;
                        double next = double.NegativeInfinity;
                        double sum = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            sum += y[r, c] = Math.Exp(x[r, c] - cur);
                            if (more) next = Math.Max(next, x[r + 1, c]);
                        }
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                        cur = next;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string OneRow(string fold) => $$"""
        using System;

        public static class Rows
        {
            public static double[,] Run(double[,] z)
            {
                int rows = z.GetLength(0), cols = z.GetLength(1);
                var p = new double[rows, cols];
                for (int r = 0; r < rows - 1; r++)
                {
                    double peak = double.NegativeInfinity;
                    for (int c = 0; c < cols; c++)
                        {{fold}}
                    double sum = 0;
                    for (int c = 0; c < cols; c++) sum += p[r, c] = Math.Exp(z[r, c] - peak);
                    for (int c = 0; c < cols; c++) p[r, c] /= sum;
                }
                return p;
            }
        }
        """;
}
