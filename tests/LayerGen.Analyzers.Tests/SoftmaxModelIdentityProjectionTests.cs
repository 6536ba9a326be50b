using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A projection that returns its own element, <c>x.Select(g =&gt; g)</c>, is <c>x</c>: a query continuation
/// <c>group c by c.Sample into g select g</c> compiles to one (HeldOut83's blind miss <c>TripleGroupBy_GlobalPeak</c>: a
/// whole-list <c>cells.Max(c =&gt; c.Logit)</c> subtracted inside such groups was LG0003 at both exps instead of LG0001 at
/// the max). The groups, rows and elements under the projection are read as if it were not there, so a per-group peak
/// stays silent and a whole-list peak is LG0001.
/// </summary>
public class SoftmaxModelIdentityProjectionTests
{
    /// <summary>How the groups of <c>cells</c> by sample are spelled: a query continuation or an identity <c>Select</c>.</summary>
    public static TheoryData<string> Groupings => new()
    {
        "from c in cells group c by c.Sample into g select g",
        "cells.GroupBy(c => c.Sample).Select(g => g)",
        "from c in cells group c by c.Sample into g select g into h select h",
        "(from c in cells select c).GroupBy(c => c.Sample)",
    };

    /// <summary>Records, float, two <c>foreach</c> passes per group (cells of sample 0 at 0, of sample 1 at 1000: NaN).</summary>
    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task Records_WholeListPeakIsLG0001_PerGroupPeakSilent(string grouping)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public readonly record struct Cell(int Sample, int Class, float Logit);

            public static class Repro
            {
                public static Dictionary<(int, int), float> WholeList(List<Cell> cells)
                {
                    float top = cells.Max(c => c.Logit); //~ LG0001
                    var result = new Dictionary<(int, int), float>();
                    foreach (var g in {{grouping}})
                    {
                        float z = 0f;
                        foreach (Cell c in g) z += MathF.Exp(c.Logit - top);
                        foreach (Cell c in g) result[(c.Sample, c.Class)] = MathF.Exp(c.Logit - top) / z;
                    }
                    return result;
                }

                public static Dictionary<(int, int), float> PerGroup(List<Cell> cells)
                {
                    var result = new Dictionary<(int, int), float>();
                    foreach (var g in {{grouping}})
                    {
                        float top = g.Max(c => c.Logit);
                        float z = 0f;
                        foreach (Cell c in g) z += MathF.Exp(c.Logit - top);
                        foreach (Cell c in g) result[(c.Sample, c.Class)] = MathF.Exp(c.Logit - top) / z;
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Value tuples, double, LINQ sums per group, the groups kept in a local first.</summary>
    [Theory]
    [InlineData("from t in cells group t by t.Row into g select g")]
    [InlineData("cells.GroupBy(t => t.Row).Select(g => g)")]
    public async Task Tuples_WholeListPeakIsLG0001_PerGroupPeakSilent(string grouping)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static double[,] WholeList(IReadOnlyList<(int Row, int Col, double Value)> cells, int rows, int cols)
                {
                    var y = new double[rows, cols];
                    double peak = cells.Max(t => t.Value); //~ LG0001
                    var groups = {{grouping}};
                    foreach (var g in groups)
                    {
                        double z = g.Sum(t => Math.Exp(t.Value - peak));
                        foreach (var t in g) y[t.Row, t.Col] = Math.Exp(t.Value - peak) / z;
                    }
                    return y;
                }

                public static double[,] PerGroup(IReadOnlyList<(int Row, int Col, double Value)> cells, int rows, int cols)
                {
                    var y = new double[rows, cols];
                    var groups = {{grouping}};
                    foreach (var g in groups)
                    {
                        double peak = g.Max(t => t.Value);
                        double z = g.Sum(t => Math.Exp(t.Value - peak));
                        foreach (var t in g) y[t.Row, t.Col] = Math.Exp(t.Value - peak) / z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged rows walked through an identity projection (<c>from r in x select r</c>, <c>x.Select(r =&gt; r)</c>).</summary>
    [Theory]
    [InlineData("from r in x select r", "float", "MathF.Exp")]
    [InlineData("x.Select(r => r)", "double", "Math.Exp")]
    public async Task JaggedRows_BatchPeakIsLG0001_RowPeakSilent(string rows, string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static List<{{type}}[]> BatchPeak({{type}}[][] x)
                {
                    var y = new List<{{type}}[]>();
                    {{type}} top = x.Max(r => r.Max()); //~ LG0001
                    foreach (var row in {{rows}})
                    {
                        {{type}} z = 0;
                        foreach (var v in row) z += {{exp}}(v - top);
                        y.Add(row.Select(v => {{exp}}(v - top) / z).ToArray());
                    }
                    return y;
                }

                public static List<{{type}}[]> RowPeak({{type}}[][] x)
                {
                    var y = new List<{{type}}[]>();
                    foreach (var row in {{rows}})
                    {
                        {{type}} top = row.Max();
                        {{type}} z = 0;
                        foreach (var v in row) z += {{exp}}(v - top);
                        y.Add(row.Select(v => {{exp}}(v - top) / z).ToArray());
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
