using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// HeldOut66's three blind misses (enterprise .NET data pipelines), each read at its cause:
/// rows of <c>ImmutableArray&lt;T&gt;</c> (and other indexed read-only lists of numbers) are rows like <c>T[]</c>, so one
/// peak over every row is LG0001 (numerically: one row 1000 below the peak underflows to 0/0); per-key maxima built by
/// <c>GroupBy(k).ToDictionary(g =&gt; g.Key, g =&gt; g.Max(...))</c> are per-group maxima, so one sum over every key is
/// LG0002 (each tenant's probabilities then sum to less than 1); and an exponent <c>o.Utility - beta * o.Price</c> of
/// members of one element is no shift, so it is LG0003 (utilities +1000 overflow to Inf/Inf). The correct twins
/// (per-row peak, per-group sum, a shift by the max of the utilities) stay silent.
/// </summary>
public class SoftmaxModelPipelineLayoutTests
{
    /// <summary>Row types that hold numbers and are indexed like an array, with their number type.</summary>
    private static readonly (string Row, string Number)[] RowTypes =
    {
        ("ImmutableArray<double>", "double"),
        ("ImmutableArray<float>", "float"),
        ("ImmutableList<double>", "double"),
        ("ReadOnlyCollection<float>", "float"),
    };

    /// <summary>Outer containers of the rows (ROW is the row type).</summary>
    private static readonly string[] Outers = { "ImmutableArray<ROW>", "List<ROW>", "IReadOnlyList<ROW>", "ROW[]" };

