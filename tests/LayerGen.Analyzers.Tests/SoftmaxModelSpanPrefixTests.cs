using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A span view that starts at a buffer's start is the whole buffer only when its length is the buffer's whole extent
/// (WholeSpanViews.cs). A prefix that is one row (<c>AsSpan(0, n)</c>, <c>AsSpan(0, h * w)</c> of a plane, a
/// <c>count</c> of valid entries) or the used part of a longer buffer (<c>AsSpan(0, rows * n)</c> of a pooled buffer)
/// folded for a softmax over that same prefix is correct and silent; a max over the whole batch prefix used for every
/// row is still reported (LG0001).
/// </summary>
public class SoftmaxModelSpanPrefixTests
{
    /// <summary>Correct softmax over a prefix view, in several spellings of the prefix's length: silent.</summary>
    [Theory]
    [InlineData("n", "n")]
    [InlineData("count", "count")]
    [InlineData("h * w", "h * w")]
    [InlineData("rows * n", "rows * n")]
    [InlineData("x.Length", "x.Length")]
    public async Task SoftmaxOverTheSamePrefixIsSilent(string viewLength, string loopBound)
    {
        var source = $$"""
            using System;
            using System.Numerics.Tensors;

            public static class Prefix
            {
                public static void Softmax(float[] x, float[] y, int n, int count, int h, int w, int rows)
                {
                    var view = x.AsSpan(0, {{viewLength}});
                    var m = TensorPrimitives.Max(view);
                    var s = 0f;
                    for (var k = 0; k < {{loopBound}}; k++) { y[k] = MathF.Exp(x[k] - m); s += y[k]; }
                    for (var k = 0; k < {{loopBound}}; k++) y[k] /= s;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// Per-row softmax of a [rows, n] (or [rows, h * w]) buffer: the max over the row's own span is right; the max
    /// over the prefix of all rows (<c>AsSpan(0, rows * n)</c>) is one max for the whole batch (LG0001).
    /// </summary>
    [Theory]
    [InlineData("x.AsSpan(r * n, n)", null)]
    [InlineData("x.AsSpan(r * n).Slice(0, n)", null)]
    [InlineData("x.AsSpan(0, rows * n)", "LG0001")]
    public async Task RowMaxAgainstBatchPrefixMax(string maxView, string? expected)
    {
        var source = $$"""
            using System;
            using System.Numerics.Tensors;

            public static class Rows
            {
                public static void Softmax(float[] x, float[] y, int rows, int n)
                {
                    for (var r = 0; r < rows; r++)
                    {
                        var m = TensorPrimitives.Max({{maxView}});
                        var s = 0f;
                        for (var k = 0; k < n; k++) { y[r * n + k] = MathF.Exp(x[r * n + k] - m); s += y[r * n + k]; }
                        for (var k = 0; k < n; k++) y[r * n + k] /= s;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? [] : [expected], await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// The first row handled through a prefix view of its own length (a row-0 special case of a row-major batch): the
    /// prefix is one row, not the batch; silent like the other rows.
    /// </summary>
    [Theory]
    [InlineData("n")]
    [InlineData("1 * n")]
    public async Task FirstRowThroughAPrefixView(string length)
    {
        var source = $$"""
            using System;
            using System.Numerics.Tensors;

            public static class FirstRow
            {
                public static void Softmax(float[] x, float[] y, int rows, int n)
                {
                    for (var r = 0; r < rows; r++)
                    {
                        var row = r == 0 ? x.AsSpan(0, {{length}}) : x.AsSpan(r * n, n);
                        var m = TensorPrimitives.Max(row);
                        var s = 0f;
                        for (var k = 0; k < n; k++) { y[r * n + k] = MathF.Exp(row[k] - m); s += y[r * n + k]; }
                        for (var k = 0; k < n; k++) y[r * n + k] /= s;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
