using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A dictionary whose values are rows of records (<c>Dictionary&lt;string, List&lt;Runner&gt;&gt;</c>, <c>…, Runner[]</c>,
/// <c>IReadOnlyDictionary&lt;string, List&lt;(string Text, double Score)&gt;&gt;</c>) is a jagged buffer keyed by its first
/// level, like a dictionary of <c>double[]</c> (WellKnownSymbols.IsRowDictionary): a maximum over every key's row is
/// LG0001 and a sum over them LG0002 for the softmax of one key's row; each key's own maximum and sum are silent.
/// </summary>
public class SoftmaxModelRecordRowDictionaryTests
{
    public static TheoryData<string, string, string> RowTypes() => new()
    {
        // dictionary, record declaration, member read
        { "Dictionary<string, List<Runner>>", "public sealed record Runner(string Name, double Rating);", "Rating" },
        { "IReadOnlyDictionary<int, Runner[]>", "public struct Runner { public double Rating; }", "Rating" },
        { "Dictionary<string, List<(string Text, double Rating)>>", "", "Rating" },
        { "Dictionary<string, IReadOnlyList<Runner>>", "public sealed class Runner { public double Rating { get; init; } }", "Rating" },
    };

    [Theory]
    [MemberData(nameof(RowTypes))]
    public async Task AMaximumOverEveryKeysRow_IsLG0001(string dictionary, string record, string member)
    {
        var peak = $"double m = double.NegativeInfinity; foreach (var field in card.Values) foreach (var r in field) m = Math.Max(m, r.{member});";
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(dictionary, record, member, peak, "")));
    }

    [Theory]
    [MemberData(nameof(RowTypes))]
    public async Task AMaximumOverEveryKeysRowWithLinq_IsLG0001(string dictionary, string record, string member)
    {
        var peak = $"double m = card.Values.SelectMany(field => field).Max(r => r.{member});";
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(dictionary, record, member, peak, "")));
    }

    [Theory]
    [MemberData(nameof(RowTypes))]
    public async Task EachKeysOwnMaximum_IsSilent(string dictionary, string record, string member)
    {
        var peak = $"double m = double.NegativeInfinity; foreach (var r in field) m = Math.Max(m, r.{member});";
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(dictionary, record, member, "", peak)));
    }

    [Theory]
    [MemberData(nameof(RowTypes))]
    public async Task EachKeysOwnMaximumWithLinq_IsSilent(string dictionary, string record, string member)
    {
        var peak = $"double m = field.Max(r => r.{member});";
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(dictionary, record, member, "", peak)));
    }

    private static string Source(string dictionary, string record, string member, string beforeKeys, string inKey) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        {{record}}

        public static class C {
            public static Dictionary<string, double[]> F({{dictionary}} card) {
                {{beforeKeys}}
                var result = new Dictionary<string, double[]>();
                foreach (var (key, field) in card) {
                    {{inKey}}
                    var p = new double[field.Count()];
                    double z = 0;
                    int i = 0;
                    foreach (var r in field) { p[i] = Math.Exp(r.{{member}} - m); z += p[i]; i++; }
                    for (int k = 0; k < p.Length; k++) p[k] /= z;
                    result[key.ToString()] = p;
                }
                return result;
            }
        }
        """;
}
