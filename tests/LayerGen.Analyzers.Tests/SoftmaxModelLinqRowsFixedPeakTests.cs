using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Rows a method builds with LINQ, read back by index (review42's L01–L07): also from a <c>T[,]</c> through index
/// ranges (<c>Enumerable.Range(0, R).Select(r =&gt; Enumerable.Range(0, C).Select(c =&gt; a[r, c]).ToArray()).ToArray()</c>),
/// as a <c>List&lt;float[]&gt;</c> via <c>ToList()</c>, or an <c>IEnumerable&lt;float[]&gt;</c> materialised with
/// <c>ToArray()</c>. A maximum of one fixed row (<c>logits[0].Max()</c>, <c>logits[j].Max()</c> with <c>j</c> a parameter,
/// a loop fold over <c>logits[0][c]</c>) or over every row shifting a per-row softmax is LG0001 (LG0001.md: the maximum
/// of one slice used for other slices); each row's own maximum (step 1 or 2, <c>i - 1</c> from 1, a row local, a single
/// softmax of row 0 or row j) is silent. Per-row sums over an index range (<c>Range(0, n).Select(j =&gt; exp).Sum()</c>)
/// are the row's; a range over every row (<c>Range(0, rows * n)</c>) is LG0002.
/// </summary>
public class SoftmaxModelLinqRowsFixedPeakTests
{
    /// <summary>How <c>logits</c> is made (parameters <c>float[][] x</c>, <c>float[,] a</c>), and how its row count is read.</summary>
    public static readonly (string Build, string Count)[] Builds =
    {
        ("float[][] logits = Enumerable.Range(0, a.GetLength(0)).Select(r => Enumerable.Range(0, a.GetLength(1)).Select(c => a[r, c]).ToArray()).ToArray();", "logits.Length"),
        ("var logits = Enumerable.Range(0, a.GetLength(0)).Select(r => Enumerable.Range(0, a.GetLength(1)).Select(c => 2f * a[r, c]).ToArray()).ToList();", "logits.Count"),
        ("float[][] logits = x.Select(row => row.Select(c => 2f * c).ToArray()).ToArray();", "logits.Length"),
        ("List<float[]> logits = x.Select(row => row.Select(c => 2f * c).ToArray()).ToList();", "logits.Count"),
        ("IEnumerable<float[]> seq = x.Select(row => row.Select(c => 2f * c).ToArray()); float[][] logits = seq.ToArray();", "logits.Length"),
        ("float[][] logits = x;", "logits.Length"),
    };

    /// <summary>Maxima of a fixed row or of every row: (statement before the row loop, statement in it).</summary>
    public static readonly (string Before, string Inside)[] WrongPeaks =
    {
        ("float m = logits[0].Max();", ""),
        ("", "float m = logits[0].Max();"),
        ("", "float m = logits[j].Max();"),
        ("float m = logits[j].Max();", ""),
        ("float m = float.NegativeInfinity; for (int c = 0; c < logits[0].Length; c++) m = MathF.Max(m, logits[0][c]);", ""),
        ("float m = logits.SelectMany(r => r).Max();", ""),
        ("float m = logits.Max(r => r.Max());", ""),
    };

    /// <summary>Each row's own maximum: (loop header, row index, statement in the loop).</summary>
    public static readonly (string Loop, string Row, string Inside)[] OwnPeaks =
    {
        ("for (int i = 0; i < N; i++)", "i", "float m = logits[i].Max();"),
        ("for (int i = 0; i < N; i += 2)", "i", "float m = logits[i].Max();"),
        ("for (int i = 1; i <= N; i++)", "i - 1", "float m = logits[i - 1].Max();"),
        ("for (int i = 0; i < N; i++)", "i", "var own = logits[i]; float m = own.Max();"),
        ("for (int i = 0; i < N; i++)", "i", "float m = float.NegativeInfinity; for (int c = 0; c < logits[i].Length; c++) m = MathF.Max(m, logits[i][c]);"),
    };

    public static TheoryData<int, int> BuildsAndWrongPeaks() => Pairs(Builds.Length, WrongPeaks.Length);

    public static TheoryData<int, int> BuildsAndOwnPeaks() => Pairs(Builds.Length, OwnPeaks.Length);

    public static TheoryData<int> BuildIndices() => Indices(Builds.Length);

    [Theory]
    [MemberData(nameof(BuildsAndWrongPeaks))]
    public async Task FixedRowOrGlobalPeak_InAForLoop_IsLG0001(int build, int peak)
    {
        var source = RowLoop(Builds[build], "for (int i = 0; i < N; i++)", "i", WrongPeaks[peak].Before, WrongPeaks[peak].Inside, step: "");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(BuildsAndWrongPeaks))]
    public async Task FixedRowOrGlobalPeak_InAWhileLoop_IsLG0001(int build, int peak)
    {
        var source = RowLoop(Builds[build], "int i = 0; while (i < N)", "i", WrongPeaks[peak].Before, WrongPeaks[peak].Inside, step: "i++;");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(BuildsAndOwnPeaks))]
    public async Task OwnRowPeak_IsSilent(int build, int peak)
    {
        var (loop, row, inside) = OwnPeaks[peak];
        Assert.Empty(await FixRunner.ReportedIdsAsync(RowLoop(Builds[build], loop, row, "", inside, step: "")));
    }

    [Theory]
    [MemberData(nameof(BuildIndices))]
    public async Task OneSoftmaxOfAFixedRow_IsSilent(int build)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(OneRow(Builds[build], "0")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(OneRow(Builds[build], "j")));
    }

    [Theory]
    [MemberData(nameof(BuildIndices))]
    public async Task RowIndexWrittenInTheLoop_IsSilent(int build)
    {
        // j = i before the max: the parameter is no fixed row any more.
        Assert.Empty(await FixRunner.ReportedIdsAsync(RowLoop(Builds[build], "for (int i = 0; i < N; i++)", "i", "", "j = i; float m = logits[j].Max();", step: "")));
    }

    /// <summary>Per-row totals through index ranges over a flat or a 2D buffer: (max statement, sum statement, expected).</summary>
    public static readonly (string Max, string Sum, string? Expected)[] RangeSums =
    {
        ("double m = Enumerable.Range(0, n).Max(j => x2[i, j]);", "double s = Enumerable.Range(0, n).Select(j => Math.Exp(x2[i, j] - m)).Sum();", null),
        ("double m = Enumerable.Range(0, n).Select(j => x2[i, j]).Max();", "double s = Enumerable.Range(0, n).Sum(j => Math.Exp(x2[i, j] - m));", null),
        ("double m = Enumerable.Range(i * n, n).Max(k => x1[k]);", "double s = Enumerable.Range(0, n).Select(j => Math.Exp(x1[i * n + j] - m)).Sum();", null),
        ("double m = Enumerable.Range(i * n, n).Max(k => x1[k]);", "double s = Enumerable.Range(0, rows * n).Select(k => Math.Exp(x1[k] - m)).Sum();", "LG0002"),
        ("double m = Enumerable.Range(i * n, n).Max(k => x1[k]);", "double s = Enumerable.Range(0, rows * n).Sum(k => Math.Exp(x1[k] - m));", "LG0002"),
        ("double m = Enumerable.Range(0, n).Max(j => x2[i, j]);", "double s = Enumerable.Range(0, rows * n).Select(k => Math.Exp(x2[k / n, k % n] - m)).Sum();", "LG0002"),
        ("double m = Enumerable.Range(0, n).Max(j => x2[0, j]);", "double s = Enumerable.Range(0, n).Select(j => Math.Exp(x2[i, j] - m)).Sum();", "LG0001"),
        ("double m = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, n).Select(j => x2[r, j]).Max()).Max();", "double s = Enumerable.Range(0, n).Select(j => Math.Exp(x2[i, j] - m)).Sum();", "LG0001"),
    };

    public static TheoryData<int> RangeSumIndices() => Indices(RangeSums.Length);

    [Theory]
    [MemberData(nameof(RangeSumIndices))]
    public async Task RowSumsThroughIndexRanges_AreJudgedPerRow(int index)
    {
        var (max, sum, expected) = RangeSums[index];
        var read = max.Contains("x1[", StringComparison.Ordinal) || sum.Contains("x1[", StringComparison.Ordinal) ? "x1[i * n + j]" : "x2[i, j]";
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[] F(double[] x1, double[,] x2, int rows, int n) {
                    var y = new double[rows * n];
                    for (int i = 0; i < rows; i++) {
                        {{max}}
                        {{sum}}
                        for (int j = 0; j < n; j++) y[i * n + j] = Math.Exp({{read}} - m) / s;
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static TheoryData<int, int> Pairs(int first, int second)
    {
        var data = new TheoryData<int, int>();
        for (var a = 0; a < first; a++)
        {
            for (var b = 0; b < second; b++)
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    private static TheoryData<int> Indices(int count)
    {
        var data = new TheoryData<int>();
        for (var a = 0; a < count; a++)
        {
            data.Add(a);
        }

        return data;
    }

    /// <summary>A per-row softmax of <c>logits</c> row <paramref name="row"/> into fresh rows.</summary>
    private static string RowLoop((string Build, string Count) build, string loop, string row, string before, string inside, string step) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static float[][] F(float[][] x, float[,] a, int j) {
                {{build.Build}}
                var probs = new float[{{build.Count}} + 1][];
                {{before}}
                {{loop.Replace("N", build.Count, StringComparison.Ordinal)}} {
                    {{inside}}
                    var e = new float[logits[{{row}}].Length];
                    float total = 0f;
                    for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[{{row}}][c] - m); total += e[c]; }
                    for (int c = 0; c < e.Length; c++) e[c] /= total;
                    probs[{{row}}] = e;
                    {{step}}
                }
                return probs;
            }
        }
        """;

    /// <summary>One softmax of the row <paramref name="row"/> picks, shifted by that row's maximum.</summary>
    private static string OneRow((string Build, string Count) build, string row) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static float[] F(float[][] x, float[,] a, int j) {
                {{build.Build}}
                float m = logits[{{row}}].Max();
                var e = new float[logits[{{row}}].Length];
                float total = 0f;
                for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[{{row}}][c] - m); total += e[c]; }
                for (int c = 0; c < e.Length; c++) e[c] /= total;
                return e;
            }
        }
        """;
}
