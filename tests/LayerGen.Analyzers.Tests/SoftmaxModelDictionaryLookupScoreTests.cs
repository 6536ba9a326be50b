using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Scores read from a dictionary by a lookup (<c>d.TryGetValue(k, out var w) ? w : 0</c>, <c>d.GetValueOrDefault(k)</c>,
/// <c>d.ContainsKey(k) ? d[k] : 0</c>) are data like <c>d[k]</c> (HeldOut44's <c>BagOfWords_RawLabelDictionary</c>): an exp
/// of such scores with no maximum subtracted is LG0003, in a lambda, a loop or a local function, in float and double; the
/// same scores shifted by their maximum stay silent.
/// </summary>
public class SoftmaxModelDictionaryLookupScoreTests
{
    /// <summary>Score spellings over <c>d</c> (one label's sparse weights) and <c>tokens</c>.</summary>
    public static TheoryData<string> ScoreSpellings => new()
    {
        "tokens.Sum(t => d.TryGetValue(t, out var w) ? w : Z)",
        "tokens.Sum(t => d.TryGetValue(t, out T w) ? w : Z)",
        "tokens.Sum(t => !d.TryGetValue(t, out var w) ? Z : w)",
        "tokens.Sum(t => d.GetValueOrDefault(t))",
        "tokens.Sum(t => d.GetValueOrDefault(t, Z))",
        "tokens.Sum(t => CollectionExtensions.GetValueOrDefault(d, t))",
        "tokens.Sum(t => d.ContainsKey(t) ? d[t] : Z)",
        "tokens.Sum(t => d[t])",
        "tokens.Select(t => d.GetValueOrDefault(t)).Sum()",
        "d.TryGetValue(tokens[0], out var x) ? x : Z",
        "d.GetValueOrDefault(\"bias\")",
        "d.GetValueOrDefault(\"bias\") + tokens.Sum(t => d.TryGetValue(t, out var w) ? w : Z)",
    };

    [Theory]
    [MemberData(nameof(ScoreSpellings))]
    public async Task RawLookupScores_InToDictionary_AreLG0003(string score)
    {
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(LambdaSource(score, "double", shifted: false), assertCompiles: false));
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(LambdaSource(score, "float", shifted: false), assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(ScoreSpellings))]
    public async Task ShiftedLookupScores_InToDictionary_AreSilent(string score)
    {
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(LambdaSource(score, "double", shifted: true), assertCompiles: false));
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(LambdaSource(score, "float", shifted: true), assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(ScoreSpellings))]
    public async Task RawLookupScores_InSelect_AreLG0003(string score)
    {
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(SelectSource(score, "double", shifted: false), assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(ScoreSpellings))]
    public async Task ShiftedLookupScores_InSelect_AreSilent(string score)
    {
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(SelectSource(score, "double", shifted: true), assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(ScoreSpellings))]
    public async Task RawLookupScores_FromLocalFunction_AreLG0003(string score)
    {
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(LocalFunctionSource(score, "double", shifted: false), assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(ScoreSpellings))]
    public async Task ShiftedLookupScores_FromLocalFunction_AreSilent(string score)
    {
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(LocalFunctionSource(score, "double", shifted: true), assertCompiles: false));
    }

    /// <summary>Loop spellings that leave the label's score in <c>s</c>.</summary>
    public static TheoryData<string> LoopSpellings => new()
    {
        "foreach (var t in tokens) { if (d.TryGetValue(t, out var w)) s += w; }",
        "foreach (var t in tokens) { if (!d.TryGetValue(t, out T w)) continue; s += w; }",
        "for (int i = 0; i < tokens.Length; i++) { s += d.GetValueOrDefault(tokens[i]); }",
        "int j = 0; while (j < tokens.Length) { if (d.ContainsKey(tokens[j])) s += d[tokens[j]]; j++; }",
        "T w; foreach (var t in tokens) { if (d.TryGetValue(t, out w)) s += w; }",
    };

    [Theory]
    [MemberData(nameof(LoopSpellings))]
    public async Task RawLookupScores_InLoops_AreLG0003(string loop)
    {
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(LoopSource(loop, "double", shifted: false), assertCompiles: false));
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(LoopSource(loop, "float", shifted: false), assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(LoopSpellings))]
    public async Task ShiftedLookupScores_InLoops_AreSilent(string loop)
    {
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(LoopSource(loop, "double", shifted: true), assertCompiles: false));
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(LoopSource(loop, "float", shifted: true), assertCompiles: false));
    }

    [Fact]
    public async Task ReadOnlyDictionaries_AreReadLikeDictionaries()
    {
        var raw = LambdaSource("tokens.Sum(t => d.TryGetValue(t, out var w) ? w : Z)", "double", shifted: false)
            .Replace("Dictionary<string, Dictionary<string, double>>", "IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>");
        Assert.Contains("IReadOnlyDictionary", raw);
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(raw, assertCompiles: false));
    }

    [Fact]
    public async Task Lookup_ReadsLikeTheIndexer()
    {
        // d.GetValueOrDefault(t) is d[t] where the key is present: the same report as the indexer spelling, found or not.
        var indexer = LambdaSource("tokens.Sum(t => d[t])", "double", shifted: false);
        var lookup = LambdaSource("tokens.Sum(t => d.GetValueOrDefault(t))", "double", shifted: false);
        Assert.Equal(await SourceMarkers.ReportedSortedIdsAsync(indexer, assertCompiles: false), await SourceMarkers.ReportedSortedIdsAsync(lookup, assertCompiles: false));
    }

    private static string Typed(string text, string type) =>
        text.Replace("T ", type + " ").Replace("Z", type == "float" ? "0f" : "0.0");

    private static string Exp(string type) => type == "float" ? "MathF.Exp" : "Math.Exp";

    /// <summary>HeldOut44's shape: label scores made by a ToDictionary, exps by a ToDictionary, total of the values.</summary>
    private static string LambdaSource(string score, string type, bool shifted) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static Dictionary<string, {{type}}> F(Dictionary<string, Dictionary<string, {{type}}>> weights, string[] tokens) {
                var scores = weights.ToDictionary(kv => kv.Key, kv => { var d = kv.Value; return {{Typed(score, type)}}; });
                {{type}} m = {{(shifted ? "scores.Values.Max()" : "0")}};
                var exps = scores.ToDictionary(kv => kv.Key, kv => {{Exp(type)}}(kv.Value{{(shifted ? " - m" : "")}}));
                {{type}} total = exps.Values.Sum();
                return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
            }
        }
        """;

    /// <summary>Label scores made by a Select over a list of per-label dictionaries, exps in an array.</summary>
    private static string SelectSource(string score, string type, bool shifted) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static {{type}}[] F(List<Dictionary<string, {{type}}>> weights, string[] tokens) {
                {{type}}[] scores = weights.Select(d => {{Typed(score, type)}}).ToArray();
                {{(shifted ? $"{type} m = scores.Max();" : "")}}
                var exps = new {{type}}[scores.Length];
                {{type}} total = 0;
                for (int c = 0; c < scores.Length; c++) { exps[c] = {{Exp(type)}}(scores[c]{{(shifted ? " - m" : "")}}); total += exps[c]; }
                for (int c = 0; c < exps.Length; c++) exps[c] /= total;
                return exps;
            }
        }
        """;

    /// <summary>Label scores from a local function over one label's dictionary.</summary>
    private static string LocalFunctionSource(string score, string type, bool shifted) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static Dictionary<string, {{type}}> F(Dictionary<string, Dictionary<string, {{type}}>> weights, string[] tokens) {
                {{type}} Score(Dictionary<string, {{type}}> d) => {{Typed(score, type)}};
                var scores = new Dictionary<string, {{type}}>();
                foreach (var kv in weights) scores[kv.Key] = Score(kv.Value);
                {{(shifted ? $"{type} m = scores.Values.Max();" : "")}}
                var probs = new Dictionary<string, {{type}}>();
                {{type}} total = 0;
                foreach (var kv in scores) { var e = {{Exp(type)}}(kv.Value{{(shifted ? " - m" : "")}}); probs[kv.Key] = e; total += e; }
                foreach (var key in probs.Keys.ToList()) probs[key] /= total;
                return probs;
            }
        }
        """;

    /// <summary>Label scores accumulated by a loop per label.</summary>
    private static string LoopSource(string loop, string type, bool shifted) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static Dictionary<string, {{type}}> F(Dictionary<string, Dictionary<string, {{type}}>> weights, string[] tokens) {
                var scores = new Dictionary<string, {{type}}>();
                foreach (var kv in weights) {
                    var d = kv.Value;
                    {{type}} s = 0;
                    {{Typed(loop, type)}}
                    scores[kv.Key] = s;
                }
                {{type}} m = {{(shifted ? "scores.Values.Max()" : "0")}};
                var exps = scores.ToDictionary(kv => kv.Key, kv => {{Exp(type)}}(kv.Value{{(shifted ? " - m" : "")}}));
                {{type}} total = exps.Values.Sum();
                return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
            }
        }
        """;
}
