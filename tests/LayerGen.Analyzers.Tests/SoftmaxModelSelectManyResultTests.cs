using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>SelectMany</c>'s result-selector overload (SoftmaxModel.SelectManyResults.cs):
/// <c>squad.SelectMany(a =&gt; a.Options, (a, o) =&gt; o.U)</c>, and query syntax's second <c>from</c>
/// (<c>from a in squad from o in a.Options select o.U</c>), walk every member of every group like the one-argument
/// <c>squad.SelectMany(a =&gt; a.Options).Max(o =&gt; o.U)</c>: a max over them subtracted in one group's softmax is
/// LG0001, a sum over them dividing one group's exps LG0002; the group's own members stay silent, and so does a max
/// over all groups that no softmax uses.
/// </summary>
public class SoftmaxModelSelectManyResultTests
{
    /// <summary>Class/struct records, list/array/read-only-list member rows, properties/fields.</summary>
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

    [Theory]
    [InlineData("squad.SelectMany(a => a.Options, (a, o) => o.U).Max()")]
    [InlineData("squad.SelectMany(a => a.Options, (a, o) => o).Max(o => o.U)")]
    [InlineData("squad.SelectMany(a => a.Options, (a, o) => o.U).Aggregate(float.MinValue, MathF.Max)")]
    [InlineData("(from a in squad from o in a.Options select o.U).Max()")]
    [InlineData("(from a in squad from o in a.Options select o).Max(o => o.U)")]
    [InlineData("(from a in squad from o in a.Options select new { a, o }).Max(pair => pair.o.U)")]
    public async Task AMaxOverEveryAgentsOptions_InOneAgentsSoftmax_IsLG0001(string peak)
    {
        var source = Agents($"float peak = {peak};", "");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("", "float peak = agent.Options.Max(o => o.U);")]
    [InlineData("", "float peak = (from o in agent.Options select o.U).Max();")]
    [InlineData("", "float peak = new[] { agent }.SelectMany(a => a.Options, (a, o) => o.U).Max();")]
    [InlineData("float all = squad.SelectMany(a => a.Options, (a, o) => o.U).Max(); Console.WriteLine(all);", "float peak = agent.Options.Max(o => o.U);")]
    [InlineData("float all = (from a in squad from o in a.Options select o.U).Max(); Console.WriteLine(all);", "float peak = agent.Options.Max(o => o.U);")]
    public async Task AMaxOverTheAgentsOwnOptions_IsSilent(string before, string inAgent)
    {
        var source = Agents(before, inAgent);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("journeys.SelectMany(j => j.Touches, (j, t) => t.A).Max()")]
    [InlineData("(from j in journeys from t in j.Touches select t.A).Max()")]
    [InlineData("(from j in journeys from t in j.Touches where t.A > -1e9 select t.A).Max()")]
    public async Task AMaxOverEveryJourneysTouches_OverAnArrayOfStructRecords_IsLG0001(string peak)
    {
        var source = Types + $$"""

            public static class C
            {
                public static double[][] Credit(Journey[] journeys)
                {
                    double peak = {{peak}};
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
            }
            """;
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("roads.SelectMany(g => g.Lanes, (g, l) => l.Score).Max()", "LG0001")]
    [InlineData("(from g in roads from l in g.Lanes select l.Score).Max()", "LG0001")]
    [InlineData("road.Lanes.Max(l => l.Score)", null)]
    [InlineData("(from l in road.Lanes select l.Score).Max()", null)]
    public async Task AReadOnlyListFieldOfStructs_IsJudgedByWhatTheMaxWalks(string peak, string? expected)
    {
        var source = Types + $$"""

            public static class C
            {
                public static double[][] Shares(List<Road> roads)
                {
                    var shares = new double[roads.Count][];
                    for (int r = 0; r < roads.Count; r++)
                    {
                        var road = roads[r];
                        double peak = {{peak}};
                        var row = new double[road.Lanes.Count];
                        double z = 0.0;
                        for (int k = 0; k < row.Length; k++) { row[k] = Math.Exp(road.Lanes[k].Score - peak); z += row[k]; }
                        for (int k = 0; k < row.Length; k++) row[k] /= z;
                        shares[r] = row;
                    }

                    return shares;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("squad.SelectMany(a => a.Options, (a, o) => o.P).Sum()", "LG0002")]
    [InlineData("(from a in squad from o in a.Options select o.P).Sum()", "LG0002")]
    [InlineData("squad.SelectMany(a => a.Options).Sum(o => o.P)", "LG0002")]
    [InlineData("agent.Options.Sum(o => o.P)", null)]
    [InlineData("(from o in agent.Options select o.P).Sum()", null)]
    public async Task ASumOverEveryAgentsExps_DividingOneAgents_IsLG0002(string total, string? expected)
    {
        var source = Types + $$"""

            public static class C
            {
                public static void Score(List<Agent> squad)
                {
                    foreach (Agent agent in squad)
                    {
                        float peak = agent.Options.Max(o => o.U);
                        foreach (Opt o in agent.Options) o.P = MathF.Exp(o.U - peak);
                    }

                    foreach (Agent agent in squad)
                    {
                        float total = {{total}};
                        foreach (Opt o in agent.Options) o.P /= total;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Agents(string before, string inAgent) => Types + $$"""

        public static class C
        {
            public static void Score(List<Agent> squad)
            {
                {{before}}
                foreach (Agent agent in squad)
                {
                    {{inAgent}}
                    float total = 0f;
                    foreach (Opt o in agent.Options) { o.P = MathF.Exp(o.U - peak); total += o.P; }
                    foreach (Opt o in agent.Options) o.P /= total;
                }
            }
        }
        """;
}
