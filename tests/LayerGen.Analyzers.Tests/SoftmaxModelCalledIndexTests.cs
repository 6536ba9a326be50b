using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A flat element index computed by a call (HeldOut69's false report <c>StaticAbstract_LayoutIndex</c>): a static helper
/// <c>Idx(b, c, classes) =&gt; b * classes + c</c> reads as its inline body with the caller's arguments, a static abstract
/// member of a type parameter as the one body every implementation in the compilation shares; a call with no such body
/// (two layouts that map a cell differently) is an index of no known axis, never another axis than the sum's.
/// </summary>
public class SoftmaxModelCalledIndexTests
{
    /// <summary>Index spellings: the declarations and the call for a row-major ({r}) or class-major ({k}) flat index of sample b, class c.</summary>
    public static TheoryData<string, string, string> Indices => new()
    {
        // expression-bodied private static helper, row-major
        { "private static int Idx(int b, int c, int batch, int classes) => b * classes + c;", "", "Idx({b}, {c}, batch, classes)" },
        // block-bodied helper, class-major
        { "static int At(int sample, int cls, int batch, int classes) { return cls * batch + sample; }", "", "At({b}, {c}, batch, classes)" },
        // helper with its own parameter order and a local
        { "static int Flat(int classes, int row, int col) { int start = row * classes; return start + col; }", "", "Flat(classes, {b}, {c})" },
        // static abstract member with one implementation in the compilation
        {
            "",
            "public interface ILayout { static abstract int Index(int s, int c, int batch, int classes); }\npublic readonly struct RowMajor : ILayout { public static int Index(int s, int c, int batch, int classes) => s * classes + c; }",
            "TL.Index({b}, {c}, batch, classes)"
        },
        // static abstract member whose two implementations agree
        {
            "",
            "public interface ILayout { static abstract int Index(int s, int c, int batch, int classes); }\npublic readonly struct A : ILayout { public static int Index(int s, int c, int batch, int classes) => c * batch + s; }\npublic readonly struct B : ILayout { public static int Index(int s, int c, int batch, int classes) => s + c * batch; }",
            "TL.Index({b}, {c}, batch, classes)"
        },
    };

    private static string Source(string helper, string types, string call, string type, string body)
    {
        var generic = call.StartsWith("TL.", StringComparison.Ordinal);
        var (typeParameters, constraint) = generic ? ("<TL>", " where TL : ILayout") : ("", "");
        string At(string b, string c) => call.Replace("{b}", b).Replace("{c}", c);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        return $$"""
            using System;

            {{types}}

            public static class Repro
            {
                {{helper}}

                public static {{type}}[] Forward{{typeParameters}}({{type}}[] x, int batch, int classes){{constraint}}
                {
            {{body.Replace("{exp}", exp).Replace("{t}", type).Replace("{at:b,c}", At("b", "c"))}}
                }
            }
            """;
    }

    /// <summary>Per-sample maxima stored in an array, then per-sample sums: correct in every index spelling.</summary>
    private const string PerSampleArray = """
                    var rowMax = new {t}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        rowMax[b] = {t}.NegativeInfinity;
                        for (int c = 0; c < classes; c++)
                        {
                            {t} v = x[{at:b,c}];
                            if (v > rowMax[b]) rowMax[b] = v;
                        }
                    }
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            int i = {at:b,c};
                            y[i] = {exp}(x[i] - rowMax[b]);
                            sum += y[i];
                        }
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>A scalar per-sample max folded with Max, then the sum: correct.</summary>
    private const string PerSampleScalar = """
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = Math.Max(m, x[{at:b,c}]);
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++) sum += y[{at:b,c}] = {exp}(x[{at:b,c}] - m);
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>Per-class maxima (over the batch) with per-sample sums: LG0004 at the fold.</summary>
    private const string PerClassArray = """
                    var peak = new {t}[classes];
                    for (int c = 0; c < classes; c++) peak[c] = {t}.NegativeInfinity;
                    for (int b = 0; b < batch; b++)
                        for (int c = 0; c < classes; c++)
                            peak[c] = Math.Max(peak[c], x[{at:b,c}]); //~ LG0004
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            int i = {at:b,c};
                            sum += y[i] = {exp}(x[i] - peak[c]);
                        }
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    /// <summary>One max over the whole batch with per-sample sums: LG0001 at the fold.</summary>
    private const string WholeBatchMax = """
                    {t} m = {t}.NegativeInfinity;
                    for (int b = 0; b < batch; b++)
                        for (int c = 0; c < classes; c++)
                            if (x[{at:b,c}] > m) m = x[{at:b,c}]; //~ LG0001
                    var y = new {t}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++) sum += y[{at:b,c}] = {exp}(x[{at:b,c}] - m);
                        for (int c = 0; c < classes; c++) y[{at:b,c}] /= sum;
                    }
                    return y;
            """;

    [Theory]
    [MemberData(nameof(Indices))]
    public async Task PerSampleMaximaThroughACalledIndex_AreSilent(string helper, string types, string call)
    {
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(helper, types, call, "double", PerSampleArray)));
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(helper, types, call, "float", PerSampleScalar)));
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public async Task PerClassMaximaThroughACalledIndex_AreLG0004(string helper, string types, string call)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(helper, types, call, "double", PerClassArray));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(helper, types, call, "float", PerClassArray));
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public async Task WholeBatchMaximumThroughACalledIndex_IsLG0001(string helper, string types, string call) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(helper, types, call, "double", WholeBatchMax));

    /// <summary>
    /// Two layouts that map a cell differently: the call has no one meaning, so its index is opaque. Per-sample maxima
    /// stay silent (the corpus file, in both the array and the scalar spelling); nothing is claimed about per-class ones.
    /// </summary>
    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    public async Task StaticAbstractIndexWithDifferingLayouts_PerSampleMaximaSilent(string type)
    {
        const string types = "public interface ILayout { static abstract int Index(int s, int c, int batch, int classes); }\n"
            + "public readonly struct RowMajor : ILayout { public static int Index(int s, int c, int batch, int classes) => s * classes + c; }\n"
            + "public readonly struct ClassMajor : ILayout { public static int Index(int s, int c, int batch, int classes) => c * batch + s; }";
        const string call = "TL.Index({b}, {c}, batch, classes)";
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source("", types, call, type, PerSampleArray)));
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source("", types, call, type, PerSampleScalar)));
    }

    /// <summary>A helper whose index depends on a field (not on its arguments alone) has no one body to inline: per-sample maxima stay silent.</summary>
    [Fact]
    public async Task IndexFromAHelperReadingAField_PerSampleMaximaSilent()
    {
        const string helper = "private static int _stride = 4;\n    private static int Idx(int b, int c, int batch, int classes) => _stride > 0 ? b * classes + c : c * batch + b;";
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(helper, "", "Idx({b}, {c}, batch, classes)", "double", PerSampleArray)));
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(helper, "", "Idx({b}, {c}, batch, classes)", "double", PerSampleScalar)));
    }
}
