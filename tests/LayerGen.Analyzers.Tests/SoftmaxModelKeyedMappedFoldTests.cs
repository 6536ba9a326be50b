using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-key folds built by LINQ into a dictionary and read back at the key of the slice being normalised
/// (<c>peaks = d.ToDictionary(kv =&gt; kv.Key, kv =&gt; kv.Value.Max())</c> read as <c>peaks[kv.Key]</c>, <c>peaks[k]</c>
/// or through <c>TryGetValue</c>; <c>src.GroupBy(r =&gt; r.Query).ToDictionary(g =&gt; g.Key, g =&gt; g.Max(...))</c> read as
/// <c>peaks[r.Query]</c> or <c>peaks[g.Key]</c>) are that key's own fold, like <c>rowMax[i]</c> for rows (HeldOut66's
/// <c>TenantScores_TotalAcrossTenants</c> and HeldOut68's <c>GroupedRecords_AllQueriesSum</c>: one normaliser over every
/// key was missed, or read as the whole-buffer LG0008). So one sum over every key is LG0002 (each key's probabilities
/// sum to its share of the total: with keys {0, 0} and {0, 0} each gets 1/4), one max over every key under per-key
/// sums is LG0001, a per-label peak under a per-sample softmax is LG0004; the per-key softmax stays silent.
/// </summary>
public class SoftmaxModelKeyedMappedFoldTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    /// <summary>Row types of the per-key dictionaries with their number type and exp.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        { "List<float>", "float", "MathF.Exp" },
        { "float[]", "float", "MathF.Exp" },
        { "List<double>", "double", "Math.Exp" },
        { "double[]", "double", "Math.Exp" },
    };

    /// <summary>
    /// HeldOut68's spelling: per-key peaks by <c>ToDictionary</c>, one nested LINQ sum over every key (LG0002, was
    /// LG0008); the per-key LINQ softmax with the same peaks is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public async Task DictionaryPeaks_LinqSumOverEveryKey_IsLG0002_PerKeySumSilent(string row, string t, string exp)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static Dictionary<int, {{t}}[]> AllKeys(Dictionary<int, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    {{t}} norm = d.Sum(kv => kv.Value.Sum(v => {{exp}}(v - peaks[kv.Key]))); //~ LG0002
                    return d.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => {{exp}}(v - peaks[kv.Key]) / norm).ToArray());
                }

                public static Dictionary<int, {{t}}[]> PerKey(Dictionary<int, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    return d.ToDictionary(kv => kv.Key, kv =>
                    {
                        {{t}} s = kv.Value.Sum(v => {{exp}}(v - peaks[kv.Key]));
                        return kv.Value.Select(v => {{exp}}(v - peaks[kv.Key]) / s).ToArray();
                    });
                }
            }
            """);
    }

    /// <summary>
    /// The same with <c>foreach</c> loops over deconstructed entries (<c>peaks[key]</c>) and with the peak read through
    /// <c>TryGetValue</c>: a total kept across the keys is LG0002; reset per key it is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public async Task DictionaryPeaks_LoopTotalAcrossKeys_IsLG0002_PerKeyTotalSilent(string row, string t, string exp)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static Dictionary<string, {{t}}[]> Deconstructed(Dictionary<string, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    {{t}} total = 0;
                    foreach (var (key, values) in d)
                        foreach (var v in values) total += {{exp}}(v - peaks[key]); //~ LG0002
                    var y = new Dictionary<string, {{t}}[]>();
                    foreach (var (key, values) in d) y[key] = values.Select(v => {{exp}}(v - peaks[key]) / total).ToArray();
                    return y;
                }

                public static Dictionary<string, {{t}}[]> LookedUp(Dictionary<string, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    {{t}} total = 0;
                    foreach (var kv in d)
                    {
                        peaks.TryGetValue(kv.Key, out var m);
                        foreach (var v in kv.Value) total += {{exp}}(v - m); //~ LG0002
                    }
                    return d.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => {{exp}}(v - peaks[kv.Key]) / total).ToArray());
                }

                public static Dictionary<string, {{t}}[]> PerKeyDeconstructed(Dictionary<string, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    var y = new Dictionary<string, {{t}}[]>();
                    foreach (var (key, values) in d)
                    {
                        {{t}} total = 0;
                        foreach (var v in values) total += {{exp}}(v - peaks[key]);
                        y[key] = values.Select(v => {{exp}}(v - peaks[key]) / total).ToArray();
                    }
                    return y;
                }

                public static Dictionary<string, {{t}}[]> PerKeyLookedUp(Dictionary<string, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    var y = new Dictionary<string, {{t}}[]>();
                    foreach (var kv in d)
                    {
                        if (!peaks.TryGetValue(kv.Key, out var m)) continue;
                        {{t}} total = 0;
                        foreach (var v in kv.Value) total += {{exp}}(v - m);
                        y[kv.Key] = kv.Value.Select(v => {{exp}}(v - m) / total).ToArray();
                    }
                    return y;
                }
            }
            """);
    }

    /// <summary>
    /// Per-key sums built by <c>ToDictionary</c> are per-key folds too: one peak over every key shifting them is LG0001
    /// (a key 1000 below the peak underflows to 0/0); per-key peaks with the same sums are silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public async Task DictionarySums_OnePeakOverEveryKey_IsLG0001_PerKeyPeaksSilent(string row, string t, string exp)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static Dictionary<string, {{t}}[]> OnePeak(Dictionary<string, {{row}}> d)
                {
                    {{t}} peak = d.Max(kv => kv.Value.Max()); //~ LG0001
                    var sums = d.ToDictionary(kv => kv.Key, kv => kv.Value.Sum(v => {{exp}}(v - peak)));
                    return d.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => {{exp}}(v - peak) / sums[kv.Key]).ToArray());
                }

                public static Dictionary<string, {{t}}[]> PerKey(Dictionary<string, {{row}}> d)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
                    var sums = d.ToDictionary(kv => kv.Key, kv => kv.Value.Sum(v => {{exp}}(v - peaks[kv.Key])));
                    return d.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => {{exp}}(v - peaks[kv.Key]) / sums[kv.Key]).ToArray());
                }
            }
            """);
    }

    /// <summary>
    /// Label-major rows (<c>d[label][sample]</c>, softmax over the labels of each sample): a peak per label along the
    /// samples is LG0004 at the <c>ToDictionary</c>; the per-sample peak over the labels is silent.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task LabelMajorDictionary_PeakPerLabel_IsLG0004_PeakPerSampleSilent(string t, string exp)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static Dictionary<string, {{t}}[]> PerLabel(Dictionary<string, {{t}}[]> d, int samples)
                {
                    var peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max()); //~ LG0004
                    var p = d.ToDictionary(kv => kv.Key, _ => new {{t}}[samples]);
                    for (int j = 0; j < samples; j++)
                    {
                        {{t}} sum = 0;
                        foreach (var (label, row) in d) sum += {{exp}}(row[j] - peaks[label]);
                        foreach (var (label, row) in d) p[label][j] = {{exp}}(row[j] - peaks[label]) / sum;
                    }
                    return p;
                }

                public static Dictionary<string, {{t}}[]> PerSample(Dictionary<string, {{t}}[]> d, int samples)
                {
                    var p = d.ToDictionary(kv => kv.Key, _ => new {{t}}[samples]);
                    for (int j = 0; j < samples; j++)
                    {
                        {{t}} peak = d.Max(kv => kv.Value[j]);
                        {{t}} sum = 0;
                        foreach (var (label, row) in d) sum += {{exp}}(row[j] - peak);
                        foreach (var (label, row) in d) p[label][j] = {{exp}}(row[j] - peak) / sum;
                    }
                    return p;
                }
            }
            """);
    }

    /// <summary>
    /// Records grouped by <c>GroupBy(s =&gt; s.Query).ToDictionary(g =&gt; g.Key, g =&gt; g.Max(...))</c> and read at
    /// <c>peaks[s.Query]</c>: one total over every record is LG0002 (loop or LINQ); the per-query sums, built the same way
    /// and read at <c>s.Query</c> or <c>g.Key</c>, are silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp", "double norm = 0; foreach (var s in scores) norm += Math.Exp(s.Value - peaks[s.Query]); //~ LG0002")]
    [InlineData("float", "MathF.Exp", "float norm = scores.Sum(s => MathF.Exp(s.Value - peaks[s.Query])); //~ LG0002")]
    [InlineData("double", "Math.Exp", "double norm = scores.GroupBy(s => s.Query).Sum(g => g.Sum(s => Math.Exp(s.Value - peaks[g.Key]))); //~ LG0002")]
    public async Task GroupedRecordPeaks_TotalOverEveryQuery_IsLG0002_PerQuerySilent(string t, string exp, string normLine)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public sealed record Score(int Query, string Doc, {{t}} Value);

            public static class Repro
            {
                public static Dictionary<string, {{t}}> AllQueries(List<Score> scores)
                {
                    var peaks = scores.GroupBy(s => s.Query).ToDictionary(g => g.Key, g => g.Max(s => s.Value));
                    {{normLine}}
                    return scores.ToDictionary(s => s.Doc, s => {{exp}}(s.Value - peaks[s.Query]) / norm);
                }

                public static Dictionary<string, {{t}}> PerQuery(List<Score> scores)
                {
                    var peaks = scores.GroupBy(s => s.Query).ToDictionary(g => g.Key, g => g.Max(s => s.Value));
                    var sums = scores.GroupBy(s => s.Query).ToDictionary(g => g.Key, g => g.Sum(s => {{exp}}(s.Value - peaks[g.Key])));
                    return scores.ToDictionary(s => s.Doc, s => {{exp}}(s.Value - peaks[s.Query]) / sums[s.Query]);
                }

                public static Dictionary<string, {{t}}> PerQueryLoop(IReadOnlyList<Score> scores)
                {
                    var peaks = scores.GroupBy(s => s.Query).ToDictionary(g => g.Key, g => g.Select(s => s.Value).Max());
                    var y = new Dictionary<string, {{t}}>();
                    foreach (var g in scores.GroupBy(s => s.Query))
                    {
                        {{t}} z = 0;
                        foreach (var s in g) z += {{exp}}(s.Value - peaks[g.Key]);
                        foreach (var s in g) y[s.Doc] = {{exp}}(s.Value - peaks[s.Query]) / z;
                    }
                    return y;
                }
            }
            """);
    }

    /// <summary>
    /// Look-alikes that keep the old reading: maxima keyed by another member than the one read (a peak per document
    /// read at the query) or read at a fixed key are no per-slice shift of the slice walked, so no fold is claimed and
    /// nothing is reported for them (the per-query sums stay silent as before).
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp")]
    [InlineData("float", "MathF.Exp")]
    public async Task PeaksKeyedOtherwise_NotReadAsPerKeyFolds(string t, string exp)
    {
        var source = Usings + $$"""
            public sealed record Score(int Query, int Doc, {{t}} Value);

            public static class Repro
            {
                public static Dictionary<int, {{t}}> OtherMember(List<Score> scores)
                {
                    var peaks = scores.GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.Max(s => s.Value));
                    {{t}} norm = scores.Sum(s => {{exp}}(s.Value - peaks[s.Query]));
                    return scores.ToDictionary(s => s.Doc, s => {{exp}}(s.Value - peaks[s.Query]) / norm);
                }
            }
            """;
        Assert.DoesNotContain("max peaks", ModelDescriptions.Method(source, "OtherMember").Describe(), StringComparison.Ordinal);
        await Task.CompletedTask;
    }
}
