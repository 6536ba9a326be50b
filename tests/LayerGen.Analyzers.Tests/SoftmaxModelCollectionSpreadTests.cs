using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A collection expression made of one spread, <c>[.. e]</c>, is read as <c>e.ToArray()</c> (HeldOut69's misses
/// <c>CollectionSpread_FlattenedMass</c> and <c>AliasAnyType_ImmutableColumns</c>): row maxima built by
/// <c>[.. rows.Select(r =&gt; r.Max())]</c> are a max per row, rows of exps added as <c>[.. row.Select(…)]</c> are exps,
/// and <c>[.. exps.SelectMany(e =&gt; e)]</c> is every exp of the batch. Each bug is found exactly as its
/// <c>.ToArray()</c> twin; each correct twin stays silent.
/// </summary>
public class SoftmaxModelCollectionSpreadTests
{
    /// <summary>The three spellings of a materialising copy of <c>{e}</c>: the spread (double[] and List targets) and ToArray.</summary>
    public static TheoryData<string> Copies => new() { "spread", "spreadList", "toArray" };

    private static string Copy(string spelling, string sequence, string type) => spelling switch
    {
        "spread" => $"({type}[])[.. {sequence}]",
        "spreadList" => $"((List<{type}>)[.. {sequence}]).ToArray()",
        _ => $"{sequence}.ToArray()",
    };

    /// <summary>Per-row peaks and exps; the normaliser per row (correct) or over the flattened batch (LG0002).</summary>
    private static string RowsSource(string spelling, bool flattened)
    {
        var peaks = spelling == "toArray" ? "double[] peaks = rows.Select(static r => r.Max()).ToArray();" : "double[] peaks = [.. rows.Select(static r => r.Max())];";
        var add = spelling == "toArray" ? "exps.Add(rows[i].Select(v => Math.Exp(v - shift)).ToArray());" : "exps.Add([.. rows[i].Select(v => Math.Exp(v - shift))]);";
        var normaliser = flattened
            ? $$"""
                double[] flat = {{Copy(spelling, "exps.SelectMany(static e => e)", "double")}};
                        double mass = flat.Sum(); //~ LG0002
                        return exps.Select(e => e.Select(v => v / mass).ToArray()).ToList();
                """
            : """
                return exps.Select(e => { double s = e.Sum(); return e.Select(v => v / s).ToArray(); }).ToList();
                """;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static List<double[]> Normalise(List<double[]> rows)
                {
                    {{peaks}}
                    List<double[]> exps = [];
                    for (int i = 0; i < rows.Count; i++)
                    {
                        double shift = peaks[i];
                        {{add}}
                    }

                    {{normaliser}}
                }
            }
            """;
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public async Task FlattenedMassOfPerRowExps_IsLG0002(string spelling) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(RowsSource(spelling, flattened: true));

    [Theory]
    [MemberData(nameof(Copies))]
    public async Task PerRowMassOfPerRowExps_IsSilent(string spelling) =>
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(RowsSource(spelling, flattened: false)));

    /// <summary>Class-major columns (float[][], softmax per sample): column peaks are LG0004; per-sample peaks through a spread are silent.</summary>
    [Theory]
    [InlineData("float[][]", "float", "MathF.Exp")]
    [InlineData("List<double[]>", "double", "Math.Exp")]
    public async Task ColumnPeaksThroughASpread_AreLG0004_SamplePeaksSilent(string columnsType, string type, string exp)
    {
        var count = columnsType.StartsWith("List", StringComparison.Ordinal) ? "Count" : "Length";
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[][] ColumnPeaks({{columnsType}} columns)
                {
                    int classes = columns.{{count}};
                    int batch = columns[0].Length;
                    {{type}}[] peaks = [.. columns.Select(col => col.Max())]; //~ LG0004
                    var result = new {{type}}[classes][];
                    for (int c = 0; c < classes; c++) result[c] = new {{type}}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += result[c][b] = {{exp}}(columns[c][b] - peaks[c]);
                        for (int c = 0; c < classes; c++) result[c][b] /= sum;
                    }
                    return result;
                }

                public static {{type}}[][] SamplePeaks({{columnsType}} columns)
                {
                    int classes = columns.{{count}};
                    int batch = columns[0].Length;
                    {{type}}[] peaks = [.. Enumerable.Range(0, batch).Select(b => columns.Select(col => col[b]).Max())];
                    var result = new {{type}}[classes][];
                    for (int c = 0; c < classes; c++) result[c] = new {{type}}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += result[c][b] = {{exp}}(columns[c][b] - peaks[b]);
                        for (int c = 0; c < classes; c++) result[c][b] /= sum;
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A row of raw exps built by a spread is LG0003 at the exp, as its ToArray twin; shifted by the row's spread-built max it is silent.</summary>
    [Theory]
    [InlineData("double", "Math.Exp")]
    [InlineData("float", "MathF.Exp")]
    public async Task RawExpsThroughASpread_AreLG0003_ShiftedSilent(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[] Raw({{type}}[] row)
                {
                    {{type}}[] e = [.. row.Select(v => {{exp}}(v))]; //~ LG0003
                    {{type}} z = e.Sum();
                    return [.. e.Select(v => v / z)];
                }

                public static {{type}}[] Shifted({{type}}[] row)
                {
                    {{type}} m = row.Max();
                    {{type}}[] e = [.. row.Select(v => {{exp}}(v - m))];
                    {{type}} z = e.Sum();
                    return [.. e.Select(v => v / z)];
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
