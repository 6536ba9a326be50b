using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A flat counter split by <c>Math.DivRem</c> reads exactly as <c>k / n</c> and <c>k % n</c> (HeldOut79's blind miss
/// <c>FlatCounter_DivRemColumnPeaks</c>: <c>var (_, c) = Math.DivRem(k, cols)</c>, a per-column peak with per-row sums,
/// was silent; with DivRem in one pass only it was LG0001 or LG0002 instead of LG0004). The tuple form (quotient,
/// remainder), the <c>out</c> form (returns the quotient, the remainder out) and <c>int.DivRem</c> are each checked in
/// both passes, against the same softmax written with <c>/</c> and <c>%</c>.
/// </summary>
public class SoftmaxModelDivRemLocalsTests
{
    /// <summary>
    /// Statements defining <c>r</c> (the quotient) and <c>c</c> (the remainder) of <c>{k}</c> by <c>{n}</c>, and the
    /// same in <c>/</c> and <c>%</c>; a <c>_</c> marks a discarded part (the statement then defines only the other).
    /// </summary>
    public static TheoryData<string, string> Splits => new()
    {
        { "var (r, c) = Math.DivRem({k}, {n});", "int r = {k} / {n}, c = {k} % {n};" },
        { "int r = Math.DivRem({k}, {n}, out int c);", "int r = {k} / {n}, c = {k} % {n};" },
        { "(int r, int c) = int.DivRem({k}, {n});", "int r = {k} / {n}, c = {k} % {n};" },
        { "int r, c; (r, c) = Math.DivRem({k}, {n});", "int r, c; r = {k} / {n}; c = {k} % {n};" },
        { "var (_, c) = Math.DivRem({k}, {n}); var (r, _) = Math.DivRem({k}, {n});", "int c = {k} % {n}; int r = {k} / {n};" },
        { "Math.DivRem({k}, {n}, out int c); int r = Math.DivRem({k}, {n}, out _);", "int c = {k} % {n}; int r = {k} / {n};" },
    };

    /// <summary>
    /// Row-major flat rows (HeldOut79's layout): a peak kept per column (<c>peak[c]</c>, a max down the rows) with per-row
    /// sums is LG0004 at the fold (rows [0, 1000] and [0, 1000]... column peaks 0 and 1000 shift each row by different
    /// amounts: the row [0, 1000] becomes [1, 1]/2, not [0, 1]); the per-row peak <c>peak[r]</c> is silent. The DivRem
    /// spelling gives exactly what <c>/</c> and <c>%</c> give, in the max pass, the sum pass or both.
    /// </summary>
    [Theory]
    [MemberData(nameof(Splits))]
    public async Task RowMajorFlat_ColumnPeakIsLG0004_RowPeakSilent(string split, string divMod)
    {
        string Source(string foldSplit, string sumSplit, string key, string type) => $$"""
            using System;

            public static class Repro
            {
                public static {{type}}[] Run({{type}}[] a, int rows, int cols)
                {
                    var peak = new {{type}}[{{(key == "c" ? "cols" : "rows")}}];
                    Array.Fill(peak, {{type}}.NegativeInfinity);
                    for (int k = 0; k < a.Length; k++)
                    {
                        {{Split(foldSplit, "k", "cols")}}
                        if (a[k] > peak[{{key}}]) peak[{{key}}] = a[k];{{(key == "c" ? " //~ LG0004" : "")}}
                    }
                    var z = new {{type}}[rows];
                    var p = new {{type}}[a.Length];
                    for (int k = 0; k < a.Length; k++)
                    {
                        {{Split(sumSplit, "k", "cols")}}
                        z[r] += p[k] = {{(type == "float" ? "MathF" : "Math")}}.Exp(a[k] - peak[{{key}}]);
                    }
                    for (int k = 0; k < a.Length; k++) p[k] /= z[k / cols];
                    return p;
                }
            }
            """;

        foreach (var type in new[] { "double", "float" })
        {
            foreach (var key in new[] { "c", "r" })
            {
                await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(split, split, key, type));
                await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(split, divMod, key, type));
                await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(divMod, split, key, type));
            }
        }
    }

    /// <summary>
    /// Column-major flat storage (<c>k = c * rows + r</c>, a softmax down each column c): the quotient names the slice.
    /// A peak per row (the remainder, a max across the columns) with per-column sums is LG0004 at the <c>Math.Max</c>
    /// fold; the peak per column (the quotient) is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Splits))]
    public async Task ColumnMajorFlat_RemainderPeakIsLG0004_QuotientPeakSilent(string split, string divMod)
    {
        _ = divMod;
        string Source(string key, string type) => $$"""
            using System;

            public static class Repro
            {
                public static void Run({{type}}[] a, {{type}}[] p, int rows, int cols)
                {
                    var top = new {{type}}[{{(key == "c" ? "rows" : "cols")}}];
                    Array.Fill(top, {{type}}.MinValue);
                    for (int k = 0; k < rows * cols; k++)
                    {
                        {{Split(split, "k", "rows")}}
                        top[{{key}}] = {{(type == "float" ? "MathF" : "Math")}}.Max(top[{{key}}], a[k]);{{(key == "c" ? " //~ LG0004" : "")}}
                    }
                    var s = new {{type}}[cols];
                    for (int k = 0; k < rows * cols; k++)
                    {
                        {{Split(split, "k", "rows")}}
                        s[r] += p[k] = {{(type == "float" ? "MathF" : "Math")}}.Exp(a[k] - top[{{key}}]);
                    }
                    for (int k = 0; k < rows * cols; k++) p[k] /= s[k / rows];
                }
            }
            """;

        // Here the quotient r is the column (the slice) and the remainder c the row: top[c] spans the slices.
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("c", "double"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("r", "double"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("c", "float"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("r", "float"));
    }

    /// <summary>
    /// One scalar peak over the whole counter with per-row sums keyed by the DivRem quotient is LG0001 at the fold, as
    /// with <c>k / cols</c>; the row-start reset <c>if (c == 0)</c> of the remainder makes the peak per row (silent).
    /// </summary>
    [Theory]
    [MemberData(nameof(Splits))]
    public async Task WholeCounterPeak_IsLG0001_RowStartResetSilent(string split, string divMod)
    {
        string Whole(string sumSplit) => $$"""
            using System;

            public static class Repro
            {
                public static double[] Run(double[] a, int rows, int cols)
                {
                    double peak = double.NegativeInfinity;
                    for (int k = 0; k < a.Length; k++) peak = Math.Max(peak, a[k]); //~ LG0001
                    var z = new double[rows];
                    var p = new double[a.Length];
                    for (int k = 0; k < a.Length; k++)
                    {
                        {{Split(sumSplit, "k", "cols")}}
                        z[r] += p[k] = Math.Exp(a[k] - peak);
                    }
                    for (int k = 0; k < a.Length; k++) p[k] /= z[k / cols];
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Whole(split));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Whole(divMod));
    }

    /// <summary>DivRem of values that are no flat counter (a fixed index, a float-typed helper of the same name) changes nothing and never throws.</summary>
    [Fact]
    public async Task OtherDivRems_NoFindingNoCrash()
    {
        var source = """
            using System;

            public static class Repro
            {
                static (double, double) DivRem(double a, double b) => (Math.Floor(a / b), a % b);

                public static void Rows(float[] x, float[] y, int rows, int cols, int pick)
                {
                    var (_, fixedColumn) = Math.DivRem(pick, cols);
                    var (q, rem) = DivRem(pick, cols);
                    for (int r = 0; r < rows; r++)
                    {
                        int o = r * cols;
                        float m = x[o + fixedColumn] + (float)(q - rem);
                        m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[o + j]);
                        float s = 0f;
                        for (int j = 0; j < cols; j++) s += y[o + j] = MathF.Exp(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string Split(string template, string k, string n) => template.Replace("{k}", k).Replace("{n}", n);
}
