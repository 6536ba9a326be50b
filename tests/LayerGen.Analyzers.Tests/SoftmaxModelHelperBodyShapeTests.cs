using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on range helpers whose bodies pin their buffer or hold their fold in a local function (branch
/// pins45; the equivalence rewrites' array → pointer and fold → local function spellings of HelperPeak_WholeBufferPeak):
/// <c>{ fixed (double* p = v) { …; return m; } }</c> in an <c>unsafe</c> helper, and <c>double m = Fold(); double Fold()
/// { … } return m;</c>, are inlined like the plain helper (<see cref="HelperInliner"/>), so a peak over the whole block
/// of rows taken through them is too wide (LG0001, reported in the helper) and the row's own range stays the slice,
/// from a safe caller too (the pinned body then runs in an <c>unsafe</c> block).
/// </summary>
public class SoftmaxModelHelperBodyShapeTests
{
    /// <summary>The bodies of <c>Peak(double[] v, int from, int count)</c>, each folding v over [from, from + count).</summary>
    private static readonly string[] PeakBodyTexts =
    [
        "static double Peak(double[] v, int from, int count) { double m = double.NegativeInfinity; for (int j = from; j < from + count; j++) m = Math.Max(m, v[j]); return m; }",
        "static unsafe double Peak(double[] v, int from, int count) { fixed (double* p = v) { double m = double.NegativeInfinity; for (int j = from; j < from + count; j++) m = Math.Max(m, p[j]); return m; } }",
        "static unsafe double Peak(double[] v, int from, int count) { fixed (double* p = &v[0]) { double m = double.NegativeInfinity; for (int j = from; j < from + count; j++) m = Math.Max(m, *(p + j)); return m; } }",
        "static unsafe double Peak(double[] v, int from, int count) { fixed (double* p = v) fixed (double* q = v) { double m = double.NegativeInfinity; for (int j = from; j < from + count; j++) m = Math.Max(m, q[j]); return m; } }",
        "static double Peak(double[] v, int from, int count) { double m = Fold(); double Fold() { double acc = double.NegativeInfinity; for (int j = from; j < from + count; j++) acc = Math.Max(acc, v[j]); return acc; } return m; }",
    ];

    public static TheoryData<string> PeakBodies() => new(PeakBodyTexts);

    /// <summary>The caller's declaration: a safe method, an <c>unsafe</c> method, a method of an <c>unsafe</c> class.</summary>
    public static TheoryData<string, string> Callers() => new()
    {
        { "static class C", "static void" },
        { "static class C", "static unsafe void" },
        { "static unsafe class C", "static void" },
    };

    public static TheoryData<string, string, string> BodiesAndCallers()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var body in PeakBodyTexts)
        {
            foreach (var caller in Callers())
            {
                data.Add(body, (string)caller[0], (string)caller[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BodiesAndCallers))]
    public void PeakOverTheWholeBlockThroughTheHelper_IsTooWide(string peak, string type, string method) =>
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(Source(type, method, "Peak(x, 0, rows * n)", peak)));

    [Theory]
    [MemberData(nameof(BodiesAndCallers))]
    public void PeakOverTheRowsOwnRangeThroughTheHelper_IsTheSlice(string peak, string type, string method) =>
        Assert.Equal(new[] { ShiftSpan.Slice }, Spans(Source(type, method, "Peak(x, r * n, n)", peak)));

    [Theory]
    [MemberData(nameof(PeakBodies))]
    public async Task WholeBlockPeak_IsReportedAtTheCall_RowPeakIsSilent(string peak)
    {
        var source = $$"""
            using System;
            static class C {
                static void Whole(double[] x, double[] y, int rows, int n) {
            {{RowSoftmax("Peak(x, 0, rows * n)")}}
                }
                static void Row(double[] x, double[] y, int rows, int n) {
            {{RowSoftmax("Peak(x, r * n, n)")}}
                }
                {{peak}}
            }
            """;
        // The helper is right for the range it is given; the call that gives it the whole block is the bug.
        var callLine = source.Split('\n').Select((line, index) => (line, index)).Single(entry => entry.line.Contains("Peak(x, 0, rows * n)", StringComparison.Ordinal)).index + 1;
        Assert.Equal(new[] { $"LG0001@{callLine}" }, await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Fact]
    public void HelpersLocalFunctionNamedLikeTheCallers_IsRenamed_AndStillFolds()
    {
        // The caller has a local function Fold of its own; the helper's Fold is inlined under a fresh name.
        var source = Source("static class C", "static void", "Peak(x, 0, rows * n)", PeakBodyTexts[4])
            .Replace("double sum = 0;", "double sum = Fold(); double Fold() => 0;", StringComparison.Ordinal);
        Assert.Equal(new[] { ShiftSpan.TooWide }, Spans(source));
    }

    [Fact]
    public async Task PointerHelperCalledFromAnIterator_IsNotInlined_AndNothingThrows()
    {
        // An iterator may hold no unsafe block (before C# 13): the pinned helper stays a call, read through its summary.
        var source = $$"""
            using System;
            using System.Collections.Generic;
            static class C {
                static IEnumerable<double[]> Rows(double[] x, int rows, int n) {
                    for (int r = 0; r < rows; r++) {
                        double m = Peak(x, r * n, n);
                        var y = new double[n];
                        double sum = 0;
                        for (int j = 0; j < n; j++) sum += y[j] = Math.Exp(x[r * n + j] - m);
                        for (int j = 0; j < n; j++) y[j] /= sum;
                        yield return y;
                    }
                }
                {{PeakBodyTexts[1]}}
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    private static string RowSoftmax(string peak) => $$"""
                for (int r = 0; r < rows; r++) {
                    double m = {{peak}};
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
                    for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                }
        """;

    private static string Source(string type, string method, string peakCall, string peak) => $$"""
        using System;
        {{type}} {
            {{method}} Forward(double[] x, double[] y, int rows, int n) {
        {{RowSoftmax(peakCall)}}
            }
            {{peak}}
        }
        """;

    /// <summary>The verdicts on the shifts of <c>Forward</c>, modelled with its helpers inlined.</summary>
    private static List<ShiftSpan> Spans(string source)
    {
        var model = ModelDescriptions.WithInlinedHelpers(source, "Forward");
        return model.Sites.SelectMany(site => site.Axes(model.Classes) is var axes
            ? axes.Maxima.Select(entry => model.SpanOf(site, axes, entry.Max, entry.Axis, entry.Stale))
            : Enumerable.Empty<ShiftSpan>()).ToList();
    }
}
