using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-slice statistics kept in a <c>List&lt;double&gt;</c> instead of an array: a sum (or a max) folded over one slice
/// of a flat buffer and appended at the slice's end (<c>sums.Add(sum)</c>, <c>sums.Insert(k, sum)</c>), or written by
/// index into a pre-sized list, then read back through the list (<c>sums[i / n]</c>, <c>sums[0]</c>, <c>sums[r]</c>).
/// The read carries the appended value's fold exactly as <c>sums[i / n]</c> of a <c>double[]</c> does: raw exps over
/// the listed sums are LG0003, shifted ones are silent.
/// </summary>
public class SoftmaxModelListedSliceStatsTests
{
    /// <summary>One flat walk storing each slice's sum at the slice end, then a second walk dividing by it.</summary>
    [Theory]
    [InlineData("sums.Add(sum);", "sums[i / n]")]
    [InlineData("sums.Add(sum);", "sums[0]")]
    [InlineData("sums.Insert(sums.Count, sum);", "sums[i / n]")]
    [InlineData("sums.Add(sum);", "sums[(i) / n]")]
    [InlineData("sums.Add(sum);", "sums[slice]")]
    [InlineData("sums.Add(sum);", "sums[sums.Count - 1]")]
    [InlineData("sums.Add(sum);", "sums.Last()")]
    [InlineData("sums.Add(sum);", "sums[^1]")]
    [InlineData("sums.Add(sum);", "sums.ElementAt(i / n)")]
    public async Task RawExpsOverSumsAppendedAtEachSliceEnd_AreLG0003(string append, string read)
    {
        var source = FlatSlices(shift: "", append, read);
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The same walks over exps shifted by the whole buffer's max: correct, silent.</summary>
    [Theory]
    [InlineData("sums.Add(sum);", "sums[i / n]")]
    [InlineData("sums.Add(sum);", "sums[0]")]
    [InlineData("sums.Insert(sums.Count, sum);", "sums[i / n]")]
    [InlineData("sums.Add(sum);", "sums[slice]")]
    [InlineData("sums.Add(sum);", "sums.Last()")]
    [InlineData("sums.Add(sum);", "sums[^1]")]
    [InlineData("sums.Add(sum);", "sums.ElementAt(i / n)")]
    public async Task ShiftedExpsOverSumsAppendedAtEachSliceEnd_AreSilent(string append, string read)
    {
        var source = FlatSlices(shift: " - m", append, read);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>Rows of a jagged input: one sum per row appended, each row divided by its listed sum.</summary>
    [Theory]
    [InlineData("", "sums.Add(s);", "LG0003")]
    [InlineData(" - row.Max()", "sums.Add(s);", null)]
    [InlineData("", "sums.Insert(r, s);", "LG0003")]
    [InlineData(" - row.Max()", "sums.Insert(r, s);", null)]
    [InlineData("", "sums[r] = s;", "LG0003", "new List<double>(new double[x.Length])")]
    [InlineData(" - row.Max()", "sums[r] = s;", null, "new List<double>(new double[x.Length])")]
    [InlineData("", "sums[r] = s;", "LG0003", "Enumerable.Repeat(0.0, x.Length).ToList()")]
    [InlineData(" - row.Max()", "sums[r] = s;", null, "Enumerable.Repeat(0.0, x.Length).ToList()")]
    public async Task RowSumsAppendedThenReadByRow_AreJudgedLikeAnArray(string shift, string append, string? expected, string list = "new List<double>()")
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x) {
                    var sums = {{list}};
                    for (int r = 0; r < x.Length; r++) {
                        var row = x[r];
                        double s = 0;
                        for (int j = 0; j < row.Length; j++) s += Math.Exp(row[j]{{shift}});
                        {{append}}
                    }

                    var y = new double[x.Length][];
                    for (int r = 0; r < x.Length; r++) {
                        var row = x[r];
                        y[r] = new double[row.Length];
                        for (int j = 0; j < row.Length; j++) y[r][j] = Math.Exp(row[j]{{shift}}) / sums[r];
                    }

                    return y;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected, expected }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// Rows whose max and then sum of shifted exps are kept in lists: correct when both are reset per row; a max
    /// carried across rows spans more than the row (LG0001), as does a sum (LG0002). The array form
    /// (<c>maxes[r] = m</c>) is judged the same way.
    /// </summary>
    [Theory]
    [InlineData(true, true, false)]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    [InlineData(false, true, true)]
    [InlineData(true, false, false)]
    [InlineData(true, false, true)]
    public async Task ListedSliceMaximaAndSums_AreJudgedLikeArrays(bool resetMax, bool resetSum, bool arrays)
    {
        var source = RowStats(resetMax, resetSum, arrays);
        var expected = (resetMax ? Array.Empty<string>() : new[] { "LG0001" }).Concat(resetSum ? Array.Empty<string>() : new[] { "LG0002" });
        Assert.Equal(expected, (await FixRunner.ReportedIdsAsync(source)).Distinct());
    }

    /// <summary>The array twin, as a reference for the list forms above.</summary>
    [Fact]
    public async Task TheArrayForm_IsLG0003()
    {
        var source = FlatSlices(shift: "", "sums[i / n] = sum;", "sums[i / n]", declare: "var sums = new double[x.Count / n];");
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string RowStats(bool resetMax, bool resetSum, bool arrays)
    {
        var (maxes, sums) = arrays
            ? ("var maxes = new double[x.Length];", "var sums = new double[x.Length];")
            : ("var maxes = new List<double>();", "var sums = new List<double>();");
        var (keepMax, keepSum) = arrays ? ("maxes[r] = m;", "sums[r] = s;") : ("maxes.Add(m);", "sums.Add(s);");
        return $$"""
            using System;
            using System.Collections.Generic;

            static class C {
                static double[][] F(double[][] x) {
                    {{maxes}}
                    {{sums}}
                    double m = double.NegativeInfinity;
                    for (int r = 0; r < x.Length; r++) {
                        {{(resetMax ? "m = double.NegativeInfinity;" : "")}}
                        for (int j = 0; j < x[r].Length; j++) m = Math.Max(m, x[r][j]);
                        {{keepMax}}
                    }

                    double s = 0.0;
                    for (int r = 0; r < x.Length; r++) {
                        {{(resetSum ? "s = 0.0;" : "")}}
                        for (int j = 0; j < x[r].Length; j++) s += Math.Exp(x[r][j] - maxes[r]);
                        {{keepSum}}
                    }

                    var y = new double[x.Length][];
                    for (int r = 0; r < x.Length; r++) {
                        y[r] = new double[x[r].Length];
                        for (int j = 0; j < x[r].Length; j++) y[r][j] = Math.Exp(x[r][j] - maxes[r]) / sums[r];
                    }

                    return y;
                }
            }
            """;
    }

    private static string FlatSlices(string shift, string append, string read, string declare = "var sums = new List<double>();") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static List<double> F(List<double> x, int n) {
                var values = new List<double>();
                double m = x.Max();
                double sum = 0.0;
                {{declare}}
                for (int i = 0; i < x.Count; i++) {
                    sum += Math.Exp(x[i]{{shift}});
                    if ((i + 1) % n == 0) {
                        {{append}}
                        sum = 0.0;
                    }
                }

                for (int i = 0; i < x.Count; i++) {
                    int slice = i / n;
                    values.Add(Math.Exp(x[i]{{shift}}) / {{read}});
                }

                return values;
            }
        }
        """;
}
