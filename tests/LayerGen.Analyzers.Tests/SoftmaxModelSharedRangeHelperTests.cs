using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A shared helper that softmaxes one range <c>[from, from + count)</c> with its own max, sum and division, called once
/// per row from a row loop, and in a variant also for the side row <c>a - 1</c> before row <c>a</c>. Every call's max,
/// exps, sum and division cover the same range: correct, silent (was a false LG0004 when the side call's exps of row
/// <c>a - 1</c> were taken to reach row <c>a</c>'s division). The bug twins fold the max or the sum over more than the
/// range.
/// </summary>
public class SoftmaxModelSharedRangeHelperTests
{
    /// <summary>Correct helper spellings (flat float/double, for/while/LINQ maxima, 2-D rows, spans), per-row and side-row calls: silent.</summary>
    [Theory]
    [InlineData("FlatPerRow")]
    [InlineData("FlatSideRow")]
    [InlineData("FlatSideRowGuarded")]
    [InlineData("FlatDoubleWhileSideRow")]
    [InlineData("FlatLinqMaxSideRow")]
    [InlineData("RectangularSideRow")]
    [InlineData("SpanSideRow")]
    [InlineData("ColumnMajorSideColumn")]
    [InlineData("FlatOffsetIndexSideRow")]
    [InlineData("FlatEndLocalSideRow")]
    [InlineData("FlatExpLocalSideRow")]
    [InlineData("FlatDoubleSeededSideRow")]
    public async Task CorrectProgramIsSilent(string name)
    {
        var source = Sources[name];
        Assert.Empty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The helper's max over the whole buffer (LG0001) or its sum over the prefix (LG0002).</summary>
    [Theory]
    [InlineData("BugMaxWholeBuffer")]
    [InlineData("BugSumPrefixSideRow")]
    public async Task BugTwinIsReportedAtItsLines(string name)
    {
        var source = Sources[name];
        Assert.NotEmpty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// The model behind the silence: each inlined call's division holds only the exps of its own call (the other call's
    /// exps are rewritten by this call's exp loop before its division reads them), so each site has one exp and one max.
    /// On main every site held both calls' exps, and the side row's site both calls' maxima.
    /// </summary>
    [Theory]
    [InlineData("FlatSideRow")]
    [InlineData("FlatDoubleWhileSideRow")]
    [InlineData("RectangularSideRow")]
    [InlineData("SpanSideRow")]
    [InlineData("ColumnMajorSideColumn")]
    [InlineData("FlatExpLocalSideRow")]
    [InlineData("FlatDoubleSeededSideRow")]
    public void EachCallsDivisionHoldsItsOwnExpsOnly(string name)
    {
        var sites = ModelDescriptions.WithInlinedHelpers(Sources[name], "Run").Describe().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, sites.Length);
        Assert.All(sites, site => Assert.EndsWith("| exps 1", site, StringComparison.Ordinal));
        Assert.All(sites, site => Assert.Single(site.Split(" | max ").Skip(1)));
    }

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["FlatPerRow"] = """
            using System;
            public static class FlatPerRow
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int i = from; i < from + count; i++) max = MathF.Max(max, x[i]);
                    float sum = 0f;
                    for (int i = from; i < from + count; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int a = 0; a < rows; a++) SoftmaxRange(x, y, a * cols, cols);
                }
            }
            """,
        ["FlatSideRow"] = """
            using System;
            public static class FlatSideRow
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int i = from; i < from + count; i++) max = MathF.Max(max, x[i]);
                    float sum = 0f;
                    for (int i = from; i < from + count; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                // Recomputes row a - 1 before row a (wasteful, correct).
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                }
            }
            """,
        ["FlatSideRowGuarded"] = """
            using System;
            public static class FlatSideRowGuarded
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = x[from];
                    for (int i = from + 1; i < from + count; i++) if (x[i] > max) max = x[i];
                    float sum = 0f;
                    for (int i = from; i < from + count; i++) sum += y[i] = MathF.Exp(x[i] - max);
                    float inv = 1f / sum;
                    for (int i = from; i < from + count; i++) y[i] *= inv;
                }

                public static float[] Run(float[] x, int rows, int cols)
                {
                    var y = new float[x.Length];
                    for (int a = 0; a < rows; a++)
                    {
                        if (a > 0) SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                    return y;
                }
            }
            """,
        ["FlatDoubleWhileSideRow"] = """
            using System;
            public static class FlatDoubleWhileSideRow
            {
                static void SoftmaxRange(double[] x, double[] y, int from, int count)
                {
                    double max = double.NegativeInfinity;
                    int i = from;
                    while (i < from + count) { max = Math.Max(max, x[i]); i++; }
                    double sum = 0;
                    i = from;
                    while (i < from + count) { y[i] = Math.Exp(x[i] - max); sum += y[i]; i++; }
                    i = from;
                    while (i < from + count) { y[i] /= sum; i++; }
                }

                public static void Run(double[] x, double[] y, int rows, int cols)
                {
                    int a = 1;
                    while (a < rows)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                        a++;
                    }
                }
            }
            """,
        ["FlatLinqMaxSideRow"] = """
            using System;
            using System.Linq;
            public static class FlatLinqMaxSideRow
            {
                static void SoftmaxRange(double[] x, double[] y, int from, int count)
                {
                    double max = x.Skip(from).Take(count).Max();
                    double sum = 0;
                    for (int i = from; i < from + count; i++) { y[i] = Math.Exp(x[i] - max); sum += y[i]; }
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static double[] Run(double[] x, int rows, int cols)
                {
                    var y = new double[x.Length];
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                    return y;
                }
            }
            """,
        ["RectangularSideRow"] = """
            using System;
            public static class RectangularSideRow
            {
                static void SoftmaxRow(float[,] x, float[,] y, int row, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int c = from; c < from + count; c++) max = MathF.Max(max, x[row, c]);
                    float sum = 0f;
                    for (int c = from; c < from + count; c++) { y[row, c] = MathF.Exp(x[row, c] - max); sum += y[row, c]; }
                    for (int c = from; c < from + count; c++) y[row, c] /= sum;
                }

                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRow(x, y, a - 1, 0, cols);
                        SoftmaxRow(x, y, a, 0, cols);
                    }
                    return y;
                }
            }
            """,
        ["SpanSideRow"] = """
            using System;
            public static class SpanSideRow
            {
                static void SoftmaxRange(ReadOnlySpan<float> x, Span<float> y, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int i = from; i < from + count; i++) max = MathF.Max(max, x[i]);
                    float sum = 0f;
                    for (int i = from; i < from + count; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static void Run(ReadOnlySpan<float> x, Span<float> y, int cols)
                {
                    int rows = x.Length / cols;
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                }
            }
            """,
        ["ColumnMajorSideColumn"] = """
            using System;
            public static class ColumnMajorSideColumn
            {
                // x[classes, batch]: one softmax per column b over the class axis.
                static void SoftmaxColumn(float[,] x, float[,] y, int b, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int k = from; k < from + count; k++) max = MathF.Max(max, x[k, b]);
                    float sum = 0f;
                    for (int k = from; k < from + count; k++) { y[k, b] = MathF.Exp(x[k, b] - max); sum += y[k, b]; }
                    for (int k = from; k < from + count; k++) y[k, b] /= sum;
                }

                public static float[,] Run(float[,] x)
                {
                    int classes = x.GetLength(0), batch = x.GetLength(1);
                    var y = new float[classes, batch];
                    for (int a = 1; a < batch; a++)
                    {
                        SoftmaxColumn(x, y, a - 1, 0, classes);
                        SoftmaxColumn(x, y, a, 0, classes);
                    }
                    return y;
                }
            }
            """,
        ["FlatOffsetIndexSideRow"] = """
            using System;
            public static class FlatOffsetIndexSideRow
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = x[from];
                    for (int i = 1; i < count; i++) max = MathF.Max(max, x[from + i]);
                    float sum = 0f;
                    for (int i = 0; i < count; i++) { y[from + i] = MathF.Exp(x[from + i] - max); sum += y[from + i]; }
                    for (int i = 0; i < count; i++) y[from + i] /= sum;
                }

                public static void Run(float[] logits, float[] probs, int rows, int cols)
                {
                    for (int a = 0; a < rows; a++)
                    {
                        if (a > 0) SoftmaxRange(logits, probs, (a - 1) * cols, cols);
                        SoftmaxRange(logits, probs, a * cols, cols);
                    }
                }
            }
            """,
        ["FlatEndLocalSideRow"] = """
            using System;
            public static class FlatEndLocalSideRow
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    int end = from + count;
                    float max = float.MinValue;
                    for (int i = from; i < end; i++) if (x[i] > max) max = x[i];
                    float sum = 0f;
                    for (int i = from; i < end; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                    for (int i = from; i < end; i++) y[i] = y[i] / sum;
                }

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int a = 1; a < rows; a++)
                    {
                        int side = (a - 1) * cols;
                        SoftmaxRange(x, y, side, cols);
                        SoftmaxRange(x, y, side + cols, cols);
                    }
                }
            }
            """,
        ["FlatExpLocalSideRow"] = """
            using System;
            public static class FlatExpLocalSideRow
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int i = from; i < from + count; i++) max = MathF.Max(max, x[i]);
                    float sum = 0f;
                    for (int i = from; i < from + count; i++)
                    {
                        float e = MathF.Exp(x[i] - max);
                        y[i] = e;
                        sum += e;
                    }

                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                }
            }
            """,
        ["FlatDoubleSeededSideRow"] = """
            using System;
            public static class FlatDoubleSeededSideRow
            {
                static void SoftmaxRange(double[] x, double[] y, int from, int count)
                {
                    double max = x[from];
                    for (int i = from + 1; i < from + count; i++) max = Math.Max(max, x[i]);
                    double sum = 0;
                    for (int i = from; i < from + count; i++) sum += y[i] = Math.Exp(x[i] - max);
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static double[] Run(double[] x, int rows, int cols)
                {
                    var y = new double[rows * cols];
                    for (int a = 0; a < rows; a++)
                    {
                        if (a >= 1) SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                    return y;
                }
            }
            """,
        ["BugMaxWholeBuffer"] = """
            using System;
            public static class BugMaxWholeBuffer
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) max = MathF.Max(max, x[i]); //~ LG0001
                    float sum = 0f;
                    for (int i = from; i < from + count; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                }
            }
            """,
        ["BugSumPrefixSideRow"] = """
            using System;
            public static class BugSumPrefixSideRow
            {
                static void SoftmaxRange(float[] x, float[] y, int from, int count)
                {
                    float max = float.NegativeInfinity;
                    for (int i = from; i < from + count; i++) max = MathF.Max(max, x[i]);
                    for (int i = from; i < from + count; i++) y[i] = MathF.Exp(x[i] - max);
                    float sum = 0f;
                    for (int i = 0; i < from + count; i++) sum += y[i]; //~ LG0002
                    for (int i = from; i < from + count; i++) y[i] /= sum;
                }

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    for (int a = 1; a < rows; a++)
                    {
                        SoftmaxRange(x, y, (a - 1) * cols, cols);
                        SoftmaxRange(x, y, a * cols, cols);
                    }
                }
            }
            """,
    };
}
