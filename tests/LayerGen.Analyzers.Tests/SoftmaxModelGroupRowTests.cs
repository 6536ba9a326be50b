using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Groups of records reached through a member row (HeldOut20's <c>UtilityAi_PeakOverSquad</c> and
/// <c>MultiTouchAttribution_PeakOverAllJourneys</c>): a type that holds a row of records (<c>Agent</c> with a
/// <c>List&lt;Opt&gt; Options</c>, <c>Journey</c> with a <c>Touch[] Touches</c>) is itself a record, and its member row
/// is one row of a jagged buffer of records: the first level is the groups, the second the member's elements. A max
/// over every group's elements (<c>SelectMany</c>, nested <c>foreach</c>, <c>for</c> over <c>.Count</c>) then spans
/// both levels while each group's sum spans its own row: LG0001. A per-group max stays silent, and one distribution over
/// all groups (max, sum and division all spanning everything) stays LG0008, as for any whole buffer.
/// </summary>
public class SoftmaxModelGroupRowTests
{
    /// <summary>The group and record types, in every spelling the tests use: class/struct records, list/array/read-only-list rows, properties/fields.</summary>
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public sealed record Opt(float U) { public float P { get; set; } }
        public sealed class Agent { public List<Opt> Options { get; init; } = new(); }
        public record struct Touch(double A);
        public sealed record Journey(string Id, Touch[] Touches);
        public struct Lane { public double Score; public double Share; }
        public sealed class Road { public IReadOnlyList<Lane> Lanes = Array.Empty<Lane>(); }
        """;

    private static string Source(string body) => Types + "\npublic static class C\n{\n" + body + "\n}\n";

    private static Task AssertMarked(string body) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(body));

    [Fact]
    public void SelectManyOverMemberRows_WalksEveryGroupsElements_WhileEachGroupsSumWalksItsRow()
    {
        var models = ModelDescriptions.Of(Source("""
            public static void Lambda(List<Agent> squad)
            {
                float peak = squad.SelectMany(a => a.Options).Max(o => o.U);
                foreach (Agent agent in squad)
                {
                    float total = 0f;
                    foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                    foreach (Opt o in agent.Options) o.P /= total;
                }
            }
            public static void Projected(List<Agent> squad)
            {
                float peak = squad.SelectMany(a => a.Options).Select(o => o.U).Max();
                foreach (Agent agent in squad)
                {
                    float total = 0f;
                    foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                    foreach (Opt o in agent.Options) o.P /= total;
                }
            }
            public static void Nested(List<Agent> squad)
            {
                float peak = float.MinValue;
                foreach (Agent agent in squad)
                    foreach (Opt o in agent.Options)
                        if (o.U > peak) peak = o.U;
                foreach (Agent agent in squad)
                {
                    float total = 0f;
                    foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                    foreach (Opt o in agent.Options) o.P /= total;
                }
            }
            """));
        const string Expected = "| dims {Options.d1,squad.whole} | sum total {Options.d1} | max peak {Options.d1,squad.whole} |";
        Assert.Contains(Expected, models["Lambda"], StringComparison.Ordinal);
        Assert.Contains(Expected, models["Projected"], StringComparison.Ordinal);
        Assert.Contains(Expected, models["Nested"], StringComparison.Ordinal);
    }

    [Fact]
    public void PerGroupMax_FoldsTheGroupsRowOnly()
    {
        var models = ModelDescriptions.Of(Source("""
            public static void PerGroup(List<Agent> squad)
            {
                foreach (Agent agent in squad)
                {
                    float peak = agent.Options.Max(o => o.U);
                    float total = 0f;
                    foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                    foreach (Opt o in agent.Options) o.P /= total;
                }
            }
            """));
        Assert.Contains("| sum total {Options.d1} | max peak {Options.d1} |", models["PerGroup"], StringComparison.Ordinal);
    }

    [Fact]
    public Task SelectManyLambdaMax_OverAListPropertyOfClassRecords_IsLG0001() => AssertMarked("""
        public static void Score(List<Agent> squad)
        {
            float peak = squad.SelectMany(a => a.Options).Max(o => o.U); //~ LG0001
            foreach (Agent agent in squad)
            {
                float total = 0f;
                foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                foreach (Opt o in agent.Options) o.P /= total;
            }
        }
        """);

    [Fact]
    public Task SelectManyOfProjectedRows_OverAnArrayOfStructRecords_IsLG0001() => AssertMarked("""
        public static double[][] Credit(Journey[] journeys)
        {
            double peak = journeys.SelectMany(j => j.Touches.Select(t => t.A)).Max(); //~ LG0001
            var credits = new double[journeys.Length][];
            for (int j = 0; j < journeys.Length; j++)
            {
                var touches = journeys[j].Touches;
                var row = new double[touches.Length];
                double mass = 0.0;
                for (int i = 0; i < row.Length; i++) { row[i] = Math.Exp(touches[i].A - peak); mass += row[i]; }
                for (int i = 0; i < row.Length; i++) row[i] /= mass;
                credits[j] = row;
            }

            return credits;
        }
        """);

    [Fact]
    public Task NestedForEach_OverAnArrayMemberOfStructRecords_IsLG0001() => AssertMarked("""
        public static double[][] Credit(List<Journey> journeys)
        {
            double peak = double.NegativeInfinity;
            foreach (Journey journey in journeys)
            {
                foreach (Touch touch in journey.Touches)
                {
                    if (touch.A > peak) peak = touch.A; //~ LG0001
                }
            }

            var credits = new double[journeys.Count][];
            for (int j = 0; j < journeys.Count; j++)
            {
                var row = new double[journeys[j].Touches.Length];
                double mass = 0.0;
                for (int i = 0; i < row.Length; i++) { row[i] = Math.Exp(journeys[j].Touches[i].A - peak); mass += row[i]; }
                for (int i = 0; i < row.Length; i++) row[i] /= mass;
                credits[j] = row;
            }

            return credits;
        }
        """);

    [Fact]
    public Task ForOverCount_WithMemberIndexer_OverAReadOnlyListFieldOfStructs_IsLG0001() => AssertMarked("""
        public static void Split(Road[] roads, double[][] shares)
        {
            double peak = double.MinValue;
            for (int r = 0; r < roads.Length; r++)
                for (int k = 0; k < roads[r].Lanes.Count; k++)
                    peak = Math.Max(peak, roads[r].Lanes[k].Score); //~ LG0001
            for (int r = 0; r < roads.Length; r++)
            {
                double sum = 0.0;
                for (int k = 0; k < roads[r].Lanes.Count; k++) { shares[r][k] = Math.Exp(roads[r].Lanes[k].Score - peak); sum += shares[r][k]; }
                for (int k = 0; k < roads[r].Lanes.Count; k++) shares[r][k] /= sum;
            }
        }
        """);

    [Fact]
    public Task PerGroupTwins_InEveryLayout_AreSilent() => AssertMarked("""
        public static void Lambda(List<Agent> squad)
        {
            foreach (Agent agent in squad)
            {
                float peak = agent.Options.Max(o => o.U);
                float total = 0f;
                foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                foreach (Opt o in agent.Options) o.P /= total;
            }
        }
        public static double[][] NestedForEach(List<Journey> journeys)
        {
            var credits = new double[journeys.Count][];
            int j = 0;
            foreach (Journey journey in journeys)
            {
                double peak = double.NegativeInfinity;
                foreach (Touch touch in journey.Touches)
                {
                    if (touch.A > peak) peak = touch.A;
                }

                var row = new double[journey.Touches.Length];
                double mass = 0.0;
                for (int i = 0; i < row.Length; i++) { row[i] = Math.Exp(journey.Touches[i].A - peak); mass += row[i]; }
                for (int i = 0; i < row.Length; i++) row[i] /= mass;
                credits[j++] = row;
            }

            return credits;
        }
        public static void ForOverCount(Road[] roads, double[][] shares)
        {
            for (int r = 0; r < roads.Length; r++)
            {
                double peak = double.MinValue;
                for (int k = 0; k < roads[r].Lanes.Count; k++) peak = Math.Max(peak, roads[r].Lanes[k].Score);
                double sum = 0.0;
                for (int k = 0; k < roads[r].Lanes.Count; k++) { shares[r][k] = Math.Exp(roads[r].Lanes[k].Score - peak); sum += shares[r][k]; }
                for (int k = 0; k < roads[r].Lanes.Count; k++) shares[r][k] /= sum;
            }
        }
        """);

    [Fact]
    public Task OneDistributionOverAllGroups_StaysAWholeBufferSoftmax() => AssertMarked("""
        public static void Whole(List<Agent> squad)
        {
            float peak = squad.SelectMany(a => a.Options).Max(o => o.U);
            float total = 0f;
            foreach (Agent agent in squad) foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; } //~ LG0008
            foreach (Agent agent in squad) foreach (Opt o in agent.Options) o.P /= total;
        }
        """);
}
