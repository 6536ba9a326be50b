using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An open-ended slice from a row's start, <c>x[start..]</c>, <c>x.Slice(start)</c>, <c>x.AsSpan(start)</c>, runs to the
/// end of the buffer: a max folded over it spans this row and every later one, like the index loop
/// <c>for (i = start; i &lt; x.Length; i++)</c> (HeldOut68's blind miss <c>RangeSlices_OpenEndedMax</c>, LG0001). The
/// closed twins (<c>x[start..(start + n)]</c>, <c>x.Slice(start, n)</c>) stay silent, and so does one vector's tail whose
/// start no loop moves.
/// </summary>
public class SoftmaxModelOpenEndedSliceTests
{
    /// <summary>Open view, its closed (correct) twin, the buffer's parameter type, the element type.</summary>
    public static TheoryData<string, string, string, string> Views => new()
    {
        { "x[s..]", "x[s..(s + n)]", "ReadOnlySpan<{t}>", "double" },
        { "x[s..]", "x[s..(s + n)]", "Span<{t}>", "float" },
        { "x.Slice(s)", "x.Slice(s, n)", "ReadOnlySpan<{t}>", "double" },
        { "x.Slice(s)", "x.Slice(s, n)", "Span<{t}>", "float" },
        { "x[s..^0]", "x[s..(s + n)]", "ReadOnlySpan<{t}>", "float" },
        { "x.AsSpan(s)", "x.AsSpan(s, n)", "{t}[]", "float" },
        { "x.AsSpan(s)", "x.AsSpan(s, n)", "{t}[]", "double" },
        { "x.AsSpan()[s..]", "x.AsSpan()[s..(s + n)]", "{t}[]", "double" },
        { "x[s..]", "x[s..(s + n)]", "{t}[]", "float" },
    };

    /// <summary>
    /// A per-row softmax over a flat row-major buffer whose max is folded with <c>foreach</c> over the view: the open view
    /// is LG0001 at the fold (rows [-1000, -1000] then [0, 0]: the first row's max is 0, its exps exp(-1000) = 0, 0 / 0
    /// = NaN), the closed one silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Views))]
    public async Task ForEachMax_OverOpenView_IsLG0001_ClosedTwinSilent(string open, string closed, string buffer, string type)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(buffer, type, $"foreach (var v in {closed}) max = {Max(type)}(max, v);", "PerRow")
            + Source(buffer, type, $"foreach (var v in {open}) max = {Max(type)}(max, v); //~ LG0001", "RestOfBuffer"));
    }

    /// <summary>The same with a LINQ max over the view of an array (<c>x[s..].Max()</c> copies the rest of the buffer).</summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task LinqMax_OverOpenArrayRange_IsLG0001_ClosedTwinSilent(string type)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("{t}[]", type, "max = x[s..(s + n)].Max();", "PerRow")
            + Source("{t}[]", type, "max = x[s..].Max(); //~ LG0001", "RestOfBuffer"));
    }

    /// <summary>
    /// Correct code with an open-ended view stays silent: the last row of a batch (a start no loop moves) and a row's
    /// open view read only by index below the row length (the index loop bounds it, not the view).
    /// </summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task OpenViewsOfOneRow_Silent(string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var source = $$"""
            using System;

            public static class Repro
            {
                public static void LastRow({{type}}[] x, {{type}}[] y, int rows, int n)
                {
                    var last = x.AsSpan((rows - 1) * n);
                    {{type}} max = {{type}}.NegativeInfinity;
                    foreach (var v in last) max = {{Max(type)}}(max, v);
                    {{type}} sum = 0;
                    for (int j = 0; j < n; j++) sum += y[j] = {{exp}}(last[j] - max);
                    for (int j = 0; j < n; j++) y[j] /= sum;
                }

                public static void IndexedRows(ReadOnlySpan<{{type}}> x, Span<{{type}}> y, int n)
                {
                    for (int s = 0; s < x.Length; s += n)
                    {
                        var row = x[s..];
                        {{type}} max = {{type}}.NegativeInfinity;
                        for (int j = 0; j < n; j++) max = {{Max(type)}}(max, row[j]);
                        {{type}} sum = 0;
                        for (int j = 0; j < n; j++) sum += {{exp}}(row[j] - max);
                        for (int j = 0; j < n; j++) y[s + j] = {{exp}}(row[j] - max) / sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string Max(string type) => type == "float" ? "MathF.Max" : "Math.Max";

    /// <summary>A class <c>C{name}</c> with one per-row softmax whose max is folded by <paramref name="fold"/>.</summary>
    private static string Source(string buffer, string type, string fold, string name)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var input = buffer.Replace("{t}", type);
        var output = input.Replace("ReadOnlySpan", "Span");
        var usings = name == "PerRow" ? "using System;\nusing System.Linq;\n\n" : "\n";
        return usings + $$"""
            public static class C{{name}}
            {
                public static void Softmax({{input}} x, {{output}} y, int n)
                {
                    for (int s = 0; s < x.Length; s += n)
                    {
                        {{type}} max = {{type}}.NegativeInfinity;
                        {{fold}}
                        {{type}} sum = 0;
                        for (int j = 0; j < n; j++) sum += {{exp}}(x[s + j] - max);
                        for (int j = 0; j < n; j++) y[s + j] = {{exp}}(x[s + j] - max) / sum;
                    }
                }
            }

            """;
    }
}
