using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Nested groups (branch groupsnest; the stop-41 review's G04/G05): a list of records grouped by one member, each group
/// grouped again by another (<c>alts.GroupBy(a =&gt; a.Region)</c>, then <c>region.GroupBy(a =&gt; a.TripId)</c>). A trip
/// is the slice of the list with both keys; a sum over the region's slice (the region's group itself, or the whole list
/// filtered by the region key only) divides each trip by the whole region (LG0002). The trip's own slice, or a filter by
/// both keys, is the trip (silent).
/// </summary>
public class SoftmaxModelNestedGroupTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace P;

        public sealed record Alt(int Region, int TripId, bool Available, double Utility);

        """;

    /// <summary>Nested walks: the outer header, the inner header (each opening a block).</summary>
    public static TheoryData<string> Walks => new() { "groupby", "lookup", "tolist" };

    private static (string Outer, string Inner) Heads(string walk) => walk switch
    {
        "groupby" => ("foreach (var region in alts.GroupBy(a => a.Region))", "foreach (var trip in region.GroupBy(a => a.TripId))"),
        "lookup" => ("foreach (var region in alts.ToLookup(a => a.Region))", "foreach (var trip in region.ToLookup(a => a.TripId))"),
        "tolist" => ("foreach (var region in alts.GroupBy(a => a.Region).ToList())", "foreach (var trip in region.GroupBy(a => a.TripId).ToList())"),
        _ => throw new ArgumentOutOfRangeException(nameof(walk)),
    };

    /// <summary>The sum's spelling: a LINQ sum of the summed sequence, or a foreach accumulating it.</summary>
    private static string Sum(string summed, string use) => use switch
    {
        "linq" => $"double z = {summed}.Sum(a => Math.Exp(a.Utility - peak));",
        "foreach" => $$"""
            double z = 0;
            foreach (var a in {{summed}})
            {
                z += Math.Exp(a.Utility - peak);
            }
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };

    private static string Source(string walk, string summed, string use, string peak = "trip")
    {
        var (outer, inner) = Heads(walk);
        return Header + $$"""
            public static class S
            {
                public static List<double[]> Run(List<Alt> alts)
                {
                    var outp = new List<double[]>();
                    {{outer}}
                    {
                        {{inner}}
                        {
                            double peak = {{peak}}.Max(a => a.Utility);
            {{Sum(summed, use)}}
                            outp.Add(trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray());
                        }
                    }

                    return outp;
                }
            }
            """;
    }

    public static TheoryData<string, string> WalksAndUses
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var walk in new[] { "groupby", "lookup", "tolist" })
            {
                foreach (var use in new[] { "linq", "foreach" })
                {
                    data.Add(walk, use);
                }
            }

            return data;
        }
    }

    // ---- correct: the trip's own slice ----

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumOverTheTrip_IsSilent(string walk, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(walk, "trip", use)));

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumFilteredByBothKeys_IsSilent(string walk, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(walk, "alts.Where(a => a.Region == region.Key && a.TripId == trip.Key)", use)));

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumFilteredByBothKeys_InnerFirst_IsSilent(string walk, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(walk, "alts.Where(a => trip.Key == a.TripId && region.Key == a.Region)", use)));

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumOverTheRegionFilteredByTheTripKey_IsSilent(string walk, string use) =>
        // The region's group filtered by the trip key: the trip again.
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(walk, "region.Where(a => a.TripId == trip.Key)", use)));

    // ---- buggy twins: a sum over the whole region ----

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumFilteredByTheOuterKeyOnly_IsLG0002(string walk, string use) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Source(walk, "alts.Where(a => a.Region == region.Key)", use)));

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumOverTheOuterGroup_IsLG0002(string walk, string use) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Source(walk, "region", use)));

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task SumOverTheWholeList_IsLG0002(string walk, string use) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Source(walk, "alts", use)));

    // ---- the peak ----

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task PeakFilteredByBothKeys_IsSilent(string walk, string use) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(walk, "trip", use, "alts.Where(a => a.Region == region.Key && a.TripId == trip.Key)")));

    [Theory]
    [MemberData(nameof(WalksAndUses))]
    public async Task PeakOverTheOuterGroup_IsLG0001(string walk, string use) =>
        // One peak per region shifting each trip: a far trip of the region flushes this trip's exps to 0.
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(walk, "trip", use, "region")));

    // ---- lambdas over the nested groups ----

    private static string Lambdas(string summed) => Header + $$"""
        public static class S
        {
            public static List<double[]> Run(List<Alt> alts) =>
                alts.GroupBy(a => a.Region).SelectMany(region => region.GroupBy(a => a.TripId).Select(trip =>
                {
                    double peak = trip.Max(a => a.Utility);
                    double z = {{summed}}.Sum(a => Math.Exp(a.Utility - peak));
                    return trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray();
                })).ToList();
        }
        """;

    [Fact]
    public async Task LambdasOverNestedGroups_SumFilteredByBothKeys_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Lambdas("alts.Where(a => a.Region == region.Key && a.TripId == trip.Key)")));

    [Fact]
    public async Task LambdasOverNestedGroups_SumOverTheTrip_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Lambdas("trip")));

    [Fact]
    public async Task LambdasOverNestedGroups_SumFilteredByTheOuterKeyOnly_IsLG0002() =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Lambdas("alts.Where(a => a.Region == region.Key)")));

    // ---- the review's cases, verbatim ----

    [Fact]
    public async Task ReviewCaseG04_OuterKeyFilterInnerGroup_IsLG0002() =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(G04));

    [Fact]
    public async Task ReviewCaseG05_TupleKeyCorrect_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(G04.Replace("a.Region == region.Key)", "a.Region == region.Key && a.TripId == trip.Key)")));

    [Fact]
    public async Task ReviewCaseG06_AvailableSubset_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(G06));

    private const string G04 = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace G04;
        public sealed record Alt(int Region, int TripId, double Utility);
        public static class S {
            public static List<double[]> Run(List<Alt> alts) {
                var outp = new List<double[]>();
                foreach (var region in alts.GroupBy(a => a.Region))
                    foreach (var trip in region.GroupBy(a => a.TripId)) {
                        double peak = trip.Max(a => a.Utility);
                        double z = alts.Where(a => a.Region == region.Key).Sum(a => Math.Exp(a.Utility - peak));
                        outp.Add(trip.Select(a => Math.Exp(a.Utility - peak) / z).ToArray());
                    }
                return outp;
            }
        }
        """;

    private const string G06 = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace G06;
        public sealed record Alt(int TripId, bool Available, double Utility);
        public static class S {
            public static Dictionary<int, double[]> Run(List<Alt> alts) {
                var shares = new Dictionary<int, double[]>();
                foreach (var trip in alts.GroupBy(a => a.TripId)) {
                    var avail = alts.Where(a => a.TripId == trip.Key && a.Available).ToArray();
                    double peak = avail.Max(a => a.Utility);
                    double z = avail.Sum(a => Math.Exp(a.Utility - peak));
                    shares[trip.Key] = avail.Select(a => Math.Exp(a.Utility - peak) / z).ToArray();
                }
                return shares;
            }
        }
        """;
}
