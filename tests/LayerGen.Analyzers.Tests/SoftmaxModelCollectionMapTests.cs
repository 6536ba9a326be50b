using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Immutable and frozen collections in the roles of the LINQ and list calls they mirror (HeldOut85's pinned misses
/// <c>FrozenDictionary_RawVocabulary</c>, <c>ImmutableSortedDictionary_SoftcappedAllHeads</c> and
/// <c>ImmutableArrayBuilder_FlatRawExp</c>; WellKnownSymbols.CollectionSynonyms.cs): the value selector of
/// <c>ToFrozenDictionary</c>/<c>ToImmutableDictionary</c>/<c>ToImmutableSortedDictionary</c> is a map over the source like
/// <c>ToDictionary</c>'s, <c>ImmutableArray.CreateRange(x, f)</c> is <c>x.Select(f)</c>, and a list builder's indexer
/// (<c>ImmutableArray&lt;T&gt;.Builder</c>, <c>ImmutableList&lt;T&gt;.Builder</c>) stores elements of a 1-D buffer like
/// <c>List&lt;T&gt;</c>'s. Each bug has its correct twin (shifted exps, per-key or per-row sums), which stays silent.
/// </summary>
public class SoftmaxModelCollectionMapTests
{
    /// <summary>
    /// An exp in a dictionary copy's value selector, normalised by a second copy over <c>.Values.Sum()</c>: raw is LG0003
    /// at the exp, shifted by the dictionary's max is silent (<c>ToDictionary</c>, the reference, and its immutable and
    /// frozen mirrors).
    /// </summary>
    [Theory]
    [InlineData("ToDictionary", "Dictionary")]
    [InlineData("ToFrozenDictionary", "FrozenDictionary")]
    [InlineData("ToImmutableDictionary", "ImmutableDictionary")]
    [InlineData("ToImmutableSortedDictionary", "ImmutableSortedDictionary")]
    public async Task DictionaryValueSelector_RawExpIsLG0003_ShiftedSilent(string copy, string type)
    {
        var source = $$"""
            using System;
            using System.Collections.Frozen;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}<int, float> Raw(Dictionary<int, float> scores)
                {
                    {{type}}<int, float> exps = scores.{{copy}}(kv => kv.Key, kv => MathF.Exp(kv.Value)); //~ LG0003
                    float z = exps.Values.Sum();
                    return exps.{{copy}}(kv => kv.Key, kv => kv.Value / z);
                }

                public static {{type}}<int, float> Shifted(Dictionary<int, float> scores)
                {
                    float m = scores.Values.Max();
                    {{type}}<int, float> exps = scores.{{copy}}(kv => kv.Key, kv => MathF.Exp(kv.Value - m));
                    float z = exps.Values.Sum();
                    return exps.{{copy}}(kv => kv.Key, kv => kv.Value / z);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// HeldOut85's <c>ImmutableSortedDictionary_SoftcappedAllHeads</c> with a per-key max: each key's shifted exps divided,
    /// in a dictionary copy's value selector, by one partition over every key is LG0002 at the accumulation; a partition
    /// per key is silent.
    /// </summary>
    [Theory]
    [InlineData("ToDictionary", "Dictionary")]
    [InlineData("ToFrozenDictionary", "FrozenDictionary")]
    [InlineData("ToImmutableDictionary", "ImmutableDictionary")]
    [InlineData("ToImmutableSortedDictionary", "ImmutableSortedDictionary")]
    public async Task DictionaryValueSelector_PartitionOverEveryKeyIsLG0002_PerKeySilent(string copy, string type)
    {
        var source = $$"""
            using System;
            using System.Collections.Frozen;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}<int, float[]> AllKeys(Dictionary<int, float[]> layers)
                {
                    var weights = new SortedDictionary<int, float[]>();
                    float partition = 0f;
                    foreach (var (layer, scores) in layers)
                    {
                        float m = scores.Max();
                        var w = new float[scores.Length];
                        for (int j = 0; j < scores.Length; j++)
                        {
                            w[j] = MathF.Exp(scores[j] - m);
                            partition += w[j]; //~ LG0002
                        }
                        weights[layer] = w;
                    }
                    return weights.{{copy}}(kv => kv.Key, kv => kv.Value.Select(v => v / partition).ToArray());
                }

                public static {{type}}<int, float[]> PerKey(Dictionary<int, float[]> layers)
                {
                    var weights = new SortedDictionary<int, float[]>();
                    var partition = new Dictionary<int, float>();
                    foreach (var (layer, scores) in layers)
                    {
                        float m = scores.Max();
                        var w = new float[scores.Length];
                        float s = 0f;
                        for (int j = 0; j < scores.Length; j++)
                        {
                            w[j] = MathF.Exp(scores[j] - m);
                            s += w[j];
                        }
                        weights[layer] = w;
                        partition[layer] = s;
                    }
                    return weights.{{copy}}(kv => kv.Key, kv => kv.Value.Select(v => v / partition[kv.Key]).ToArray());
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// An exp mapped over a flat array and materialised by an immutable copy (<c>ToImmutableArray()</c>,
    /// <c>ToImmutableList()</c>, <c>ImmutableArray.CreateRange(x, f)</c>, <c>CreateRange(x.Select(f))</c>): raw is LG0003,
    /// shifted by the array's own max is silent.
    /// </summary>
    [Theory]
    [InlineData("x.Select(v => MathF.Exp(v{shift})).ToImmutableArray()", "ImmutableArray<float>", "float")]
    [InlineData("x.Select(v => Math.Exp(v{shift})).ToImmutableList()", "ImmutableList<double>", "double")]
    [InlineData("ImmutableArray.CreateRange(x, v => MathF.Exp(v{shift}))", "ImmutableArray<float>", "float")]
    [InlineData("ImmutableArray.CreateRange(x, v => Math.Exp(v{shift}))", "ImmutableArray<double>", "double")]
    [InlineData("ImmutableArray.CreateRange(x.Select(v => MathF.Exp(v{shift})))", "ImmutableArray<float>", "float")]
    [InlineData("ImmutableList.CreateRange(x.Select(v => Math.Exp(v{shift})))", "ImmutableList<double>", "double")]
    public async Task MaterialisedMap_RawExpIsLG0003_ShiftedSilent(string make, string type, string element)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Linq;

            public static class Repro
            {
                public static {{element}}[] Raw(ImmutableArray<{{element}}> x)
                {
                    {{type}} e = {{make.Replace("{shift}", "")}}; //~ LG0003
                    {{element}} z = e.Sum();
                    return e.Select(v => v / z).ToArray();
                }

                public static {{element}}[] Shifted(ImmutableArray<{{element}}> x)
                {
                    {{element}} m = x.Max();
                    {{type}} e = {{make.Replace("{shift}", " - m")}};
                    {{element}} z = e.Sum();
                    return e.Select(v => v / z).ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Declarations of a flat output buffer <c>y</c> of <c>n</c> elements of <c>{t}</c> written through its indexer, and how it is returned.</summary>
    public static TheoryData<string, string, string> Buffers => new()
    {
        { "ImmutableArray<{t}>.Builder y = ImmutableArray.CreateBuilder<{t}>(n); y.Count = n;", "y.MoveToImmutable()", "float" },
        { "var y = ImmutableArray.CreateBuilder<{t}>(n); y.Count = n;", "y.ToImmutable()", "double" },
        { "var y = ImmutableList.CreateBuilder<{t}>(); for (int i = 0; i < n; i++) y.Add(0);", "y.ToImmutable()", "float" },
        { "var y = ImmutableArray.Create(new {t}[n]).ToBuilder();", "y.ToImmutable()", "double" },
        { "var y = new List<{t}>(new {t}[n]);", "y", "float" },
        { "var y = new Collection<{t}>(new {t}[n]);", "y", "double" },
    };

    /// <summary>
    /// HeldOut85's <c>ImmutableArrayBuilder_FlatRawExp</c>: exps stored through a list-like indexer
    /// (<c>y[o + c] = e; y[o + c] /= norm</c>) into a flat row-major buffer. Raw exps are LG0003; a norm carried across
    /// rows is LG0002; the row-shifted, per-row twin is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Buffers))]
    public async Task IndexerStores_RawExpIsLG0003_CarriedNormLG0002_PerRowSilent(string declare, string result, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var decl = declare.Replace("{t}", type);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Collections.ObjectModel;

            public static class Repro
            {
                public static IList<{{type}}> Raw({{type}}[] x, int labels)
                {
                    int n = x.Length;
                    {{decl}}
                    for (int o = 0; o < n; o += labels)
                    {
                        {{type}} norm = 0;
                        for (int c = 0; c < labels; c++)
                        {
                            {{type}} e = {{exp}}(x[o + c]); //~ LG0003
                            y[o + c] = e;
                            norm += e;
                        }
                        for (int c = 0; c < labels; c++) y[o + c] /= norm;
                    }
                    return {{result}};
                }

                public static IList<{{type}}> Carried({{type}}[] x, int labels)
                {
                    int n = x.Length;
                    {{decl}}
                    {{type}} norm = 0;
                    for (int o = 0; o < n; o += labels)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int c = 0; c < labels; c++) m = Math.Max(m, x[o + c]);
                        for (int c = 0; c < labels; c++)
                        {
                            {{type}} e = {{exp}}(x[o + c] - m);
                            y[o + c] = e;
                            norm += e; //~ LG0002
                        }
                        for (int c = 0; c < labels; c++) y[o + c] /= norm;
                    }
                    return {{result}};
                }

                public static IList<{{type}}> PerRow({{type}}[] x, int labels)
                {
                    int n = x.Length;
                    {{decl}}
                    for (int o = 0; o < n; o += labels)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int c = 0; c < labels; c++) m = Math.Max(m, x[o + c]);
                        {{type}} norm = 0;
                        for (int c = 0; c < labels; c++)
                        {
                            {{type}} e = {{exp}}(x[o + c] - m);
                            y[o + c] = e;
                            norm += e;
                        }
                        for (int c = 0; c < labels; c++) y[o + c] /= norm;
                    }
                    return {{result}};
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// HeldOut85's <c>FrozenDictionary_RawVocabulary</c>: one sparse distribution per position of an immutable array or
    /// list of dictionaries, mapped by <c>positions.Select(scores =&gt; …)</c>; raw exps in the dictionary copy are LG0003,
    /// shifted by the position's own max silent.
    /// </summary>
    [Theory]
    [InlineData("ImmutableArray<FrozenDictionary<int, float>>", "ToFrozenDictionary", "FrozenDictionary", "ToImmutableArray")]
    [InlineData("ImmutableList<Dictionary<int, float>>", "ToImmutableDictionary", "ImmutableDictionary", "ToImmutableList")]
    [InlineData("IReadOnlyList<ImmutableSortedDictionary<int, float>>", "ToImmutableSortedDictionary", "ImmutableSortedDictionary", "ToList")]
    public async Task PositionsOfDictionaries_RawExpIsLG0003_ShiftedSilent(string positions, string copy, string type, string collect)
    {
        var source = $$"""
            using System;
            using System.Collections.Frozen;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Linq;

            public static class Repro
            {
                public static IEnumerable<{{type}}<int, float>> Raw({{positions}} positions)
                {
                    return positions.Select(scores =>
                    {
                        {{type}}<int, float> exps = scores.{{copy}}(kv => kv.Key, kv => MathF.Exp(kv.Value)); //~ LG0003
                        float z = exps.Values.Sum();
                        return exps.{{copy}}(kv => kv.Key, kv => kv.Value / z);
                    }).{{collect}}();
                }

                public static IEnumerable<{{type}}<int, float>> Shifted({{positions}} positions)
                {
                    return positions.Select(scores =>
                    {
                        float m = scores.Values.Max();
                        {{type}}<int, float> exps = scores.{{copy}}(kv => kv.Key, kv => MathF.Exp(kv.Value - m));
                        float z = exps.Values.Sum();
                        return exps.{{copy}}(kv => kv.Key, kv => kv.Value / z);
                    }).{{collect}}();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
