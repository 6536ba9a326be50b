using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Softmaxes per group whose terms are looked up by key (HeldOut49's <c>SectorSoftmax_UniverseTopScore</c>): the groups
/// hold keys (<c>sector → tickers</c>), the logits sit in a dictionary keyed by them (<c>score[ticker]</c>), and each group
/// is normalised on its own. A peak over the whole dictionary (<c>score.Values.Max()</c>, a loop over its values or
/// pairs, a fold over every group's lookups, a helper) subtracted in every group is LG0001: a group whose scores sit
/// 1000 below the universe's best gives exp(−1000)/… = 0/0 = NaN. Silent: each group's own peak through its lookups, a
/// dictionary of per-group peaks, one softmax over the union of the groups (one total across them), one softmax over
/// every key, and a dictionary of weights normalised without exp.
/// </summary>
public class SoftmaxModelKeyedGroupGatherTests
{
    /// <summary>{OUTER} is line 12; the group loop's header, the local it copies and the group's keys follow.</summary>
    private const string Template = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace P;
        public sealed record Sector(string Name, string[] Tickers);
        public static class C
        {
            public static Dictionary<string, double> F(IReadOnlyDictionary<string, string[]> groups, IReadOnlyDictionary<string, double> score,
                Dictionary<string, List<string>> lists, IReadOnlyList<Sector> sectors, ILookup<string, string> lookup, string[] universe,
                IReadOnlyDictionary<string, string> sectorOf, Dictionary<string, double> tops)
            {
                {OUTER}
                var w = new Dictionary<string, double>();
                {HEAD}
                {
                    {LOCAL}
                    {INNER}
                    {BODY}
                }
                return w;
            }

            static double UniverseTop(IReadOnlyDictionary<string, double> s) { double m = double.NegativeInfinity; foreach (double v in s.Values) m = Math.Max(m, v); return m; }
            static double GroupTop(IReadOnlyDictionary<string, double> s, IEnumerable<string> keys) { double m = double.NegativeInfinity; foreach (string k in keys) m = Math.Max(m, s[k]); return m; }
        }
        """;

    /// <summary>How the groups are walked: the loop header, a local copied at the top of the body, the group's keys.</summary>
    private static readonly Dictionary<string, (string Head, string Local, string Keys)> Groups = new()
    {
        ["deconstructed"] = ("foreach (var (sector, tickers) in groups)", "", "tickers"),
        ["pair"] = ("foreach (KeyValuePair<string, string[]> kv in groups)", "", "kv.Value"),
        ["pairlocal"] = ("foreach (var kv in groups)", "string[] members = kv.Value;", "members"),
        ["keys"] = ("foreach (string sector in groups.Keys)", "", "groups[sector]"),
        ["keyslocal"] = ("foreach (string sector in groups.Keys)", "var members = groups[sector];", "members"),
        ["values"] = ("foreach (string[] members in groups.Values)", "", "members"),
        ["list"] = ("foreach (var (sector, members) in lists)", "", "members"),
        ["record"] = ("foreach (Sector s in sectors)", "", "s.Tickers"),
        ["recordfor"] = ("for (int g = 0; g < sectors.Count; g++)", "", "sectors[g].Tickers"),
        ["lookup"] = ("foreach (IGrouping<string, string> members in lookup)", "", "members"),
        ["groupby"] = ("foreach (var members in universe.GroupBy(t => sectorOf[t]))", "", "members"),
    };

    /// <summary>The per-group softmax with the shift <c>top</c>, terms looked up by key.</summary>
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["foreach"] = "double sum = 0.0; foreach (string t in KEYS) { w[t] = Math.Exp(score[t] - top); sum += w[t]; } foreach (string t in KEYS) w[t] /= sum;",
        ["local"] = "double sum = 0.0; foreach (var t in KEYS) { double e = Math.Exp(score[t] - top); w[t] = e; sum += e; } foreach (var t in KEYS) w[t] = w[t] / sum;",
        ["linq"] = "double[] e = KEYS.Select(t => Math.Exp(score[t] - top)).ToArray(); double sum = e.Sum(); int k = 0; foreach (string t in KEYS) w[t] = e[k++] / sum;",
    };

    /// <summary>One peak over the whole dictionary (its values, its pairs, a helper), before the group loop.</summary>
    private static readonly Dictionary<string, string> WholeMaxima = new()
    {
        ["values"] = "double top = score.Values.Max();",
        ["valuesloop"] = "double top = double.NegativeInfinity; foreach (double v in score.Values) top = Math.Max(top, v);",
        ["pairs"] = "double top = double.NegativeInfinity; foreach (var kv in score) if (kv.Value > top) top = kv.Value;",
        ["helper"] = "double top = UniverseTop(score);",
    };

    /// <summary>Each group's own peak through its lookups, inside the group loop.</summary>
    private static readonly Dictionary<string, string> GroupMaxima = new()
    {
        ["linq"] = "double top = KEYS.Max(t => score[t]);",
        ["loop"] = "double top = double.NegativeInfinity; foreach (string t in KEYS) top = Math.Max(top, score[t]);",
        ["helper"] = "double top = GroupTop(score, KEYS);",
    };

    /// <summary>
    /// The exps gathered by a loop over the group's keys. Still missed, left out (Recreations/README.md, keygather): the
    /// exps gathered by LINQ (<c>KEYS.Select(t =&gt; Math.Exp(score[t] - top))</c>, missed for integer index lists too) and
    /// the peak folded over every group's lookups (<c>groups.Values.SelectMany(g =&gt; g).Max(t =&gt; score[t])</c>, a nested
    /// <c>foreach</c>).
    /// </summary>
    public static TheoryData<string, string, string> WholeCases => Cross(WholeMaxima.Keys, new[] { "foreach", "local" });

    public static TheoryData<string, string, string> GroupCases => Cross(GroupMaxima.Keys, Bodies.Keys.ToArray());

    [Theory]
    [MemberData(nameof(WholeCases))]
    public async Task UniversePeak_ShiftingEveryGroup_IsLG0001(string groups, string body, string max) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(groups, body, WholeMaxima[max] + " //~ LG0001", ""));

    [Theory]
    [MemberData(nameof(GroupCases))]
    public async Task GroupsOwnPeakThroughItsLookups_StaysSilent(string groups, string body, string max) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(groups, body, "", GroupMaxima[max]));

    /// <summary>
    /// One softmax over the union of the groups: the universe's peak, ONE total across every group, divided after the
    /// group loop. Correct for any input (the peak is one of the union's own terms, so the total is at least 1).
    /// </summary>
    [Theory]
    [InlineData("deconstructed")]
    [InlineData("pair")]
    [InlineData("keys")]
    [InlineData("values")]
    [InlineData("list")]
    [InlineData("record")]
    [InlineData("lookup")]
    public async Task UnionOfTheGroups_OneTotal_StaysSilent(string groups)
    {
        var (head, local, keys) = Groups[groups];
        var outer = "double top = score.Values.Max(); double total = 0.0;";
        var body = $"foreach (string t in {keys}) {{ w[t] = Math.Exp(score[t] - top); total += w[t]; }}";
        var source = Template.Replace("{OUTER}", outer).Replace("{HEAD}", head).Replace("{LOCAL}", local).Replace("{INNER}", "").Replace("{BODY}", body)
            .Replace("return w;", "foreach (string t in w.Keys.ToList()) w[t] /= total; return w;");
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The union spelled with a LINQ gather per group added into one total: still one softmax, silent.</summary>
    [Fact]
    public async Task UnionOfTheGroups_LinqTermsIntoOneTotal_StaysSilent() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Template.Replace("{OUTER}", "double top = score.Values.Max(); double total = 0.0;")
            .Replace("{HEAD}", "foreach (var (sector, tickers) in groups)").Replace("{LOCAL}", "").Replace("{INNER}", "")
            .Replace("{BODY}", "foreach (string t in tickers) w[t] = Math.Exp(score[t] - top); total += tickers.Sum(t => w[t]);")
            .Replace("return w;", "return w.ToDictionary(p => p.Key, p => p.Value / total);"));

    /// <summary>
    /// The union with <c>total = total + e</c> and the per-term exp in a local: still one total over every group, silent.
    /// </summary>
    [Fact]
    public async Task UnionOfTheGroups_TotalSpelledAsAssignment_StaysSilent() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Template.Replace("{OUTER}", "double top = UniverseTop(score); double total = 0.0;")
            .Replace("{HEAD}", "foreach (var kv in groups)").Replace("{LOCAL}", "").Replace("{INNER}", "")
            .Replace("{BODY}", "foreach (string t in kv.Value) { double e = Math.Exp(score[t] - top); w[t] = e; total = total + e; }")
            .Replace("return w;", "foreach (string t in w.Keys.ToList()) w[t] /= total; return w;"));

    /// <summary>
    /// An integer tally carried across the groups (<c>n += tickers.Length</c>) is no normaliser: the per-group sums under
    /// the universe peak stay LG0001.
    /// </summary>
    [Fact]
    public async Task UniversePeak_WithIntegerTallyAcrossGroups_IsLG0001() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Template.Replace("{OUTER}", "double top = score.Values.Max(); //~ LG0001\n        int n = 0;")
            .Replace("{HEAD}", "foreach (var (sector, tickers) in groups)").Replace("{LOCAL}", "n += tickers.Length;").Replace("{INNER}", "")
            .Replace("{BODY}", Bodies["foreach"].Replace("KEYS", "tickers")));

    /// <summary>A dictionary of per-group peaks computed beforehand, looked up by the group's key: each group's own shift.</summary>
    [Theory]
    [InlineData("foreach")]
    [InlineData("local")]
    [InlineData("linq")]
    public async Task PerGroupPeaksByGroupKey_StaysSilent(string body) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Template
            .Replace("{OUTER}", "foreach (var (s, ts) in groups) tops[s] = ts.Max(t => score[t]);")
            .Replace("{HEAD}", "foreach (var (sector, tickers) in groups)").Replace("{LOCAL}", "").Replace("{INNER}", "double top = tops[sector];")
            .Replace("{BODY}", Bodies[body].Replace("KEYS", "tickers")));

    /// <summary>
    /// One softmax over every key of the dictionary (no groups), shifted by the dictionary's own peak: correct. Also
    /// the keys copied into one list first (one group that is all of the keys).
    /// </summary>
    [Theory]
    [InlineData("score.Keys")]
    [InlineData("all")]
    public async Task WholeDictionaryPeak_OverOneSoftmaxOfEveryKey_StaysSilent(string keys) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static Dictionary<string, double> F(IReadOnlyDictionary<string, double> score) {
                    double top = score.Values.Max(); var w = new Dictionary<string, double>(); var all = score.Keys.ToArray();
                    double sum = 0.0; foreach (string t in {{keys}}) { w[t] = Math.Exp(score[t] - top); sum += w[t]; }
                    foreach (string t in {{keys}}) w[t] /= sum;
                    return w;
                }
            }
            """);

    /// <summary>
    /// Weights, not logits: per-group shares of a weight dictionary scaled by its overall maximum (no exp), and
    /// per-group softmaxes (own peak) multiplied by a looked-up weight. Neither is a shifted softmax over the universe.
    /// </summary>
    [Theory]
    [InlineData("double top = weight.Values.Max();", "double sum = 0.0; foreach (string t in tickers) { w[t] = weight[t] / top; sum += w[t]; } foreach (string t in tickers) w[t] /= sum;")]
    [InlineData("", "double top = tickers.Max(t => score[t]); double sum = 0.0; foreach (string t in tickers) { w[t] = weight[t] * Math.Exp(score[t] - top); sum += w[t]; } foreach (string t in tickers) w[t] /= sum;")]
    public async Task WeightDictionary_StaysSilent(string outer, string body) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static Dictionary<string, double> F(IReadOnlyDictionary<string, string[]> groups, IReadOnlyDictionary<string, double> score, IReadOnlyDictionary<string, double> weight) {
                    {{outer}}
                    var w = new Dictionary<string, double>();
                    foreach (var (sector, tickers) in groups) { {{body}} }
                    return w;
                }
            }
            """);

    /// <summary>float scores and <c>MathF</c>, groups as <c>Dictionary&lt;string, List&lt;string&gt;&gt;</c>: the same bug and its fix.</summary>
    [Theory]
    [InlineData("float top = score.Values.Max(); //~ LG0001", "")]
    [InlineData("float top = float.NegativeInfinity; foreach (float v in score.Values) top = MathF.Max(top, v); //~ LG0001", "")]
    [InlineData("", "float top = members.Max(t => score[t]);")]
    [InlineData("", "float top = float.NegativeInfinity; foreach (string t in members) top = MathF.Max(top, score[t]);")]
    public async Task FloatScores_ListGroups(string outer, string inner) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static Dictionary<string, float> F(Dictionary<string, List<string>> groups, Dictionary<string, float> score) {
                    {{outer}}
                    var w = new Dictionary<string, float>();
                    foreach (var (sector, members) in groups) {
                        {{inner}}
                        float z = 0f; foreach (string t in members) { w[t] = MathF.Exp(score[t] - top); z += w[t]; }
                        foreach (string t in members) w[t] /= z;
                    }
                    return w;
                }
            }
            """);

    /// <summary>
    /// Already found on main (kept so): the walk unshifted is LG0003 at the exp, and one total declared above the group
    /// loop but divided into each group (each group's own peak) is LG0002 (a group's weights sum to its share, not 1).
    /// </summary>
    [Theory]
    [InlineData("", "double sum = 0.0;", "", "w[t] = Math.Exp(score[t]); //~ LG0003", "")]
    [InlineData("double sum = 0.0;", "", "double top = tickers.Max(t => score[t]);", "w[t] = Math.Exp(score[t] - top);", "//~ LG0002")]
    public async Task AlreadyFoundSpellings_StayReported(string outer, string reset, string peak, string term, string sumMarker) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static Dictionary<string, double> F(IReadOnlyDictionary<string, string[]> groups, IReadOnlyDictionary<string, double> score) {
                    {{outer}}
                    var w = new Dictionary<string, double>();
                    foreach (var (sector, tickers) in groups) {
                        {{reset}} {{peak}}
                        foreach (string t in tickers) {
                            {{term}}
                            sum += w[t]; {{sumMarker}}
                        }
                        foreach (string t in tickers) w[t] /= sum;
                    }
                    return w;
                }
            }
            """);

    /// <summary>HeldOut49's minimal reproduction (Recreations/HeldOut49/README.md): the buggy variant is LG0001 on the peak.</summary>
    [Fact]
    public async Task SectorRepro_Buggy_IsLG0001() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class SectorRepro
            {
                public static Dictionary<string, double> Buggy(IReadOnlyDictionary<string, string[]> groups, IReadOnlyDictionary<string, double> score)
                {
                    double top = score.Values.Max(); //~ LG0001
                    var w = new Dictionary<string, double>();
                    foreach (var (g, tickers) in groups)
                    {
                        double sum = 0.0;
                        foreach (string t in tickers) { w[t] = Math.Exp(score[t] - top); sum += w[t]; }
                        foreach (string t in tickers) w[t] /= sum;
                    }
                    return w;
                }
            }
            """);

    /// <summary>HeldOut49's minimal reproduction, the correct variant: each group's own peak through the same lookups.</summary>
    [Fact]
    public async Task SectorRepro_Correct_StaysSilent() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class SectorRepro
            {
                public static Dictionary<string, double> Correct(IReadOnlyDictionary<string, string[]> groups, IReadOnlyDictionary<string, double> score)
                {
                    var w = new Dictionary<string, double>();
                    foreach (var (g, tickers) in groups)
                    {
                        double top = tickers.Max(t => score[t]);
                        double sum = 0.0;
                        foreach (string t in tickers) { w[t] = Math.Exp(score[t] - top); sum += w[t]; }
                        foreach (string t in tickers) w[t] /= sum;
                    }
                    return w;
                }
            }
            """);

    /// <summary>
    /// Not a keyed group gather: <c>foreach (string label in row.Keys)</c> walks the row's own entries (DictionaryKeys.cs),
    /// also under <c>float.Max</c>. A peak over every row shifting each row is LG0001; each row's own peak is silent.
    /// </summary>
    [Theory]
    [InlineData("double peak = scores.Max(r => r.Values.Max()); //~ LG0001", "")]
    [InlineData("double peak = double.NegativeInfinity; foreach (var r in scores) foreach (double v in r.Values) peak = double.Max(peak, v); //~ LG0001", "")]
    [InlineData("", "double peak = row.Values.Max();")]
    [InlineData("", "double peak = double.NegativeInfinity; foreach (double v in row.Values) peak = double.Max(peak, v);")]
    public async Task RowKeysWalk_OfAListOfDictionaries(string outer, string inner) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static List<Dictionary<string, double>> F(List<Dictionary<string, double>> scores) {
                    {{outer}}
                    var result = new List<Dictionary<string, double>>();
                    foreach (Dictionary<string, double> row in scores) {
                        {{inner}}
                        var p = new Dictionary<string, double>(); double z = 0.0;
                        foreach (string label in row.Keys) { p[label] = Math.Exp(row[label] - peak); z += p[label]; }
                        foreach (string label in row.Keys) p[label] /= z;
                        result.Add(p);
                    }
                    return result;
                }
            }
            """);

    /// <summary>HeldOut49's corpus file itself (its two pin lines dropped): LG0001 on the universe peak.</summary>
    [Fact]
    public async Task SectorSoftmax_UniverseTopScore_CorpusFile_IsLG0001() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            // Idiom: sector-neutral allocation, a softmax over the tickers of each sector, with the classification held as a
            // dictionary sector -> tickers and the signal as a dictionary ticker -> score (own code).
            // Layout: IReadOnlyDictionary<string, string[]> sectors, IReadOnlyDictionary<string, double> scores; result
            // Dictionary<string, double> ticker -> weight within its sector.
            // Label: LG0001 — the top score is taken once over the whole universe (score.Values.Max()) and subtracted in every
            // sector, so a sector whose scores sit far below the universe's best underflows to 0/0.
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace HeldOut49.SectorSoftmax_UniverseTopScore;

            public static class SectorWeights
            {
                public static Dictionary<string, double> Compute(
                    IReadOnlyDictionary<string, string[]> tickersBySector,
                    IReadOnlyDictionary<string, double> score)
                {
                    double top = score.Values.Max(); //~ LG0001
                    var weights = new Dictionary<string, double>();
                    foreach (var (sector, tickers) in tickersBySector)
                    {
                        double sum = 0.0;
                        foreach (string ticker in tickers)
                        {
                            double e = Math.Exp(score[ticker] - top);
                            weights[ticker] = e;
                            sum += e;
                        }

                        foreach (string ticker in tickers)
                        {
                            weights[ticker] /= sum;
                        }
                    }

                    return weights;
                }
            }
            """);

    private static TheoryData<string, string, string> Cross(IEnumerable<string> maxima, string[] bodies)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var groups in Groups.Keys)
        {
            foreach (var body in bodies)
            {
                foreach (var max in maxima)
                {
                    data.Add(groups, body, max);
                }
            }
        }

        return data;
    }

    private static string Source(string groups, string body, string outer, string inner)
    {
        var (head, local, keys) = Groups[groups];
        return Template.Replace("{OUTER}", outer).Replace("{HEAD}", head).Replace("{LOCAL}", local).Replace("{INNER}", inner.Replace("KEYS", keys))
            .Replace("{BODY}", Bodies[body].Replace("KEYS", keys));
    }
}
