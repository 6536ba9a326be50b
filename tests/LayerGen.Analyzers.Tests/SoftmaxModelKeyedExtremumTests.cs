using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>x.MaxBy(c =&gt; c.Score)</c> chooses the element with the largest key, so the chosen element's key member
/// (<c>winner.Score</c>, <c>x.MaxBy(c =&gt; c.Score)!.Score</c>) is the max <c>x.Max(c =&gt; c.Score)</c> (HeldOut83's blind
/// miss <c>MaxBy_BatchWinner</c>: a whole-list winner subtracted per query group was not reported). A winner taken over
/// the whole list and subtracted per group is LG0001 at the <c>MaxBy</c>; one taken per group or per row is silent.
/// </summary>
public class SoftmaxModelKeyedExtremumTests
{
    /// <summary>How the shift is read from the winner (<c>{w}</c> is the winner expression); records, double.</summary>
    [Theory]
    [InlineData("Candidate winner = {src}.MaxBy(c => c.Score)!;", "winner.Score")]
    [InlineData("var winner = {src}.MaxBy(c => c.Score);", "winner!.Score")]
    [InlineData("double top = {src}.MaxBy(c => c.Score)!.Score;", "top")]
    public async Task Records_ListWinnerIsLG0001_GroupWinnerSilent(string declaration, string shift)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public sealed record Candidate(int Query, int Doc, double Score);

            public static class Repro
            {
                public static Dictionary<(int, int), double> ListWinner(IReadOnlyList<Candidate> candidates)
                {
                    {{declaration.Replace("{src}", "candidates")}} //~ LG0001
                    var probs = new Dictionary<(int, int), double>();
                    foreach (var query in candidates.GroupBy(c => c.Query))
                    {
                        double z = 0;
                        foreach (var c in query) z += Math.Exp(c.Score - {{shift}});
                        foreach (var c in query) probs[(c.Query, c.Doc)] = Math.Exp(c.Score - {{shift}}) / z;
                    }
                    return probs;
                }

                public static Dictionary<(int, int), double> GroupWinner(IReadOnlyList<Candidate> candidates)
                {
                    var probs = new Dictionary<(int, int), double>();
                    foreach (var query in candidates.GroupBy(c => c.Query))
                    {
                        {{declaration.Replace("{src}", "query")}}
                        double z = 0;
                        foreach (var c in query) z += Math.Exp(c.Score - {{shift}});
                        foreach (var c in query) probs[(c.Query, c.Doc)] = Math.Exp(c.Score - {{shift}}) / z;
                    }
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Value tuples, float, LINQ sums over each row group.</summary>
    [Fact]
    public async Task Tuples_ListWinnerIsLG0001_GroupWinnerSilent()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static float[,] ListWinner(List<(int Row, int Col, float Value)> cells, int rows, int cols)
                {
                    var y = new float[rows, cols];
                    var best = cells.MaxBy(t => t.Value); //~ LG0001
                    foreach (var g in cells.GroupBy(t => t.Row))
                    {
                        float z = g.Sum(t => MathF.Exp(t.Value - best.Value));
                        foreach (var t in g) y[t.Row, t.Col] = MathF.Exp(t.Value - best.Value) / z;
                    }
                    return y;
                }

                public static float[,] GroupWinner(List<(int Row, int Col, float Value)> cells, int rows, int cols)
                {
                    var y = new float[rows, cols];
                    foreach (var g in cells.GroupBy(t => t.Row))
                    {
                        var best = g.MaxBy(t => t.Value);
                        float z = g.Sum(t => MathF.Exp(t.Value - best.Value));
                        foreach (var t in g) y[t.Row, t.Col] = MathF.Exp(t.Value - best.Value) / z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Jagged rows: a per-row <c>MaxBy</c> over indexed tuples (peak and argmax) is silent; over the flattened batch it is
    /// LG0001.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task JaggedRows_BatchArgmaxIsLG0001_RowArgmaxSilent(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[][] BatchArgmax({{type}}[][] x)
                {
                    var probs = new {{type}}[x.Length][];
                    var best = x.SelectMany(r => r).Select((v, k) => (Value: v, Index: k)).MaxBy(t => t.Value); //~ LG0001
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} z = x[r].Sum(v => {{exp}}(v - best.Value));
                        probs[r] = x[r].Select(v => {{exp}}(v - best.Value) / z).ToArray();
                    }
                    return probs;
                }

                public static {{type}}[][] RowArgmax({{type}}[][] x)
                {
                    var probs = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        var best = x[r].Select((v, j) => (Value: v, Index: j)).MaxBy(t => t.Value);
                        {{type}} z = x[r].Sum(v => {{exp}}(v - best.Value));
                        probs[r] = x[r].Select(v => {{exp}}(v - best.Value) / z).ToArray();
                    }
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
