using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A void helper of the same type that only stores into members (<c>void Accumulate(double e) =&gt; _sum += e;</c>),
/// called once per element, is that member's fold written at the call (HeldOut74's blind miss
/// <c>AbstractTemplate_SumFieldNeverReset</c>, probed as a private helper: a field sum nothing resets between rows was
/// not seen). Such a sum is LG0002 at the helper's accumulation (the helper is wrong in itself: it carries its member
/// from call to call); a sum reset per row, inline or by another hook, stays silent.
/// </summary>
public class SoftmaxModelMemberHookTests
{
    /// <summary>Spellings of the accumulating hook (<c>{t}</c> the element type) and of a resetting one.</summary>
    public static TheoryData<string, string, string> Hooks => new()
    {
        { "private void Accumulate({t} e) => _sum += e;", "private void Reset() => _sum = 0;", "double" },
        { "private void Accumulate({t} e) { _sum += e; }", "private void Reset() { _sum = 0; }", "float" },
        { "private void Accumulate({t} e) => this._sum += e;", "private void Reset() => this._sum = 0;", "double" },
        { "private void Accumulate({t} e) { _sum += e; _count++; }", "private void Reset() { _sum = 0; _count = 0; }", "float" },
    };

    /// <summary>Row-major <c>x[rows, cols]</c>: the hook's field never reset is LG0002 at its accumulation.</summary>
    [Theory]
    [MemberData(nameof(Hooks))]
    public async Task RowMajor_HookSumNeverResetIsLG0002(string accumulate, string reset, string type)
    {
        var source = Class(type, accumulate + " //~ LG0002", reset, $$"""
                public {{type}}[,] Forward({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {{type}}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); Accumulate(y[i, j]); }
                        {{type}} d = _sum;
                        for (int j = 0; j < cols; j++) y[i, j] /= d;
                    }
                    return y;
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The same, with the hook's field reset per row by the other hook: silent.</summary>
    [Theory]
    [MemberData(nameof(Hooks))]
    public async Task RowMajor_HookSumResetPerRowByHookSilent(string accumulate, string reset, string type)
    {
        var source = Class(type, accumulate, reset, $$"""
                public {{type}}[,] Forward({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {{type}}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        Reset();
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); Accumulate(y[i, j]); }
                        {{type}} d = _sum;
                        for (int j = 0; j < cols; j++) y[i, j] /= d;
                    }
                    return y;
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Flat row-major <c>x[rows * cols]</c>, the field reset inline per row: silent.</summary>
    [Theory]
    [MemberData(nameof(Hooks))]
    public async Task Flat_HookSumResetInlinePerRowSilent(string accumulate, string reset, string type)
    {
        var source = Class(type, accumulate, reset, $$"""
                public void Forward({{type}}[] x, {{type}}[] y, int cols)
                {
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {{type}} m = x[o];
                        for (int j = 1; j < cols; j++) m = {M}.Max(m, x[o + j]);
                        _sum = 0;
                        for (int j = 0; j < cols; j++) { y[o + j] = {M}.Exp(x[o + j] - m); Accumulate(y[o + j]); }
                        for (int j = 0; j < cols; j++) y[o + j] /= _sum;
                    }
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged <c>x[batch][classes]</c>: the hook's field never reset is LG0002 at its accumulation.</summary>
    [Theory]
    [MemberData(nameof(Hooks))]
    public async Task Jagged_HookSumNeverResetIsLG0002(string accumulate, string reset, string type)
    {
        var source = Class(type, accumulate + " //~ LG0002", reset, $$"""
                public void Forward({{type}}[][] x, {{type}}[][] y)
                {
                    for (int n = 0; n < x.Length; n++)
                    {
                        {{type}}[] row = x[n];
                        {{type}} m = {{type}}.NegativeInfinity;
                        foreach ({{type}} v in row) m = {M}.Max(m, v);
                        for (int c = 0; c < row.Length; c++) { y[n][c] = {M}.Exp(row[c] - m); Accumulate(y[n][c]); }
                        for (int c = 0; c < row.Length; c++) y[n][c] /= _sum;
                    }
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string Class(string type, string accumulate, string reset, string methods)
    {
        var math = type == "float" ? "MathF" : "Math";
        string Fill(string text) => text.Replace("{t}", type).Replace("{M}", math);
        return Fill($$"""
            using System;

            public sealed class Head
            {
                private {{type}} _sum;
                private int _count;

                public int Count => _count;

                {{accumulate}}

                {{reset}}

            {{methods}}
            }
            """);
    }
}
