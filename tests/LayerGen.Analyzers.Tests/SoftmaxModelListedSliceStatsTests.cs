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
    public async Task RowSumsAppendedThenReadByRow_AreJudgedLikeAnArray(string shift, string append, string? expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x) {
                    var sums = new List<double>();
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
    /// A flat walk keeping each slice's max and then each slice's sum of shifted exps in lists: correct when both are
    /// reset at each slice end; a max carried across slices spans more than the slice (LG0001), as does a sum (LG0002).
    /// The array form (<c>maxes[i / n] = m</c>) is judged the same way.
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
        var source = FlatStats(resetMax, resetSum, arrays);
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

    private static string FlatStats(bool resetMax, bool resetSum, bool arrays)
    {
        var (maxes, sums) = arrays
            ? ("var maxes = new double[x.Count / n];", "var sums = new double[x.Count / n];")
            : ("var maxes = new List<double>();", "var sums = new List<double>();");
        var (keepMax, keepSum) = arrays ? ("maxes[i / n] = m;", "sums[i / n] = sum;") : ("maxes.Add(m);", "sums.Add(sum);");
        return $$"""
            using System;
            using System.Collections.Generic;

            static class C {
                static List<double> F(List<double> x, int n) {
                    {{maxes}}
                    {{sums}}
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < x.Count; i++) {
                        m = Math.Max(m, x[i]);
                        if ((i + 1) % n == 0) {
                            {{keepMax}}
                            {{(resetMax ? "m = double.NegativeInfinity;" : "")}}
                        }
                    }

                    double sum = 0.0;
                    for (int i = 0; i < x.Count; i++) {
                        sum += Math.Exp(x[i] - maxes[i / n]);
                        if ((i + 1) % n == 0) {
                            {{keepSum}}
                            {{(resetSum ? "sum = 0.0;" : "")}}
                        }
                    }

                    var values = new List<double>();
                    for (int i = 0; i < x.Count; i++) values.Add(Math.Exp(x[i] - maxes[i / n]) / sums[i / n]);
                    return values;
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
