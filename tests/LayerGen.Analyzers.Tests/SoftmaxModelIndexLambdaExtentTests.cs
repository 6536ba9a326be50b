using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on the extents of index lambdas (branch pins45): <c>Parallel.For(0, rows, r =&gt; …)</c> walks
/// <c>r</c> over [0, rows) as <c>for (int r = 0; r &lt; rows; r++)</c> does, and <c>Enumerable.Range(0, count)</c>
/// walks its lambda over [0, count). A maximum over the whole block of the rows a <c>Parallel.For</c> picks is then too
/// wide (LG0001) as under the <c>for</c> loop, not another part of the axis (LG0004); a maximum over another part of
/// the axis, or over the row's own range, keeps its verdict.
/// </summary>
public class SoftmaxModelIndexLambdaExtentTests
{
    /// <summary>The row loop written as a <c>for</c> loop and as <c>Parallel.For</c> (OPEN … CLOSE around the row's body).</summary>
    public static TheoryData<string, string> RowLoops() => new()
    {
        { "for (int r = 0; r < rows; r++) {", "}" },
        { "System.Threading.Tasks.Parallel.For(0, rows, r => {", "});" },
        { "System.Threading.Tasks.Parallel.For(toExclusive: rows, fromInclusive: 0, body: r => {", "});" },
    };

    [Theory]
    [MemberData(nameof(RowLoops))]
    public void WholeBlockMaximumFromLocals_IsTooWide_WhateverRunsTheRows(string open, string close) =>
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(open, close, "int from = 0, count = n * rows; for (int j = from; j < from + count; j++) m = Math.Max(m, x[j]);"));

    [Theory]
    [MemberData(nameof(RowLoops))]
    public void WholeBlockMaximumThroughARangeHelper_IsTooWide_WhateverRunsTheRows(string open, string close) =>
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(open, close, "m = Peak(x, 0, rows * n);", inlineHelpers: true));

    [Theory]
    [MemberData(nameof(RowLoops))]
    public void MaximumOverTheFirstRowsPositions_IsAnotherPartOfTheAxis_WhateverRunsTheRows(string open, string close) =>
        Assert.Equal(new[] { ShiftSpan.OtherAxis }, Spans(open, close, "int count = rows; for (int j = 0; j < 0 + count; j++) m = Math.Max(m, x[j]);"));

    [Theory]
    [MemberData(nameof(RowLoops))]
    public void MaximumOverTheRowsOwnRange_IsTheSlice_WhateverRunsTheRows(string open, string close)
    {
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(open, close, "int from = r * n, count = n; for (int j = from; j < from + count; j++) m = Math.Max(m, x[j]);"));
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(open, close, "m = Peak(x, r * n, n);", inlineHelpers: true));
    }

    [Fact]
    public void ParallelForFromAnotherStart_HasNoCertainExtent()
    {
        // Parallel.For(2, rows, …) walks rows - 2 rows: the block is not rows * n, and no verdict is certain enough for LG0001.
        Assert.Equal(
            new[] { ShiftSpan.OtherAxis },
            Spans("System.Threading.Tasks.Parallel.For(2, rows, r => {", "});", "int from = 0, count = n * rows; for (int j = from; j < from + count; j++) m = Math.Max(m, x[j]);"));
    }

    [Theory]
    [InlineData("int count = rows * n;", "x[j]", "TooWide")]
    [InlineData("int count = n;", "x[r * n + j]", "Slice")]
    public void RangeLambdaMaximum_HasTheRangesCount(string count, string read, string expected)
    {
        // Enumerable.Range(0, count).Max(j => …) walks j over [0, count) like its loop twin.
        var fold = $"{count} m = Enumerable.Range(0, count).Max(j => {read});";
        Assert.Equal(new[] { Enum.Parse<ShiftSpan>(expected) }, Spans("for (int r = 0; r < rows; r++) {", "}", fold));
    }

    /// <summary>The verdicts on the shifts of a row-major flat softmax whose row loop is OPEN … CLOSE and whose shift m FOLD computes.</summary>
    private static List<ShiftSpan> Spans(string open, string close, string fold, bool inlineHelpers = false)
    {
        var source = $$"""
            using System;
            using System.Linq;
            static class C {
                static void Forward(double[] x, double[] y, int rows, int n) {
                    {{open}}
                        double m = double.NegativeInfinity;
                        {{fold}}
                        double sum = 0;
                        for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
                        for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                    {{close}}
                }
                static double Peak(double[] v, int from, int count) {
                    double m = double.NegativeInfinity;
                    for (int j = from; j < from + count; j++) m = Math.Max(m, v[j]);
                    return m;
                }
            }
            """;
        var model = inlineHelpers ? ModelDescriptions.WithInlinedHelpers(source, "Forward") : ModelDescriptions.Method(source, "Forward");
        return model.Sites.SelectMany(site => site.Axes(model.Classes) is var axes
            ? axes.Maxima.Select(entry => model.SpanOf(site, axes, entry.Max, entry.Axis, entry.Stale))
            : Enumerable.Empty<ShiftSpan>()).ToList();
    }
}
