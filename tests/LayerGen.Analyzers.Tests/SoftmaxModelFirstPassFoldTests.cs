using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A fold made before a counted row loop and read in it on the first pass only (FirstPassFolds.cs). The
/// software-pipelined row softmax folds row 0's max into <c>next</c> before the loop; each row reads <c>peak = next</c>,
/// then resets <c>next</c> and folds row <c>r + 1</c> under <c>if (r + 1 &lt; rows)</c>: row 0's fold is read by row 0
/// alone, and was LG0001 at both folds on main. So is the peeled first row (row 0's max before the loop, the other rows'
/// under <c>if (r &gt; 0)</c> before their exps). Every correct program here is numerically right on ±1000 logits; every
/// bug twin gives NaN on some input (a row of +1000s then a row of −1000s: the carried max underflows the second row).
/// </summary>
public class SoftmaxModelFirstPassFoldTests
{
    /// <summary>Pipelined and peeled row maxima in rectangular, flat, jagged, span, column-major and batched layouts, through a helper or a mask, float and double: silent.</summary>
    [Theory]
    [InlineData("Pipelined")]
    [InlineData("PipelinedFlat")]
    [InlineData("PipelinedJagged")]
    [InlineData("PipelinedSpan")]
    [InlineData("PipelinedNoGuard")]
    [InlineData("PipelinedCountDownGuard")]
    [InlineData("PeeledFirstRow")]
    [InlineData("PipelinedMasked")]
    [InlineData("PipelinedHelper")]
    [InlineData("PipelinedColumnMajor")]
    [InlineData("PipelinedPerBatch")]
    [InlineData("PipelinedLinqJagged")]
    [InlineData("PipelinedLinqJaggedLoopExps")]
    public async Task CorrectProgramIsSilent(string name)
    {
        var source = Sources[name];
        Assert.Empty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Maxima never reset, seeded over every row, another row or another batch, reset on some passes only, or refolded after the use: LG0001 at the seed and the fold.</summary>
    [Theory]
    [InlineData("BugNeverReset")]
    [InlineData("BugNeverResetFlat")]
    [InlineData("BugNeverResetJagged")]
    [InlineData("BugNeverResetSpan")]
    [InlineData("BugSeedAllRows")]
    [InlineData("BugSeedRowOne")]
    [InlineData("BugResetOtherGuard")]
    [InlineData("BugPeeledFirstRowLate")]
    [InlineData("BugSeedAcrossBatches")]
    [InlineData("BugPipelinedLinqRowOne")]
    public async Task BugTwinIsReportedAtItsLines(string name)
    {
        var source = Sources[name];
        Assert.NotEmpty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["Pipelined"] = """
            using System;
            public static class Pipelined
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, c]);
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            next = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]);
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedFlat"] = """
            using System;
            public static class PipelinedFlat
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[c]);
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            next = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[(r + 1) * cols + c]);
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                    }
                }
            }
            """,
        ["PipelinedJagged"] = """
            using System;
            public static class PipelinedJagged
            {
                public static double[][] Run(double[][] x)
                {
                    var y = new double[x.Length][];
                    double next = double.NegativeInfinity;
                    foreach (var v in x[0]) next = Math.Max(next, v);
                    for (int r = 0; r < x.Length; r++)
                    {
                        double peak = next;
                        if (r < x.Length - 1)
                        {
                            next = double.NegativeInfinity;
                            for (int c = 0; c < x[r + 1].Length; c++) next = Math.Max(next, x[r + 1][c]);
                        }
                        y[r] = new double[x[r].Length];
                        double sum = 0;
                        for (int c = 0; c < x[r].Length; c++) sum += y[r][c] = Math.Exp(x[r][c] - peak);
                        for (int c = 0; c < x[r].Length; c++) y[r][c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedSpan"] = """
            using System;
            public static class PipelinedSpan
            {
                public static void Run(ReadOnlySpan<float> x, Span<float> y, int cols)
                {
                    int rows = x.Length / cols;
                    float next = float.NegativeInfinity;
                    var first = x.Slice(0, cols);
                    for (int c = 0; c < first.Length; c++) if (first[c] > next) next = first[c];
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            var ahead = x.Slice((r + 1) * cols, cols);
                            next = float.NegativeInfinity;
                            for (int c = 0; c < ahead.Length; c++) if (ahead[c] > next) next = ahead[c];
                        }
                        var row = x.Slice(r * cols, cols);
                        var outRow = y.Slice(r * cols, cols);
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += outRow[c] = MathF.Exp(row[c] - peak);
                        for (int c = 0; c < cols; c++) outRow[c] /= sum;
                    }
                }
            }
            """,
        ["PipelinedNoGuard"] = """
            using System;
            public static class PipelinedNoGuard
            {
                // x has rows + 1 rows (a padding row at the end): the look-ahead needs no guard.
                public static float[,] Run(float[,] x, int rows)
                {
                    int cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, c]);
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        next = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]);
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedCountDownGuard"] = """
            using System;
            public static class PipelinedCountDownGuard
            {
                // The pipelined next-row max with the row loop written as while and the row's max carried in a swap.
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, c]);
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r != rows - 1)
                        {
                            next = float.NegativeInfinity;
                            for (int c = cols - 1; c >= 0; c--) next = MathF.Max(next, x[r + 1, c]);
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PeeledFirstRow"] = """
            using System;
            public static class PeeledFirstRow
            {
                // Row 0's max is computed before the loop (peeled), every later row's max inside it.
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, x[0, c]);
                    for (int r = 0; r < rows; r++)
                    {
                        if (r > 0)
                        {
                            m = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r, c]);
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - m);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedMasked"] = """
            using System;
            public static class PipelinedMasked
            {
                // Pipelined next-row max over the unmasked entries only (every row has one).
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++)
                    {
                        if (float.IsNegativeInfinity(x[0, c])) continue;
                        next = MathF.Max(next, x[0, c]);
                    }
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            next = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++)
                            {
                                if (float.IsNegativeInfinity(x[r + 1, c])) continue;
                                next = MathF.Max(next, x[r + 1, c]);
                            }
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedHelper"] = """
            using System;
            using System.Linq;
            public static class PipelinedHelper
            {
                static float RowMax(float[,] x, int r)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < x.GetLength(1); c++) m = MathF.Max(m, x[r, c]);
                    return m;
                }

                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = RowMax(x, 0);
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows) next = RowMax(x, r + 1);
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedColumnMajor"] = """
            using System;
            public static class PipelinedColumnMajor
            {
                // z[classes, batch]: a softmax down each column, the next column's max folded while this one is normalised.
                public static double[,] Run(double[,] z)
                {
                    int classes = z.GetLength(0), batch = z.GetLength(1);
                    var p = new double[classes, batch];
                    double next = double.NegativeInfinity;
                    for (int k = 0; k < classes; k++) next = Math.Max(next, z[k, 0]);
                    for (int b = 0; b < batch; b++)
                    {
                        double peak = next;
                        if (b + 1 < batch)
                        {
                            next = double.NegativeInfinity;
                            for (int k = 0; k < classes; k++) next = Math.Max(next, z[k, b + 1]);
                        }
                        double sum = 0;
                        for (int k = 0; k < classes; k++) sum += p[k, b] = Math.Exp(z[k, b] - peak);
                        for (int k = 0; k < classes; k++) p[k, b] /= sum;
                    }
                    return p;
                }
            }
            """,
        ["PipelinedPerBatch"] = """
            using System;
            public static class PipelinedPerBatch
            {
                // x[batch, rows, cols]: per batch, the pipelined next-row max.
                public static float[,,] Run(float[,,] x)
                {
                    int batches = x.GetLength(0), rows = x.GetLength(1), cols = x.GetLength(2);
                    var y = new float[batches, rows, cols];
                    for (int b = 0; b < batches; b++)
                    {
                        float next = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) next = MathF.Max(next, x[b, 0, c]);
                        for (int r = 0; r < rows; r++)
                        {
                            float peak = next;
                            if (r + 1 < rows)
                            {
                                next = float.NegativeInfinity;
                                for (int c = 0; c < cols; c++) next = MathF.Max(next, x[b, r + 1, c]);
                            }
                            float sum = 0f;
                            for (int c = 0; c < cols; c++) sum += y[b, r, c] = MathF.Exp(x[b, r, c] - peak);
                            for (int c = 0; c < cols; c++) y[b, r, c] /= sum;
                        }
                    }
                    return y;
                }
            }
            """,
        ["BugNeverReset"] = """
            using System;
            public static class BugNeverReset
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]); //~ LG0001
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["BugNeverResetFlat"] = """
            using System;
            public static class BugNeverResetFlat
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[(r + 1) * cols + c]); //~ LG0001
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                    }
                }
            }
            """,
        ["BugNeverResetJagged"] = """
            using System;
            public static class BugNeverResetJagged
            {
                public static double[][] Run(double[][] x)
                {
                    var y = new double[x.Length][];
                    double next = double.NegativeInfinity;
                    foreach (var v in x[0]) next = Math.Max(next, v); //~ LG0001
                    for (int r = 0; r < x.Length; r++)
                    {
                        double peak = next;
                        if (r < x.Length - 1)
                        {
                            for (int c = 0; c < x[r + 1].Length; c++) next = Math.Max(next, x[r + 1][c]); //~ LG0001
                        }
                        y[r] = new double[x[r].Length];
                        double sum = 0;
                        for (int c = 0; c < x[r].Length; c++) sum += y[r][c] = Math.Exp(x[r][c] - peak);
                        for (int c = 0; c < x[r].Length; c++) y[r][c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["BugNeverResetSpan"] = """
            using System;
            public static class BugNeverResetSpan
            {
                public static void Run(ReadOnlySpan<float> x, Span<float> y, int cols)
                {
                    int rows = x.Length / cols;
                    float next = float.NegativeInfinity;
                    var first = x.Slice(0, cols);
                    for (int c = 0; c < first.Length; c++) if (first[c] > next) next = first[c]; //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            var ahead = x.Slice((r + 1) * cols, cols);
                            for (int c = 0; c < ahead.Length; c++) if (ahead[c] > next) next = ahead[c]; //~ LG0001
                        }
                        var row = x.Slice(r * cols, cols);
                        var outRow = y.Slice(r * cols, cols);
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += outRow[c] = MathF.Exp(row[c] - peak);
                        for (int c = 0; c < cols; c++) outRow[c] /= sum;
                    }
                }
            }
            """,
        ["BugSeedAllRows"] = """
            using System;
            public static class BugSeedAllRows
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int q = 0; q < rows; q++)
                        for (int c = 0; c < cols; c++) next = MathF.Max(next, x[q, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            next = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]); //~ LG0001
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["BugSeedRowOne"] = """
            using System;
            public static class BugSeedRowOne
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[1, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows)
                        {
                            next = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]); //~ LG0001
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["BugResetOtherGuard"] = """
            using System;
            public static class BugResetOtherGuard
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r % 2 == 1 && r + 1 < rows)
                        {
                            next = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]); //~ LG0001
                        }
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["BugPeeledFirstRowLate"] = """
            using System;
            public static class BugPeeledFirstRowLate
            {
                // The later rows' max is folded after the row's exps: row r reads row r - 1's max (row 1 reads row 0's).
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, x[0, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - m);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                        if (r > 0)
                        {
                            m = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r, c]); //~ LG0001
                        }
                    }
                    return y;
                }
            }
            """,
        ["BugSeedAcrossBatches"] = """
            using System;
            public static class BugSeedAcrossBatches
            {
                // x[batch, rows, cols]: the first batch's row 0 seeds every batch's first row.
                public static float[,,] Run(float[,,] x)
                {
                    int batches = x.GetLength(0), rows = x.GetLength(1), cols = x.GetLength(2);
                    var y = new float[batches, rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, 0, c]); //~ LG0001
                    for (int b = 0; b < batches; b++)
                    {
                        for (int r = 0; r < rows; r++)
                        {
                            float peak = next;
                            if (r + 1 < rows)
                            {
                                next = float.NegativeInfinity;
                                for (int c = 0; c < cols; c++) next = MathF.Max(next, x[b, r + 1, c]); //~ LG0001
                            }
                            float sum = 0f;
                            for (int c = 0; c < cols; c++) sum += y[b, r, c] = MathF.Exp(x[b, r, c] - peak);
                            for (int c = 0; c < cols; c++) y[b, r, c] /= sum;
                        }
                    }
                    return y;
                }
            }
            """,
        ["PipelinedLinqJagged"] = """
            using System;
            using System.Linq;
            public static class PipelinedLinqJagged
            {
                // Each row's max is fetched one iteration ahead: row r reads the max of row r.
                public static double[][] Run(double[][] x)
                {
                    int rows = x.Length;
                    var y = new double[rows][];
                    double next = x[0].Max();
                    for (int r = 0; r < rows; r++)
                    {
                        double max = next;
                        if (r + 1 < rows) next = x[r + 1].Max();
                        y[r] = x[r].Select(v => Math.Exp(v - max)).ToArray();
                        double sum = y[r].Sum();
                        for (int c = 0; c < y[r].Length; c++) y[r][c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["PipelinedLinqJaggedLoopExps"] = """
            using System;
            using System.Linq;
            public static class PipelinedLinqJaggedLoopExps
            {
                public static float[][] Run(float[][] x)
                {
                    var y = new float[x.Length][];
                    float next = x[0].Max();
                    for (int r = 0; r < x.Length; r++)
                    {
                        float max = next;
                        if (r + 1 < x.Length) next = x[r + 1].Max();
                        y[r] = new float[x[r].Length];
                        float sum = 0f;
                        for (int c = 0; c < x[r].Length; c++) { y[r][c] = MathF.Exp(x[r][c] - max); sum += y[r][c]; }
                        for (int c = 0; c < x[r].Length; c++) y[r][c] /= sum;
                    }
                    return y;
                }
            }
            """,
        ["BugPipelinedLinqRowOne"] = """
            using System;
            using System.Linq;
            public static class BugPipelinedLinqRowOne
            {
                public static double[][] Run(double[][] x)
                {
                    var y = new double[x.Length][];
                    double next = x[1].Max(); //~ LG0001
                    for (int r = 0; r < x.Length; r++)
                    {
                        double peak = next;
                        if (r + 1 < x.Length) next = x[r + 1].Max(); //~ LG0001
                        y[r] = x[r].Select(v => Math.Exp(v - peak)).ToArray();
                        double sum = y[r].Sum();
                        for (int c = 0; c < y[r].Length; c++) y[r][c] /= sum;
                    }
                    return y;
                }
            }
            """,
    };
}
