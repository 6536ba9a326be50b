using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A max (or min) fold written as a switch expression, <c>m = v switch { var t when t &gt; m =&gt; t, _ =&gt; m }</c>, is
/// read as the ternary <c>v &gt; m ? v : m</c> (HeldOut68's blind miss <c>SwitchLayout_ClassPeakFold</c>: a per-class
/// peak with per-sample sums was LG0003 at the exp instead of LG0004 at the fold). Only two arms, the first guarded by a
/// comparison of the candidate with the accumulator, the second a catch-all, are a fold; any other switch is judged
/// exactly as the ternary it spells.
/// </summary>
public class SoftmaxModelSwitchFoldTests
{
    /// <summary>Spellings of <c>{m} = max({m}, {v})</c> as a switch expression; <c>{t}</c> is the element type.</summary>
    public static TheoryData<string, string> MaxFolds => new()
    {
        { "{v} switch { var t when t > {m} => t, _ => {m} }", "float" },
        { "{v} switch { var t when t >= {m} => t, _ => {m} }", "double" },
        { "{v} switch { var t when {m} < t => t, _ => {m} }", "double" },
        { "{v} switch { var t when t <= {m} => {m}, _ => {v} }", "float" },
        { "{m} switch { var cur when {v} > cur => {v}, var cur => cur }", "float" },
        { "{v} switch { {t} t when t > {m} => t, var _ => {m} }", "double" },
        { "{v} switch { _ when {v} > {m} => {v}, _ => {m} }", "float" },
    };

    /// <summary>
    /// HeldOut68's layout: <c>z[classes, batch]</c>, softmax down each column. The per-sample peak is silent; a per-class
    /// peak (along the batch) with per-sample sums is LG0004 at the fold (z = [[0, 1000], [0, 1000]]: column 0 is shifted by
    /// 1000 for both classes, exp(-1000) = 0, 0 / 0 = NaN).
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxFolds))]
    public async Task ColumnMajor_PerClassPeakIsLG0004_PerSamplePeakSilent(string fold, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        string Fold(string m, string v) => fold.Replace("{t}", type).Replace("{m}", m).Replace("{v}", v);
        var source = $$"""
            using System;

            public static class Repro
            {
                public static {{type}}[,] PerSample({{type}}[,] z)
                {
                    var (classes, batch) = (z.GetLength(0), z.GetLength(1));
                    var p = new {{type}}[classes, batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) peak = {{Fold("peak", "z[c, b]")}};
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += p[c, b] = {{exp}}(z[c, b] - peak);
                        for (int c = 0; c < classes; c++) p[c, b] /= sum;
                    }
                    return p;
                }

                public static {{type}}[,] PerClass({{type}}[,] z)
                {
                    var (classes, batch) = (z.GetLength(0), z.GetLength(1));
                    var peak = new {{type}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        peak[c] = {{type}}.NegativeInfinity;
                        for (int b = 0; b < batch; b++)
                            peak[c] = {{Fold("peak[c]", "z[c, b]")}}; //~ LG0004
                    }
                    var p = new {{type}}[classes, batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += p[c, b] = {{exp}}(z[c, b] - peak[c]);
                        for (int c = 0; c < classes; c++) p[c, b] /= sum;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Flat row-major rows and jagged rows: the per-row switch max is silent; one max over the whole buffer is LG0001
    /// at the fold (rows [0, 0] and [-1000, -1000]: the second row's exps are exp(-1000) = 0, 0 / 0 = NaN).
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxFolds))]
    public async Task FlatAndJagged_WholeBufferMaxIsLG0001_PerRowSilent(string fold, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        string Fold(string m, string v) => fold.Replace("{t}", type).Replace("{m}", m).Replace("{v}", v);
        var source = $$"""
            using System;

            public static class Repro
            {
                public static void FlatPerRow({{type}}[] x, {{type}}[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {{Fold("m", "x[r * cols + j]")}};
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = {{exp}}(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                public static void FlatWhole({{type}}[] x, {{type}}[] y, int rows, int cols)
                {
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = {{Fold("m", "x[i]")}}; //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += y[r * cols + j] = {{exp}}(x[r * cols + j] - m);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                public static {{type}}[][] JaggedPerRow({{type}}[][] x)
                {
                    var y = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        foreach (var v in x[r]) m = {{Fold("m", "v")}};
                        y[r] = new {{type}}[x[r].Length];
                        {{type}} s = 0;
                        for (int j = 0; j < x[r].Length; j++) s += y[r][j] = {{exp}}(x[r][j] - m);
                        for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Switches that are not a max fold (a min, a threshold that is not the accumulator, a constant relational pattern)
    /// give exactly what the ternary they spell gives, in a row softmax shifted by that value.
    /// </summary>
    [Theory]
    [InlineData("x[o + j] switch { var t when t < m => t, _ => m }", "x[o + j] < m ? x[o + j] : m")]
    [InlineData("x[o + j] switch { var t when m > t => t, _ => m }", "m > x[o + j] ? x[o + j] : m")]
    [InlineData("x[o + j] switch { var t when t > 0.5f => t, _ => m }", "x[o + j] > 0.5f ? x[o + j] : m")]
    [InlineData("x[o + j] switch { > 0f => x[o + j], _ => m }", "x[o + j] > 0f ? x[o + j] : m")]
    [InlineData("x[o + j] switch { var t when t > m => m, _ => x[o + j] }", "x[o + j] > m ? m : x[o + j]")]
    public async Task NonMaxSwitch_JudgedAsItsTernary(string switchFold, string ternaryFold)
    {
        static string Source(string fold) => $$"""
            using System;

            public static class Repro
            {
                public static void Rows(float[] x, float[] y, int rows, int cols)
                {
                    for (int o = 0; o < rows * cols; o += cols)
                    {
                        float m = x[o];
                        for (int j = 1; j < cols; j++) m = {{fold}};
                        float s = 0f;
                        for (int j = 0; j < cols; j++) s += y[o + j] = MathF.Exp(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }
            }
            """;
        Assert.Equal(await SourceMarkers.ReportedIdsAtLinesAsync(Source(ternaryFold)), await SourceMarkers.ReportedIdsAtLinesAsync(Source(switchFold)));
    }
}
