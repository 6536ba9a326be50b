using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row softmax processed in tiles: per tile a local max and a local sum of exps shifted by it, merged online into the
/// row's running max and total (<c>total = total * exp(runMax - newMax) + tileSum * exp(tileMax - newMax)</c>), then
/// the row divided by the total. Both merge terms are rescaled to the row's running max, so the total is the row's sum
/// of <c>exp(x - runMax)</c>: correct, silent (was a false LG0002 at the sum merge). The bug twins carry the total
/// (LG0002) or the tile max (LG0001) across rows. A total carried across rows whose running max restarts at −∞ is no
/// bug (the first merge multiplies it by <c>exp(−∞) = 0</c>): the total-carrying twins seed the running max with the
/// row's first element instead.
/// </summary>
public class SoftmaxModelTileMergeTests
{
    /// <summary>Flat, jagged, span, rectangular tile merges, float and double, 8 and 16 wide: silent.</summary>
    [Theory]
    [InlineData("Flat8")]
    [InlineData("FlatDouble16")]
    [InlineData("Jagged")]
    [InlineData("Span")]
    [InlineData("Rectangular")]
    [InlineData("FlatWhileTiles")]
    [InlineData("FlatTileOffset16")]
    [InlineData("FlatSeparateDivision")]
    [InlineData("FlatStoredTileExps")]
    [InlineData("FlatSeededRunMax")]
    public async Task CorrectProgramIsSilent(string name)
    {
        var source = Sources[name];
        Assert.Empty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// The total not reset per row (LG0002 at the merge), or the tile max carried across rows (LG0001 where it is merged
    /// into the running max, which then spans every row so far).
    /// </summary>
    [Theory]
    [InlineData("BugTotalNotResetFlat")]
    [InlineData("BugTotalNotResetJagged")]
    [InlineData("BugTileMaxCarriedFlat")]
    [InlineData("BugTileMaxCarriedSpan")]
    public async Task BugTwinIsReportedAtItsLines(string name)
    {
        var source = Sources[name];
        Assert.NotEmpty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["Flat8"] = """
            using System;
            public static class Flat8
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    const int Tile = 8;
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += Tile)
                        {
                            int end = Math.Min(t + Tile, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[row + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[row + c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["FlatDouble16"] = """
            using System;
            public static class FlatDouble16
            {
                public static double[] Run(double[] x, int cols)
                {
                    var y = new double[x.Length];
                    int rows = x.Length / cols;
                    for (int r = 0; r < rows; r++)
                    {
                        double runMax = double.NegativeInfinity, total = 0;
                        for (int t = 0; t < cols; t += 16)
                        {
                            int end = Math.Min(t + 16, cols);
                            double tileMax = double.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = Math.Max(tileMax, x[r * cols + c]);
                            double tileSum = 0;
                            for (int c = t; c < end; c++) tileSum += Math.Exp(x[r * cols + c] - tileMax);
                            double newMax = Math.Max(runMax, tileMax);
                            total = total * Math.Exp(runMax - newMax) + tileSum * Math.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] = Math.Exp(x[r * cols + c] - runMax);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= total;
                    }
                    return y;
                }
            }
            """,
        ["Jagged"] = """
            using System;
            public static class Jagged
            {
                public static float[][] Run(float[][] x)
                {
                    var y = new float[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        float[] row = x[r];
                        y[r] = new float[row.Length];
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < row.Length; t += 8)
                        {
                            int end = Math.Min(t + 8, row.Length);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, row[c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(row[c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < row.Length; c++) y[r][c] = MathF.Exp(row[c] - runMax) / total;
                    }
                    return y;
                }
            }
            """,
        ["Span"] = """
            using System;
            public static class SpanTiles
            {
                public static void Run(ReadOnlySpan<float> x, Span<float> y, int cols)
                {
                    for (int r = 0; r < x.Length / cols; r++)
                    {
                        ReadOnlySpan<float> src = x.Slice(r * cols, cols);
                        Span<float> dst = y.Slice(r * cols, cols);
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += 16)
                        {
                            int end = Math.Min(t + 16, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, src[c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(src[c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) dst[c] = MathF.Exp(src[c] - runMax) / total;
                    }
                }
            }
            """,
        ["Rectangular"] = """
            using System;
            public static class RectangularTiles
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += 8)
                        {
                            int end = Math.Min(t + 8, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[r, c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[r, c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[r, c] = MathF.Exp(x[r, c] - runMax) / total;
                    }
                    return y;
                }
            }
            """,
        ["FlatWhileTiles"] = """
            using System;
            public static class FlatWhileTiles
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        int t = 0;
                        while (t < cols)
                        {
                            int end = Math.Min(t + 8, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[row + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[row + c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                            t += 8;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["FlatTileOffset16"] = """
            using System;
            public static class FlatTileOffset16
            {
                const int Tile = 16;

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += Tile)
                        {
                            int len = Math.Min(Tile, cols - t);
                            float tileMax = x[row + t];
                            for (int j = 1; j < len; j++) tileMax = MathF.Max(tileMax, x[row + t + j]);
                            float tileSum = 0f;
                            for (int j = 0; j < len; j++) tileSum += MathF.Exp(x[row + t + j] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["FlatSeparateDivision"] = """
            using System;
            public static class FlatSeparateDivision
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += 8)
                        {
                            int end = Math.Min(t + 8, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[r * cols + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[r * cols + c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] = MathF.Exp(x[r * cols + c] - runMax);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= total;
                    }
                }
            }
            """,
        ["FlatStoredTileExps"] = """
            using System;
            public static class FlatStoredTileExps
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += 8)
                        {
                            int end = Math.Min(t + 8, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[row + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) { y[row + c] = MathF.Exp(x[row + c] - tileMax); tileSum += y[row + c]; }
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["FlatSeededRunMax"] = """
            using System;
            public static class FlatSeededRunMax
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = x[row];
                        float total = 0f;
                        for (int t = 0; t < cols; t += 8)
                        {
                            int end = Math.Min(t + 8, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[row + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[row + c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["BugTotalNotResetFlat"] = """
            using System;
            public static class BugTotalNotResetFlat
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    float total = 0f;
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = x[row];
                        for (int t = 0; t < cols; t += 8)
                        {
                            int end = Math.Min(t + 8, cols);
                            float tileMax = float.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[row + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[row + c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax);
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax); //~ LG0002
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["BugTotalNotResetJagged"] = """
            using System;
            public static class BugTotalNotResetJagged
            {
                public static double[][] Run(double[][] x)
                {
                    var y = new double[x.Length][];
                    double total = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        y[r] = new double[x[r].Length];
                        double runMax = x[r][0];
                        for (int t = 0; t < x[r].Length; t += 8)
                        {
                            int end = Math.Min(t + 8, x[r].Length);
                            double tileMax = double.NegativeInfinity;
                            for (int c = t; c < end; c++) tileMax = Math.Max(tileMax, x[r][c]);
                            double tileSum = 0;
                            for (int c = t; c < end; c++) tileSum += Math.Exp(x[r][c] - tileMax);
                            double newMax = Math.Max(runMax, tileMax);
                            total = total * Math.Exp(runMax - newMax) + tileSum * Math.Exp(tileMax - newMax); //~ LG0002
                            runMax = newMax;
                        }
                        for (int c = 0; c < x[r].Length; c++) y[r][c] = Math.Exp(x[r][c] - runMax) / total;
                    }
                    return y;
                }
            }
            """,
        ["BugTileMaxCarriedFlat"] = """
            using System;
            public static class BugTileMaxCarriedFlat
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    float tileMax = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++)
                    {
                        int row = r * cols;
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += 8)
                        {
                            int end = Math.Min(t + 8, cols);
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, x[row + c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(x[row + c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax); //~ LG0001
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[row + c] = MathF.Exp(x[row + c] - runMax) / total;
                    }
                }
            }
            """,
        ["BugTileMaxCarriedSpan"] = """
            using System;
            public static class BugTileMaxCarriedSpan
            {
                public static void Run(ReadOnlySpan<float> x, Span<float> y, int cols)
                {
                    float tileMax = float.NegativeInfinity;
                    for (int r = 0; r < x.Length / cols; r++)
                    {
                        ReadOnlySpan<float> src = x.Slice(r * cols, cols);
                        float runMax = float.NegativeInfinity;
                        float total = 0f;
                        for (int t = 0; t < cols; t += 16)
                        {
                            int end = Math.Min(t + 16, cols);
                            for (int c = t; c < end; c++) tileMax = MathF.Max(tileMax, src[c]);
                            float tileSum = 0f;
                            for (int c = t; c < end; c++) tileSum += MathF.Exp(src[c] - tileMax);
                            float newMax = MathF.Max(runMax, tileMax); //~ LG0001
                            total = total * MathF.Exp(runMax - newMax) + tileSum * MathF.Exp(tileMax - newMax);
                            runMax = newMax;
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] = MathF.Exp(src[c] - runMax) / total;
                    }
                }
            }
            """,
    };
}
