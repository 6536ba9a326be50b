using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A group's slice spelled as a filter of the whole list (branch groupsfilter; the stop-40 review's G05 <c>Probs</c> and
/// G06 <c>SumFiltered</c>): inside a loop over the groups of a list of records (<c>GroupBy</c>/<c>ToLookup</c> by a member,
/// or the member's <c>Distinct</c> keys), <c>alts.Where(a =&gt; a.Situation == g.Key)</c> is the current group's slice, the
/// same elements as <c>g</c>. A max or a sum over it is per group. A filter on another member, on a constant, or with
/// <c>!=</c>/<c>&lt;</c> is no slice of the grouping; a sum over it (or over the unfiltered list) divides each group by more
/// than the group (LG0002), and a max over the unfiltered list shifts each group by a foreign peak (LG0001).
/// </summary>
public class SoftmaxModelGroupFilterTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace P;

        public sealed record Ctx(int Id);

        public sealed record Alt(int Situation, int Chooser, string Market, string Region, Ctx Context, double Utility);

        """;

    /// <summary>A loop over the groups: what comes before it, its header, the first body line, the key, the grouping member and the group (null when there is none).</summary>
    private sealed record Loop(string Before, string Head, string First, string Key, string Member, string Other, string? Group, bool IsString);

    private static readonly Dictionary<string, Loop> Loops = new()
    {
        ["groupby"] = new("", "foreach (var g in alts.GroupBy(a => a.Situation))", "", "g.Key", "Situation", "Chooser", "g", false),
        ["lookup"] = new("var lookup = alts.ToLookup(a => a.Situation);", "foreach (var g in lookup)", "", "g.Key", "Situation", "Chooser", "g", false),
        ["grouplist"] = new("", "foreach (var g in alts.GroupBy(a => a.Situation).ToList())", "", "g.Key", "Situation", "Chooser", "g", false),
        ["copiedkey"] = new("", "foreach (var g in alts.GroupBy(a => a.Situation))", "int key = g.Key;", "key", "Situation", "Chooser", "g", false),
        ["stringkey"] = new("", "foreach (var g in alts.GroupBy(a => a.Market))", "", "g.Key", "Market", "Region", "g", true),
        ["memberchain"] = new("", "foreach (var g in alts.GroupBy(a => a.Context.Id))", "", "g.Key", "Context.Id", "Chooser", "g", false),
        ["distinct"] = new("", "foreach (var key in alts.Select(a => a.Situation).Distinct())", "", "key", "Situation", "Chooser", null, false),
        ["distinctsorted"] = new("", "foreach (int key in alts.Select(a => a.Situation).Distinct().OrderBy(k => k).ToList())", "", "key", "Situation", "Chooser", null, false),
        ["forkeys"] = new("var keys = alts.Select(a => a.Situation).Distinct().ToArray();", "for (int k = 0; k < keys.Length; k++)", "int key = keys[k];", "key", "Situation", "Chooser", null, false),
    };

    public static TheoryData<string> LoopNames => new(Loops.Keys);

    /// <summary>Spellings of the key filter: either operand order, <c>==</c> or <c>Equals</c>, method or query syntax.</summary>
    public static TheoryData<string, string> LoopsAndPredicates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var loop in Loops.Keys)
            {
                foreach (var predicate in new[] { "member == key", "key == member", "member.Equals(key)", "key.Equals(member)", "query" })
                {
                    data.Add(loop, predicate);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, string> LoopsAndUses
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var loop in Loops.Keys)
            {
                foreach (var use in new[] { "array", "sum", "loop", "foreach" })
                {
                    data.Add(loop, use);
                }
            }

            return data;
        }
    }

    /// <summary>Filters that are no slice of the grouping: unfiltered, another member, <c>!=</c>, <c>&lt;</c>, a constant.</summary>
    public static TheoryData<string, string, string> LoopsAndWiderSums
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var loop in Loops.Keys)
            {
                foreach (var wider in new[] { "unfiltered", "other member", "not equal", "less", "constant" })
                {
                    foreach (var use in new[] { "sum", "foreach" })
                    {
                        data.Add(loop, wider, use);
                    }
                }
            }

            return data;
        }
    }

    private static string Filter(Loop loop, string predicate = "member == key")
    {
        var member = "a." + loop.Member;
        return predicate switch
        {
            "member == key" => $"alts.Where(a => {member} == {loop.Key})",
            "key == member" => $"alts.Where(a => {loop.Key} == {member})",
            "member.Equals(key)" => $"alts.Where(a => {member}.Equals({loop.Key}))",
            "key.Equals(member)" => $"alts.Where(a => {loop.Key}.Equals({member}))",
            "query" => $"(from a in alts where {member} == {loop.Key} select a)",
            "unfiltered" => "alts",
            "other member" => $"alts.Where(a => a.{loop.Other} == {loop.Key})",
            "not equal" => $"alts.Where(a => {member} != {loop.Key})",
            "less" => loop.IsString ? $"alts.Where(a => string.CompareOrdinal({member}, {loop.Key}) < 0)" : $"alts.Where(a => {member} < {loop.Key})",
            "constant" => loop.IsString ? $"alts.Where(a => {member} == \"north\")" : $"alts.Where(a => {member} == 0)",
            _ => throw new ArgumentOutOfRangeException(nameof(predicate)),
        };
    }

    private static string Peak(Loop loop, string peak, string filter) => peak switch
    {
        "group" => $"double m = {loop.Group ?? filter}.Max(a => a.Utility);",
        "filter" => $"double m = {filter}.Max(a => a.Utility);",
        "filter fold" => $"double m = double.NegativeInfinity; foreach (var a in {filter}) {{ m = Math.Max(m, a.Utility); }}",
        "whole" => "double m = alts.Max(a => a.Utility);",
        _ => throw new ArgumentOutOfRangeException(nameof(peak)),
    };

    /// <summary>The exps from the group (or the filter), the sum over <paramref name="summed"/>, in one of four spellings.</summary>
    private static string Use(Loop loop, string use, string filter, string summed) => use switch
    {
        "array" => $$"""
            var mine = {{filter}}.ToArray();
            var e = mine.Select(a => Math.Exp(a.Utility - m)).ToArray();
            double s = e.Sum();
            res.Add(e.Select(v => v / s).ToArray());
            """,
        "sum" => $$"""
            var e = {{loop.Group ?? filter}}.Select(a => Math.Exp(a.Utility - m)).ToArray();
            double s = {{summed}}.Sum(a => Math.Exp(a.Utility - m));
            res.Add(e.Select(v => v / s).ToArray());
            """,
        "loop" => $$"""
            var mine = {{filter}}.ToList();
            var e = new double[mine.Count];
            double s = 0;
            for (int j = 0; j < mine.Count; j++)
            {
                e[j] = Math.Exp(mine[j].Utility - m);
                s += e[j];
            }

            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= s;
            }

            res.Add(e);
            """,
        "foreach" => $$"""
            var e = {{loop.Group ?? filter}}.Select(a => Math.Exp(a.Utility - m)).ToArray();
            double s = 0;
            foreach (var a in {{summed}})
            {
                s += Math.Exp(a.Utility - m);
            }

            res.Add(e.Select(v => v / s).ToArray());
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };

    private static string Source(Loop loop, string body) => Header + $$"""
        public static class Logit
        {
            public static List<double[]> Probs(List<Alt> alts)
            {
                var res = new List<double[]>();
                {{loop.Before}}
                {{loop.Head}}
                {
                    {{loop.First}}
        {{body}}
                }

                return res;
            }
        }
        """;

    private static string Case(string loopName, string predicate, string peak, string use, string? summedSpelling = null)
    {
        var loop = Loops[loopName];
        var filter = Filter(loop, predicate);
        var summed = summedSpelling is null ? filter : Filter(loop, summedSpelling);
        return Source(loop, Peak(loop, peak, filter) + "\n" + Use(loop, use, filter, summed));
    }

    // ---- correct: the key filter is the group's slice ----

    [Theory]
    [MemberData(nameof(LoopsAndPredicates))]
    public async Task FilteredSliceOfTheGroup_ShiftedByTheGroupPeak_IsSilent(string loop, string predicate) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Case(loop, predicate, "group", "array")));

    [Theory]
    [MemberData(nameof(LoopsAndPredicates))]
    public async Task SumOverTheFilteredSlice_IsSilent(string loop, string predicate) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Case(loop, predicate, "group", "sum")));

    [Theory]
    [MemberData(nameof(LoopsAndUses))]
    public async Task FilteredSliceUses_ShiftedByTheGroupPeak_IsSilent(string loop, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Case(loop, "member == key", "group", use)));

    [Theory]
    [MemberData(nameof(LoopsAndUses))]
    public async Task FilteredSliceUses_ShiftedByTheFilteredPeak_IsSilent(string loop, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Case(loop, "member == key", "filter", use)));

    [Theory]
    [MemberData(nameof(LoopsAndUses))]
    public async Task FilteredSliceUses_ShiftedByAFoldOverTheFilter_IsSilent(string loop, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Case(loop, "member == key", "filter fold", use)));

    // ---- buggy twins ----

    [Theory]
    [MemberData(nameof(LoopsAndUses))]
    public async Task WholeListPeakShiftingTheFilteredSlice_IsLG0001(string loop, string use) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Case(loop, "member == key", "whole", use)));

    [Theory]
    [MemberData(nameof(LoopsAndWiderSums))]
    public async Task SumOverMoreThanTheGroup_IsLG0002(string loop, string wider, string use) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Case(loop, "member == key", "group", use, wider)));

    [Theory]
    [InlineData("Situation", "Chooser")]
    [InlineData("Chooser", "Situation")]
    public async Task FilterByTheKeyOfAnotherGrouping_IsLG0002(string grouped, string filtered)
    {
        // Grouped by one member, the sum filtered by another member equal to the group's key: not the group.
        var body = $$"""
            double m = g.Max(a => a.Utility);
            var e = g.Select(a => Math.Exp(a.Utility - m)).ToArray();
            double s = alts.Where(a => a.{{filtered}} == g.Key).Sum(a => Math.Exp(a.Utility - m));
            res.Add(e.Select(v => v / s).ToArray());
            """;
        var loop = Loops["groupby"] with { Head = $"foreach (var g in alts.GroupBy(a => a.{grouped}))" };
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Source(loop, body)));
    }

    [Fact]
    public async Task FilterOfAnotherListByTheGroupKey_IsLG0003()
    {
        // The key filter of another list (the same records, another list) is no slice of the grouped list: its exps are
        // shifted by a peak of other data, none of their own (LG0003, as on main).
        var source = (Header + """
            public static class Logit
            {
                public static List<double[]> Probs(List<Alt> alts, List<Alt> others)
                {
                    var res = new List<double[]>();
                    foreach (var g in alts.GroupBy(a => a.Situation))
                    {
                        double m = g.Max(a => a.Utility);
                        var e = g.Select(a => Math.Exp(a.Utility - m)).ToArray();
                        double s = others.Where(a => a.Situation == g.Key).Sum(a => Math.Exp(a.Utility - m));
                        res.Add(e.Select(v => v / s).ToArray());
                    }

                    return res;
                }
            }
            """);
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// The filter's peak and sum per key, the exps written back over the whole list where the element's member equals the
    /// key (a masked walk): the sum is the key's slice and so are the exps it divides.
    /// </summary>
    [Theory]
    [InlineData("foreach (var key in alts.Select(a => a.Situation).Distinct())", "key")]
    [InlineData("foreach (var g in alts.GroupBy(a => a.Situation))", "g.Key")]
    public async Task MaskedWalkOverTheWholeListDividedByTheFilteredSum_IsSilent(string head, string key)
    {
        var source = Header + $$"""
            public static class Logit
            {
                public static double[] Probs(List<Alt> alts)
                {
                    var p = new double[alts.Count];
                    {{head}}
                    {
                        double m = alts.Where(a => a.Situation == {{key}}).Max(a => a.Utility);
                        double z = alts.Where(a => a.Situation == {{key}}).Sum(a => Math.Exp(a.Utility - m));
                        for (int i = 0; i < alts.Count; i++)
                        {
                            if (alts[i].Situation == {{key}})
                            {
                                p[i] = Math.Exp(alts[i].Utility - m) / z;
                            }
                        }
                    }

                    return p;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    // ---- lambdas over the groups or the keys ----

    private static string Lambda(string over, string peak, string summed) => Header + $$"""
        public static class Logit
        {
            public static List<double[]> Probs(List<Alt> alts) =>
                {{over}}
                {
                    {{peak}}
                    var e = alts.Where(a => a.Situation == KEY).Select(a => Math.Exp(a.Utility - m)).ToArray();
                    double s = {{summed}}.Sum(a => Math.Exp(a.Utility - m));
                    return e.Select(v => v / s).ToArray();
                }).ToList();
        }
        """;

    public static TheoryData<string, string> LambdaOvers => new()
    {
        { "alts.GroupBy(a => a.Situation).Select(g =>", "g.Key" },
        { "alts.Select(a => a.Situation).Distinct().Select(key =>", "key" },
    };

    [Theory]
    [MemberData(nameof(LambdaOvers))]
    public async Task LambdaOverTheGroups_FilteredSlice_IsSilent(string over, string key) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Lambda(over, "double m = alts.Where(a => a.Situation == KEY).Max(a => a.Utility);", "alts.Where(a => a.Situation == KEY)").Replace("KEY", key)));

    [Theory]
    [MemberData(nameof(LambdaOvers))]
    public async Task LambdaOverTheGroups_UnfilteredSum_IsLG0002(string over, string key) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Lambda(over, "double m = alts.Where(a => a.Situation == KEY).Max(a => a.Utility);", "alts").Replace("KEY", key)));

    [Theory]
    [MemberData(nameof(LambdaOvers))]
    public async Task LambdaOverTheGroups_WholeListPeak_IsLG0001(string over, string key) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Lambda(over, "double m = alts.Max(a => a.Utility);", "alts.Where(a => a.Situation == KEY)").Replace("KEY", key)));

    // ---- the review's two cases, verbatim ----

    [Fact]
    public async Task ReviewCaseG05_GroupMaxWithExpsFromTheFilteredList_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(G05));

    [Fact]
    public async Task ReviewCaseG06_SumViaTheFilteredList_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(G06));

    private const string G05 = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace R40.G05;
        public record Alt(int Situation, double Utility);
        public static class Logit
        {
            // CORRECT: group max, exps from the filtered list
            public static Dictionary<int, double[]> Probs(List<Alt> alts)
            {
                var res = new Dictionary<int, double[]>();
                foreach (var g in alts.GroupBy(a => a.Situation))
                {
                    double m = g.Max(a => a.Utility);
                    var mine = alts.Where(a => a.Situation == g.Key).ToArray();
                    var e = mine.Select(a => Math.Exp(a.Utility - m)).ToArray();
                    double s = e.Sum();
                    res[g.Key] = e.Select(v => v / s).ToArray();
                }
                return res;
            }
            // CORRECT: dictionary of lists keyed by situation (ToLookup->ToDictionary)
            public static Dictionary<int, double[]> Probs2(List<Alt> alts)
            {
                var lk = alts.ToLookup(a => a.Situation).ToDictionary(g => g.Key, g => g.ToList());
                var res = new Dictionary<int, double[]>();
                foreach (var kv in lk)
                {
                    double m = kv.Value.Max(a => a.Utility);
                    var e = kv.Value.Select(a => Math.Exp(a.Utility - m)).ToArray();
                    double s = e.Sum();
                    res[kv.Key] = e.Select(v => v / s).ToArray();
                }
                return res;
            }
        }
        """;

    private const string G06 = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace R40.G06;
        public record Alt(int Situation, double Utility);
        public static class Logit
        {
            // CORRECT: Distinct keys instead of GroupBy (control)
            public static Dictionary<int, double[]> Distinct(List<Alt> alts)
            {
                var res = new Dictionary<int, double[]>();
                foreach (var key in alts.Select(a => a.Situation).Distinct())
                {
                    var mine = alts.Where(a => a.Situation == key).ToArray();
                    double m = mine.Max(a => a.Utility);
                    var e = mine.Select(a => Math.Exp(a.Utility - m)).ToArray();
                    double s = e.Sum();
                    res[key] = e.Select(v => v / s).ToArray();
                }
                return res;
            }
            // CORRECT: GroupBy, max and exps both from the filtered list
            public static Dictionary<int, double[]> Filtered(List<Alt> alts)
            {
                var res = new Dictionary<int, double[]>();
                foreach (var g in alts.GroupBy(a => a.Situation))
                {
                    var mine = alts.Where(a => a.Situation == g.Key).ToArray();
                    double m = mine.Max(a => a.Utility);
                    var e = mine.Select(a => Math.Exp(a.Utility - m)).ToArray();
                    double s = e.Sum();
                    res[g.Key] = e.Select(v => v / s).ToArray();
                }
                return res;
            }
            // CORRECT: group max, exps from group, sum via filtered list
            public static Dictionary<int, double[]> SumFiltered(List<Alt> alts)
            {
                var res = new Dictionary<int, double[]>();
                foreach (var g in alts.GroupBy(a => a.Situation))
                {
                    double m = g.Max(a => a.Utility);
                    var e = g.Select(a => Math.Exp(a.Utility - m)).ToArray();
                    double s = alts.Where(a => a.Situation == g.Key).Sum(a => Math.Exp(a.Utility - m));
                    res[g.Key] = e.Select(v => v / s).ToArray();
                }
                return res;
            }
        }
        """;
}