    /// <summary>Every row type in every outer container: (row type, number type, rows type).</summary>
    public static TheoryData<string, string, string> RowCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (row, number) in RowTypes)
        {
            foreach (var outer in Outers)
            {
                data.Add(row, number, outer.Replace("ROW", row));
            }
        }

        return data;
    }

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using System.Linq;

        """;

    /// <summary>Miss 1 in LINQ: one peak over every row (LG0001 at the fold); the per-row peak is silent.</summary>
    [Theory]
    [MemberData(nameof(RowCases))]
    public async Task PeakOfPeaksOverReadOnlyRows_Linq_IsLG0001_PerRowSilent(string row, string t, string rows)
    {
        var exp = t == "float" ? "MathF.Exp" : "Math.Exp";
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static {{t}}[][] PerRow({{rows}} rows)
                {
                    return rows.Select(row =>
                    {
                        {{t}} peak = row.Max();
                        {{t}} sum = row.Sum(v => {{exp}}(v - peak));
                        return row.Select(v => {{exp}}(v - peak) / sum).ToArray();
                    }).ToArray();
                }

                public static {{t}}[][] Batch({{rows}} rows)
                {
                    {{t}} peak = rows.Max(row => row.Max()); //~ LG0001
                    return rows.Select(row =>
                    {
                        {{t}} sum = row.Sum(v => {{exp}}(v - peak));
                        return row.Select(v => {{exp}}(v - peak) / sum).ToArray();
                    }).ToArray();
                }
            }
            """);
        _ = row;
    }

    /// <summary>Miss 1 with indexed loops over <c>ImmutableArray</c> rows and an <c>Aggregate</c> peak.</summary>
    [Theory]
    [InlineData("double", "Math.Exp", "Math.Max", "double.NegativeInfinity")]
    [InlineData("float", "MathF.Exp", "MathF.Max", "float.NegativeInfinity")]
    public async Task PeakOfPeaksOverImmutableRows_Loops_IsLG0001_PerRowSilent(string t, string exp, string max, string floor)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static {{t}}[][] PerRow(ImmutableArray<ImmutableArray<{{t}}>> rows)
                {
                    var result = new {{t}}[rows.Length][];
                    for (int r = 0; r < rows.Length; r++)
                    {
                        {{t}} peak = {{floor}};
                        for (int j = 0; j < rows[r].Length; j++) peak = {{max}}(peak, rows[r][j]);
                        var p = new {{t}}[rows[r].Length];
                        {{t}} sum = 0;
                        for (int j = 0; j < p.Length; j++) { p[j] = {{exp}}(rows[r][j] - peak); sum += p[j]; }
                        for (int j = 0; j < p.Length; j++) p[j] /= sum;
                        result[r] = p;
                    }
                    return result;
                }

                public static {{t}}[][] Batch(ImmutableArray<ImmutableArray<{{t}}>> rows)
                {
                    {{t}} peak = rows.Aggregate({{floor}}, (acc, row) => {{max}}(acc, row.Max())); //~ LG0001
                    var result = new {{t}}[rows.Length][];
                    for (int r = 0; r < rows.Length; r++)
                    {
                        var p = new {{t}}[rows[r].Length];
                        {{t}} sum = 0;
                        for (int j = 0; j < p.Length; j++) { p[j] = {{exp}}(rows[r][j] - peak); sum += p[j]; }
                        for (int j = 0; j < p.Length; j++) p[j] /= sum;
                        result[r] = p;
                    }
                    return result;
                }
            }
            """);
    }

    /// <summary>
    /// Miss 2: per-tenant maxima from <c>GroupBy().ToDictionary()</c>, one sum over every tenant (LINQ or loop): the
    /// dictionary's value <c>g.Max(...)</c> read at <c>max[kv.Key.Tenant]</c> is the tenant's own maximum
    /// (KeyedMappedFolds.cs), so the whole-table sum is LG0002; the per-tenant twin in the same source stays silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp", "double total = scores.Sum(kv => Math.Exp(kv.Value - max[kv.Key.Tenant])); //~ LG0002")]
    [InlineData("float", "MathF.Exp", "float total = scores.Sum(kv => MathF.Exp(kv.Value - max[kv.Key.Tenant])); //~ LG0002")]
    [InlineData("double", "Math.Exp", "double total = 0; foreach (var (key, value) in scores) total += Math.Exp(value - max[key.Tenant]); //~ LG0002")]
    [InlineData("float", "MathF.Exp", "float total = 0; foreach (var kv in scores) { total += MathF.Exp(kv.Value - max[kv.Key.Tenant]); } //~ LG0002")]
    public async Task GroupedMaxima_SumOverEveryKey_IsLG0002_PerGroupSumSilent(string t, string exp, string totalLine)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public static class Repro
            {
                public static Dictionary<(string Tenant, string Category), {{t}}> PerTenant(Dictionary<(string Tenant, string Category), {{t}}> scores)
                {
                    var max = scores.GroupBy(kv => kv.Key.Tenant).ToDictionary(g => g.Key, g => g.Max(kv => kv.Value));
                    var sum = scores.GroupBy(kv => kv.Key.Tenant).ToDictionary(g => g.Key, g => g.Sum(kv => {{exp}}(kv.Value - max[g.Key])));
                    return scores.ToDictionary(kv => kv.Key, kv => {{exp}}(kv.Value - max[kv.Key.Tenant]) / sum[kv.Key.Tenant]);
                }

                public static Dictionary<(string Tenant, string Category), {{t}}> WholeTable(Dictionary<(string Tenant, string Category), {{t}}> scores)
                {
                    var max = scores.GroupBy(kv => kv.Key.Tenant).ToDictionary(g => g.Key, g => g.Max(kv => kv.Value));
                    {{totalLine}}
                    return scores.ToDictionary(kv => kv.Key, kv => {{exp}}(kv.Value - max[kv.Key.Tenant]) / total);
                }
            }
            """);
    }

    /// <summary>
    /// Miss 2's correct twins over a <c>ConcurrentDictionary</c>: the <c>GroupBy().ToDictionary()</c> maxima with a keyed
    /// sum folded per tenant in a loop, or with a per-group LINQ sum, stay silent (guards for a later fix of the
    /// whole-table sum, which is LG0002 but not found yet: its method is left out here).
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp")]
    [InlineData("float", "MathF.Exp")]
    public async Task GroupedMaxima_KeyedOrGroupSumPerTenant_Silent(string t, string exp)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            using System.Collections.Concurrent;

            public static class Repro
            {
                public static Dictionary<(string Tenant, string Category), {{t}}> KeyedSum(ConcurrentDictionary<(string Tenant, string Category), {{t}}> scores)
                {
                    var peak = scores.GroupBy(kv => kv.Key.Tenant).ToDictionary(g => g.Key, g => g.Max(kv => kv.Value));
                    var z = new Dictionary<string, {{t}}>();
                    foreach (var (key, value) in scores)
                    {
                        z[key.Tenant] = z.GetValueOrDefault(key.Tenant) + {{exp}}(value - peak[key.Tenant]);
                    }
                    return scores.ToDictionary(kv => kv.Key, kv => {{exp}}(kv.Value - peak[kv.Key.Tenant]) / z[kv.Key.Tenant]);
                }

                public static Dictionary<(string Tenant, string Category), {{t}}> GroupSum(ConcurrentDictionary<(string Tenant, string Category), {{t}}> scores)
                {
                    var peak = scores.GroupBy(kv => kv.Key.Tenant).ToDictionary(g => g.Key, g => g.Max(kv => kv.Value));
                    var z = scores.GroupBy(kv => kv.Key.Tenant).ToDictionary(g => g.Key, g => g.Sum(kv => {{exp}}(kv.Value - peak[kv.Key.Tenant])));
                    return scores.ToDictionary(kv => kv.Key, kv => {{exp}}(kv.Value - peak[kv.Key.Tenant]) / z[kv.Key.Tenant]);
                }
            }
            """);
    }

    /// <summary>Miss 3 spellings of the exponent: members of the same element, one subtracted from the other.</summary>
    public static TheoryData<string, string> SameElementExponents => new()
    {
        { "double", "Math.Exp(offers[i].Utility - beta * offers[i].Price)" },
        { "double", "Math.Exp(offers[i].Utility - offers[i].Price)" },
        { "double", "Math.Exp((double)offers[i].Quality - beta * (double)offers[i].Cost)" },
        { "float", "MathF.Exp(offers[i].Utility - beta * offers[i].Price)" },
        { "float", "MathF.Exp(offers[i].Utility - offers[i].Price)" },
    };

    /// <summary>Miss 3 in a <c>for</c> loop: LG0003 at the exp; the twin shifted by the max of the logits is silent.</summary>
    [Theory]
    [MemberData(nameof(SameElementExponents))]
    public async Task MemberMinusMemberOfOneElement_IsLG0003_ShiftedTwinSilent(string t, string exp)
    {
        var e = t == "float" ? "MathF.Exp" : "Math.Exp";
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public sealed record Offer({{t}} Price, {{t}} Utility, decimal Quality, decimal Cost);

            public static class Repro
            {
                public static {{t}}[] Stable(List<Offer> offers, {{t}} beta)
                {
                    {{t}}[] u = offers.Select(o => o.Utility - beta * o.Price).ToArray();
                    {{t}} m = u.Max();
                    {{t}}[] w = u.Select(v => {{e}}(v - m)).ToArray();
                    {{t}} s = w.Sum();
                    return w.Select(v => v / s).ToArray();
                }

                public static {{t}}[] ShiftedByBest(List<Offer> offers)
                {
                    {{t}} best = offers.Max(o => o.Utility);
                    var w = new {{t}}[offers.Count];
                    {{t}} s = 0;
                    for (int i = 0; i < offers.Count; i++) { w[i] = {{e}}(offers[i].Utility - best); s += w[i]; }
                    for (int i = 0; i < w.Length; i++) w[i] /= s;
                    return w;
                }

                public static {{t}}[] Raw(List<Offer> offers, {{t}} beta)
                {
                    var w = new {{t}}[offers.Count];
                    {{t}} s = 0;
                    for (int i = 0; i < offers.Count; i++)
                    {
                        w[i] = {{exp}}; //~ LG0003
                        s += w[i];
                    }
                    for (int i = 0; i < w.Length; i++) w[i] /= s;
                    return w;
                }
            }
            """);
    }

    /// <summary>Miss 3 over a foreach element and in a LINQ selector: LG0003; the shifted twins are silent.</summary>
    [Theory]
    [InlineData("double", "Math.Exp")]
    [InlineData("float", "MathF.Exp")]
    public async Task MemberMinusMemberOfOneElement_ForeachAndLinq_IsLG0003(string t, string e)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public readonly record struct Offer({{t}} Price, {{t}} Utility);

            public static class Repro
            {
                public static {{t}}[] ForeachRaw(Offer[] offers)
                {
                    var w = new List<{{t}}>();
                    {{t}} s = 0;
                    foreach (var o in offers)
                    {
                        {{t}} x = {{e}}(o.Utility - o.Price); //~ LG0003
                        w.Add(x);
                        s += x;
                    }
                    return w.Select(x => x / s).ToArray();
                }

                public static {{t}}[] LinqRaw(IReadOnlyList<Offer> offers)
                {
                    var w = offers.Select(o => {{e}}(o.Utility - o.Price)).ToArray(); //~ LG0003
                    {{t}} s = w.Sum();
                    return w.Select(x => x / s).ToArray();
                }

                public static {{t}}[] LinqStable(IReadOnlyList<Offer> offers)
                {
                    {{t}} m = offers.Max(o => o.Utility - o.Price);
                    var w = offers.Select(o => {{e}}(o.Utility - o.Price - m)).ToArray();
                    {{t}} s = w.Sum();
                    return w.Select(x => x / s).ToArray();
                }

                public static {{t}}[] LogSumExp(IReadOnlyList<Offer> offers)
                {
                    {{t}} m = offers.Max(o => o.Utility);
                    {{t}} logZ = m + ({{t}})Math.Log(offers.Sum(o => {{e}}(o.Utility - m)));
                    return offers.Select(o => {{e}}(o.Utility - logZ)).ToArray();
                }
            }
            """);
    }

    /// <summary>
    /// Subtrahends of members that are still shifts: another element's member (<c>offers[top].Utility</c>, the argmax),
    /// and a stored per-row maximum beside a member row (<c>rows[r].Max</c> under <c>rows[r].Logits[j]</c>): silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp")]
    [InlineData("float", "MathF.Exp")]
    public async Task MemberOfAnotherElementOrStoredRowMax_StaysAShift(string t, string e)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Usings + $$"""
            public sealed record Offer({{t}} Price, {{t}} Utility);
            public sealed record Row({{t}}[] Logits, {{t}} Max);

            public static class Repro
            {
                public static {{t}}[] ArgmaxShift(List<Offer> offers)
                {
                    int top = 0;
                    for (int i = 1; i < offers.Count; i++) if (offers[i].Utility > offers[top].Utility) top = i;
                    var w = new {{t}}[offers.Count];
                    {{t}} s = 0;
                    for (int i = 0; i < offers.Count; i++) { w[i] = {{e}}(offers[i].Utility - offers[top].Utility); s += w[i]; }
                    for (int i = 0; i < w.Length; i++) w[i] /= s;
                    return w;
                }

                public static {{t}}[][] StoredRowMax(Row[] rows)
                {
                    var result = new {{t}}[rows.Length][];
                    for (int r = 0; r < rows.Length; r++)
                    {
                        rows[r] = rows[r] with { Max = rows[r].Logits.Max() };
                        var p = new {{t}}[rows[r].Logits.Length];
                        {{t}} z = 0;
                        for (int j = 0; j < p.Length; j++) { p[j] = {{e}}(rows[r].Logits[j] - rows[r].Max); z += p[j]; }
                        for (int j = 0; j < p.Length; j++) p[j] /= z;
                        result[r] = p;
                    }
                    return result;
                }
            }
            """);
    }
}
