using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An <c>[InlineArray(N)]</c> struct of numbers used as a scratch buffer is a buffer like a <c>double[]</c> or a
/// <c>Span&lt;double&gt;</c> (HeldOut69's miss <c>InlineArray_ScratchRawExp</c>): raw exps stored into <c>e[c]</c> and
/// divided by their sum are LG0003 at the exp; the same exps shifted by the slice's max are silent, as is a bounded or
/// shifted exp read back through the struct.
/// </summary>
public class SoftmaxModelInlineArrayTests
{
    private const string Types = """
        [InlineArray(16)]
        public struct Scratch16 { private double _first; }

        [InlineArray(8)]
        public struct Scratch8F { private float _first; }
        """;

    /// <summary>Class-major (x[c * batch + b]) and row-major (x[b * classes + c]) reads; double and float scratch.</summary>
    public static TheoryData<string, string, string, string> Layouts => new()
    {
        { "double", "Scratch16", "Math.Exp", "c * batch + b" },
        { "double", "Scratch16", "Math.Exp", "b * classes + c" },
        { "float", "Scratch8F", "MathF.Exp", "c * batch + b" },
        { "float", "Scratch8F", "MathF.Exp", "b * classes + c" },
    };

    private static string Source(string type, string scratch, string exp, string at, bool shifted) => $$"""
        using System;
        using System.Runtime.CompilerServices;

        {{Types}}

        public static class Repro
        {
            public static {{type}}[] Probabilities({{type}}[] x, int classes, int batch)
            {
                var p = new {{type}}[x.Length];
                for (int b = 0; b < batch; b++)
                {
                    {{scratch}} e = default;
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[{{at}}]);
                    {{type}} z = 0;
                    for (int c = 0; c < classes; c++)
                    {
                        e[c] = {{exp}}({{(shifted ? $"x[{at}] - m" : $"x[{at}]")}});{{(shifted ? "" : " //~ LG0003")}}
                        z += e[c];
                    }

                    for (int c = 0; c < classes; c++) p[{{at}}] = e[c] / z;
                }

                return p;
            }
        }
        """;

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task RawExpsIntoInlineArrayScratch_AreLG0003(string type, string scratch, string exp, string at) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(type, scratch, exp, at, shifted: false));

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task ShiftedExpsIntoInlineArrayScratch_AreSilent(string type, string scratch, string exp, string at) =>
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(type, scratch, exp, at, shifted: true)));
}
