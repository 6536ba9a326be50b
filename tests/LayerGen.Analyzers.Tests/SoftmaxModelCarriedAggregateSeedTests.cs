using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A seeded <c>Aggregate</c> stored back into its seed, <c>total = row.Aggregate(total, (a, v) =&gt; a + e(v))</c>, adds to
/// the seed as <c>total += row.Sum(e)</c> does (HeldOut83's blind miss <c>AggregateSeed_CarriedTotal</c>, whose scalar
/// spelling was silent): a seed declared before the row loop carries the sum across rows (LG0002), a carried
/// <c>peak = row.Aggregate(peak, MathF.Max)</c> is a running max read mid-way (LG0001). A seed reset per row, or a
/// constant seed, is the row's own fold and stays silent.
/// </summary>
public class SoftmaxModelCarriedAggregateSeedTests
{
    /// <summary>Jagged rows, float, the sum carried (bug) or reset (twins) around the seeded fold.</summary>
    [Fact]
    public async Task JaggedRows_CarriedTotalIsLG0002_ResetTotalSilent()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static float[][] Carried(IReadOnlyList<float[]> x)
                {
                    var y = new float[x.Count][];
                    float total = 0f;
                    for (int r = 0; r < x.Count; r++)
                    {
                        float[] row = x[r];
                        float peak = row.Max();
                        total = row.Aggregate(total, (acc, v) => acc + MathF.Exp(v - peak)); //~ LG0002
                        y[r] = row.Select(v => MathF.Exp(v - peak) / total).ToArray();
                    }
                    return y;
                }

                public static float[][] ResetPerRow(IReadOnlyList<float[]> x)
                {
                    var y = new float[x.Count][];
                    for (int r = 0; r < x.Count; r++)
                    {
                        float[] row = x[r];
                        float peak = row.Max();
                        float total = 0f;
                        total = row.Aggregate(total, (acc, v) => acc + MathF.Exp(v - peak));
                        y[r] = row.Select(v => MathF.Exp(v - peak) / total).ToArray();
                    }
                    return y;
                }

                public static float[][] ConstantSeed(IReadOnlyList<float[]> x)
                {
                    var y = new float[x.Count][];
                    foreach (var (row, r) in x.Select((row, r) => (row, r)))
                    {
                        float peak = row.Max();
                        float total = row.Aggregate(0f, (acc, v) => acc + MathF.Exp(v - peak));
                        y[r] = row.Select(v => MathF.Exp(v - peak) / total).ToArray();
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A 2-D buffer, double, the row walked by <c>Enumerable.Range</c> in the fold; reset by an assignment in the twin.</summary>
    [Fact]
    public async Task Rectangular_CarriedTotalIsLG0002_ResetTotalSilent()
    {
        var source = """
            using System;
            using System.Linq;

            public static class Repro
            {
                public static double[,] Carried(double[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new double[rows, cols];
                    double sum = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double peak = Enumerable.Range(0, cols).Max(j => x[r, j]);
                        sum = Enumerable.Range(0, cols).Aggregate(sum, (a, j) => a + Math.Exp(x[r, j] - peak)); //~ LG0002
                        for (int j = 0; j < cols; j++) y[r, j] = Math.Exp(x[r, j] - peak) / sum;
                    }
                    return y;
                }

                public static double[,] ResetPerRow(double[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new double[rows, cols];
                    double sum = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double peak = Enumerable.Range(0, cols).Max(j => x[r, j]);
                        sum = 0;
                        sum = Enumerable.Range(0, cols).Aggregate(sum, (a, j) => a + Math.Exp(x[r, j] - peak));
                        for (int j = 0; j < cols; j++) y[r, j] = Math.Exp(x[r, j] - peak) / sum;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A peak carried across rows by <c>Aggregate(peak, MathF.Max)</c> (LG0001) and its per-row twin.</summary>
    [Theory]
    [InlineData("float", "MathF")]
    [InlineData("double", "Math")]
    public async Task JaggedRows_CarriedPeakIsLG0001_ResetPeakSilent(string type, string math)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[][] Carried({{type}}[][] x)
                {
                    var y = new {{type}}[x.Length][];
                    {{type}} peak = {{type}}.NegativeInfinity;
                    for (int r = 0; r < x.Length; r++)
                    {
                        peak = x[r].Aggregate(peak, {{math}}.Max); //~ LG0001
                        {{type}} z = x[r].Sum(v => {{math}}.Exp(v - peak));
                        y[r] = x[r].Select(v => {{math}}.Exp(v - peak) / z).ToArray();
                    }
                    return y;
                }

                public static {{type}}[][] ResetPerRow({{type}}[][] x)
                {
                    var y = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        peak = x[r].Aggregate(peak, {{math}}.Max);
                        {{type}} z = x[r].Sum(v => {{math}}.Exp(v - peak));
                        y[r] = x[r].Select(v => {{math}}.Exp(v - peak) / z).ToArray();
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
