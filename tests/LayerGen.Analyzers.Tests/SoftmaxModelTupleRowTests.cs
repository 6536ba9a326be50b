using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on rows held in the members of tuple and record elements of a list or array (HeldOut15's
/// Dwa_PeakPerTaskOverRuns, branch gaps40): <c>runs[r].Last</c>, <c>run.Item2</c>, a deconstructed element
/// (<c>var (previous, last) = runs[r]</c>, <c>foreach (var (previous, last) in runs)</c>) and a record's
/// <c>Deconstruct</c> are one row of the runs, as <c>lasts[r]</c> of a jagged array is, whichever spelling the shift
/// and the softmax each use. And a maximum over the whole block of slices is too wide (LG0001), not another axis,
/// however its range is written.
/// </summary>
public class SoftmaxModelTupleRowTests
{
    private const string TupleType = "(double[] Previous, double[] Last)";

    /// <summary>The shift's walk over every run (picked by <c>r</c> or walked by <c>foreach</c>), reading one task <c>k</c>.</summary>
    public static TheoryData<string> PeakWalks() => new()
    {
        "for (int r = 0; r < runs.Count; r++) for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], runs[r].Last[k] / runs[r].Previous[k]);",
        "foreach (var (previous, last) in runs) for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], last[k] / previous[k]);",
        "foreach (var run in runs) for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], run.Item2[k] / run.Item1[k]);",
        "for (int r = 0; r < runs.Count; r++) { var (previous, last) = runs[r]; for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], last[k] / previous[k]); }",
    };

    /// <summary>The softmax's reads of run <c>r</c>'s row.</summary>
    public static TheoryData<string, string> RowReads() => new()
    {
        { "var (previous, last) = runs[r];", "last[k] / previous[k]" },
        { string.Empty, "runs[r].Last[k] / runs[r].Item1[k]" },
        { "var run = runs[r];", "run.Item2[k] / run.Previous[k]" },
        { "var run = runs[r];", "run.Last[k] / run.Item1[k]" },

        // A copy typed with its own element names reads the member at the same position.
        { "(double[] P, double[] L) run = runs[r];", "run.L[k] / run.P[k]" },
        { "(double[] A, double[] B) run = runs[r];", "run.Item2[k] / run.A[k]" },
        { "(double[] Previous, double[] Last) run = runs[r];", "run.Last[k] / run.Item1[k]" },
    };

    [Theory]
    [MemberData(nameof(PeakWalks))]
    public void PeakPerTaskOverTupleRuns_IsOverTheRuns_WhateverTheSpellings(string peakWalk)
    {
        foreach (var (copy, read) in RowReads().Select(row => ((string)row[0], (string)row[1])))
        {
            var description = ModelDescriptions.Of(PerTaskPeak(TupleType, peakWalk, copy, read))["Weights"];

            // The softmax's rows are the runs' (the batch variable r picks one), the peak folds the runs.
            Assert.Contains("| dims {runs.whole,w.s:1} | sum z {w.s:1} | max peak {runs.whole} |", description, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RowReads))]
    public void PeakPerRunOverItsTasks_IsTheSoftmaxAxis(string copy, string read)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            static class C {
                static double[][] Weights(List<{{TupleType}}> runs) {
                    int tasks = runs[0].Last.Length;
                    var weights = new double[runs.Count][];
                    for (int r = 0; r < runs.Count; r++) {
                        {{copy}}
                        double peak = double.NegativeInfinity;
                        for (int k = 0; k < tasks; k++) peak = Math.Max(peak, {{read}});
                        var w = new double[tasks];
                        double z = 0;
                        for (int k = 0; k < tasks; k++) z += w[k] = Math.Exp({{read}} - peak);
                        for (int k = 0; k < tasks; k++) w[k] /= z;
                        weights[r] = w;
                    }
                    return weights;
                }
            }
            """;

        // One axis for the peak, the sum and the rows' tasks: the member's elements (Last and Item2 are one member).
        Assert.Contains("| dims {Last.d1,runs.whole} | sum z {Last.d1} | max peak {Last.d1} |", ModelDescriptions.Of(source)["Weights"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public sealed record Run(double[] Previous, double[] Last);")]
    [InlineData("public readonly record struct Run(double[] Previous, double[] Last);")]
    [InlineData("public sealed class Run { public double[] Previous = []; public double[] Last = []; public void Deconstruct(out double[] previous, out double[] last) { previous = Previous; last = Last; } }")]
    public void RecordDeconstruction_ReadsTheMemberOfTheParametersName(string declaration)
    {
        const string peakWalk = "foreach (var (previous, last) in runs) for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], last[k] / previous[k]);";
        var description = ModelDescriptions.Of(PerTaskPeak("Run", peakWalk, "var (previous, last) = runs[r];", "last[k] / previous[k]") + "\n" + declaration)["Weights"];
        Assert.Contains("| dims {runs.whole,w.s:1} | sum z {w.s:1} | max peak {runs.whole} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void DeconstructMethodWithoutAMatchingMember_IsNoRow()
    {
        // Deconstruct's parameters name no member: the deconstructed locals are not known to be the runs' rows.
        const string declaration = "public sealed class Run { public double[] Previous = []; public double[] Last = []; public void Deconstruct(out double[] first, out double[] second) { first = Last; second = Previous; } }";
        const string peakWalk = "for (int r = 0; r < runs.Count; r++) for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], runs[r].Last[k] / runs[r].Previous[k]);";
        var description = ModelDescriptions.Of(PerTaskPeak("Run", peakWalk, "var (first, second) = runs[r];", "first[k] / second[k]") + "\n" + declaration)["Weights"];
        Assert.DoesNotContain("runs.whole,w.s:1", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for (int j = 0; j < rows * n; j++) m = Math.Max(m, x[j]);", "TooWide")]
    [InlineData("for (int j = 0; j < n * rows; j++) m = Math.Max(m, x[j]);", "TooWide")]
    [InlineData("for (int j = 0; j < 0 + rows * n; j++) m = Math.Max(m, x[j]);", "TooWide")]
    [InlineData("int from = 0, count = rows * n; for (int j = from; j < from + count; j++) m = Math.Max(m, x[j]);", "TooWide")]
    [InlineData("int from = 0; for (int j = from; j < from + rows * n * 1; j++) m = Math.Max(m, x[j]);", "TooWide")]
    [InlineData("for (int j = 0; j < rows; j++) m = Math.Max(m, x[j]);", "OtherAxis")]
    [InlineData("int from = r * n, count = n; for (int j = from; j < from + count; j++) m = Math.Max(m, x[j]);", "Slice")]
    public void MaximumOverTheWholeBlockOfRows_IsTooWide_HoweverItsRangeIsWritten(string fold, string expected)
    {
        var source = $$"""
            using System;
            static class C {
                static void Forward(double[] x, double[] y, int rows, int n) {
                    for (int r = 0; r < rows; r++) {
                        double m = double.NegativeInfinity;
                        {{fold}}
                        double sum = 0;
                        for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
                        for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                    }
                }
            }
            """;
        var model = ModelDescriptions.Method(source, "Forward");
        var spans = model.Sites.SelectMany(site => site.Axes(model.Classes) is var axes
            ? axes.Maxima.Select(entry => model.SpanOf(site, axes, entry.Max, entry.Axis, entry.Stale))
            : Enumerable.Empty<ShiftSpan>()).ToList();
        Assert.Equal(new[] { Enum.Parse<ShiftSpan>(expected) }, spans);
    }

    [Fact]
    public Task WholeBufferPeakThroughARangeHelper_IsLG0001_AsWrittenInline() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void ThroughHelper(double[] x, double[] y, int rows, int n)
            {
                for (int r = 0; r < rows; r++)
                {
                    double m = {|LG0001:Peak(x, 0, rows * n)|};
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
                    for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                }
            }

            static void Inline(double[] x, double[] y, int rows, int n)
            {
                for (int r = 0; r < rows; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < rows * n; j++) {|LG0001:m = Math.Max(m, x[j])|};
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
                    for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                }
            }

            static void RowOwnRange(double[] x, double[] y, int rows, int n)
            {
                for (int r = 0; r < rows; r++)
                {
                    double m = Peak(x, r * n, n);
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += y[r * n + j] = Math.Exp(x[r * n + j] - m);
                    for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                }
            }

            static double Peak(double[] v, int from, int count)
            {
                double m = double.NegativeInfinity;
                for (int j = from; j < from + count; j++) m = Math.Max(m, v[j]);
                return m;
            }
        }
        """);

    private static string PerTaskPeak(string elementType, string peakWalk, string copy, string read) => $$"""
        using System;
        using System.Collections.Generic;
        static class C {
            static double[][] Weights(List<{{elementType}}> runs) {
                int tasks = runs[0].Last.Length;
                var peak = new double[tasks];
                Array.Fill(peak, double.NegativeInfinity);
                {{peakWalk}}
                var weights = new double[runs.Count][];
                for (int r = 0; r < runs.Count; r++) {
                    {{copy}}
                    var w = new double[tasks];
                    double z = 0;
                    for (int k = 0; k < tasks; k++) z += w[k] = Math.Exp({{read}} - peak[k]);
                    for (int k = 0; k < tasks; k++) w[k] /= z;
                    weights[r] = w;
                }
                return weights;
            }
        }
        """;
}
