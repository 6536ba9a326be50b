using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A flat counter decomposed into a rectangular element's row and column, <c>y[k / classes, k % classes] /= sums[k /
/// classes]</c>: <c>k / classes</c> is the row of element k, so the slot <c>sums[k / classes]</c> is that row's sum
/// (HeldOut78's false LG0004 on the correct <c>ParallelFor_StoredRowPeaks</c>: the one loop over k made y's rows and
/// columns one axis). Per-row maxima and sums stored in arrays stay silent, with plain loops or <c>Parallel.For</c>, row-
/// or column-major; a per-class max or one whole-buffer max with the same divide pass is still reported.
/// </summary>
public class SoftmaxModelDecomposedWalkTests
{
    /// <summary>The flat divide pass, by layout: row-major <c>[batch, classes]</c> and column-major <c>[classes, batch]</c>.</summary>
    public static TheoryData<string, string, string> Divides => new()
    {
        { "for (int k = 0; k < batch * classes; k++) y[k / classes, k % classes] /= sums[k / classes];", "double", "row" },
        { "Parallel.For(0, batch * classes, k => y[k / classes, k % classes] /= sums[k / classes]);", "double", "row" },
        { "for (int k = 0; k < y.Length; k++) { int r = k / classes; y[r, k % classes] /= sums[r]; }", "float", "row" },
        { "for (int k = 0; k < batch * classes; k++) y[k % classes, k / classes] /= sums[k / classes];", "double", "column" },
        { "Parallel.For(0, batch * classes, k => y[k % classes, k / classes] /= sums[k / classes]);", "float", "column" },
    };

    /// <summary>Per-row maxima and sums in arrays, then the flat divide: silent (each slot is one row's).</summary>
    [Theory]
    [MemberData(nameof(Divides))]
    public async Task StoredRowPeaks_FlatDivide_Silent(string divide, string type, string layout)
    {
        var source = Source(divide, type, layout, peakPerClass: false);
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// A peak per class (folded along the batch) with per-row sums and the same flat divide: LG0004 at the fold
    /// (x = [[0, 1000], [0, 1000]]: the classes are shifted by different amounts, the ratios change).
    /// </summary>
    [Theory]
    [MemberData(nameof(Divides))]
    public async Task StoredClassPeaks_FlatDivide_LG0004(string divide, string type, string layout)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(divide, type, layout, peakPerClass: true));
    }

    /// <summary>One max over the whole buffer with per-row sums and the flat divide: LG0001 at the fold (rows [0, 0], [-1000, -1000]: 0 / 0).</summary>
    [Theory]
    [InlineData("for (int k = 0; k < batch * classes; k++) y[k / classes, k % classes] /= sums[k / classes];")]
    [InlineData("Parallel.For(0, batch * classes, k => y[k / classes, k % classes] /= sums[k / classes]);")]
    public async Task WholeMax_FlatDivide_LG0001(string divide)
    {
        var source = $$"""
            using System;
            using System.Threading.Tasks;

            public static class Repro
            {
                public static double[,] Softmax(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var sums = new double[batch];
                    var y = new double[batch, classes];
                    double m = double.NegativeInfinity;
                    foreach (double v in x) m = Math.Max(m, v); //~ LG0001
                    for (int r = 0; r < batch; r++)
                    {
                        double s = 0;
                        for (int c = 0; c < classes; c++) s += y[r, c] = Math.Exp(x[r, c] - m);
                        sums[r] = s;
                    }
                    {{divide}}
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string Source(string divide, string type, string layout, bool peakPerClass)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var max = type == "float" ? "MathF.Max" : "Math.Max";
        string At(string r, string c) => layout == "row" ? $"x[{r}, {c}]" : $"x[{c}, {r}]";
        string Out(string r, string c) => layout == "row" ? $"y[{r}, {c}]" : $"y[{c}, {r}]";
        var sizes = layout == "row" ? "int batch = x.GetLength(0), classes = x.GetLength(1);" : "int classes = x.GetLength(0), batch = x.GetLength(1);";
        var shape = layout == "row" ? "[batch, classes]" : "[classes, batch]";
        var peaks = peakPerClass
            ? $$"""
                    var peaks = new {{type}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int r = 0; r < batch; r++) m = {{max}}(m, {{At("r", "c")}}); //~ LG0004
                        peaks[c] = m;
                    }
            """
            : $$"""
                    var peaks = new {{type}}[batch];
                    Parallel.For(0, batch, r =>
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = {{max}}(m, {{At("r", "c")}});
                        peaks[r] = m;
                    });
            """;
        var peak = peakPerClass ? "peaks[c]" : "peaks[r]";
        return $$"""
            using System;
            using System.Threading.Tasks;

            public static class Repro
            {
                public static {{type}}[,] Softmax({{type}}[,] x)
                {
                    {{sizes}}
            {{peaks}}
                    var sums = new {{type}}[batch];
                    var y = new {{type}}{{shape}};
                    for (int r = 0; r < batch; r++)
                    {
                        {{type}} s = 0;
                        for (int c = 0; c < classes; c++) s += {{Out("r", "c")}} = {{exp}}({{At("r", "c")}} - {{peak}});
                        sums[r] = s;
                    }
                    {{divide}}
                    return y;
                }
            }
            """;
    }
}
