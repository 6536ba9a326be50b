using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A quantised row's maximum taken in the integer domain (review48/ql, FP1–FP4 and C14). A maximum accumulator wider
/// than the folded elements and started at the least value of the ELEMENT type (<c>int rowMax = sbyte.MinValue</c> over
/// <c>sbyte</c>, <c>int top = 0</c> over <c>byte</c>, <c>int top = short.MinValue</c> over <c>short</c>, <c>rowMax[b] =
/// sbyte.MinValue</c> in an <c>int[]</c>) is a sentinel: no element lies below it, so it is the same as −∞. A start above
/// that least value (<c>int top = 1</c> over bytes, <c>-100</c> over sbytes) is a finite floor: a row whose elements all
/// lie below it is shifted by the floor and, once scale · (floor − element) passes ~88 (scale 10 per quantum and a floor
/// 28 above the row), every exp of the row underflows to 0 / 0, so it stays LG0003 as a finite float seed does; so does a start at the element minimum when the fold assigns something wider (<c>q - zp</c> goes below −128).
/// A row maximum read through an argmax (<c>q[b, best]</c>, <c>int m = q[b, best]</c>, <c>row[best]</c>) is the row's
/// maximum for integer elements as for float ones. Each silent spelling sits beside a buggy twin that stays reported.
/// </summary>
public class SoftmaxModelQuantisedRowMaximumTests
{
    /// <summary>
    /// One way to store the logits and walk row b: the parameter, the sizes, the statement giving row b (if any), element
    /// k of row b, and the element type written into <c>{0}</c>.
    /// </summary>
    private sealed record Layout(string Parameter, string Sizes, string RowPrelude, string Element);

    private static readonly Dictionary<string, Layout> Layouts = new()
    {
        ["rectangular"] = new("{0}[,] q", "int n = q.GetLength(0), c = q.GetLength(1);", "", "q[b, {1}]"),
        ["flat strided"] = new("{0}[] q, int n, int c", "", "", "q[b * c + {1}]"),
        ["jagged"] = new("{0}[][] q", "int n = q.Length, c = q[0].Length;", "var row = q[b];", "row[{1}]"),
        ["list of rows"] = new("List<{0}[]> q", "int n = q.Count, c = q[0].Length;", "var row = q[b];", "row[{1}]"),
        ["span slices"] = new("ReadOnlySpan<{0}> q, int c", "int n = q.Length / c;", "var row = q.Slice(b * c, c);", "row[{1}]"),
    };

    public static TheoryData<string> LayoutNames => new(Layouts.Keys);

    private static string Element(Layout layout, string index) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, layout.Element, "", index);

    private static string Method(string name, string element, Layout layout, string body) => $$"""
            public static void {{name}}({{string.Format(System.Globalization.CultureInfo.InvariantCulture, layout.Parameter, element)}}, float scale, int zp, float[,] p)
            {
                {{layout.Sizes}}
        {{body}}
            }
        """;

    private static string Source(params string[] methods) => $$"""
        using System;
        using System.Collections.Generic;

        public static class QuantisedRows
        {
        {{string.Join("\n", methods)}}
        }
        """;

    /// <summary>
    /// A per-row maximum into <paramref name="accumulator"/> started at <paramref name="start"/>, folded by
    /// <paramref name="fold"/> (<c>{0}</c> the accumulator, <c>{1}</c> the element), then the exps, the row's sum and the
    /// division; <paramref name="marker"/> follows the exp statement.
    /// </summary>
    private static string RowSoftmax(string name, string element, Layout layout, string accumulator, string start, string fold, string shifted, string marker)
    {
        var x = Element(layout, "k");
        var folded = string.Format(System.Globalization.CultureInfo.InvariantCulture, fold, "top", x);
        var exponent = string.Format(System.Globalization.CultureInfo.InvariantCulture, shifted, x, "top");
        return Method(name, element, layout, $$"""
                for (int b = 0; b < n; b++)
                {
                    {{layout.RowPrelude}}
                    {{accumulator}} top = {{start}};
                    for (int k = 0; k < c; k++) {{folded}}
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{exponent}}); sum += p[b, k]; } {{marker}}
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
    }

    /// <summary>
    /// An accumulator, the least value of the folded element type (a sentinel) and a start just above it (a floor), the
    /// fold and the shift: the sentinel spelling is silent in every layout, the floor spelling LG0003.
    /// </summary>
    public static TheoryData<string, string, string, string, string, string, string> SeedCases()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        var seeds = new (string Element, string Accumulator, string Sentinel, string Floor, string Fold, string Shifted)[]
        {
            ("sbyte", "int", "sbyte.MinValue", "-100", "{0} = Math.Max({0}, {1});", "scale * ({0} - {1})"),
            ("sbyte", "int", "-128", "-127", "if ({1} > {0}) {0} = {1};", "({0} - {1}) * scale"),
            ("byte", "int", "0", "1", "if ({1} > {0}) {0} = {1};", "({0} - {1}) * scale"),
            ("byte", "int", "byte.MinValue", "1", "{0} = {1} > {0} ? {1} : {0};", "scale * ({0} - {1})"),
            ("short", "int", "short.MinValue", "-1000", "{0} = Math.Max({0}, {1});", "scale * ({0} - {1})"),
            ("ushort", "int", "0", "1", "{0} = {0} >= {1} ? {0} : {1};", "({0} - {1}) * scale"),
            ("sbyte", "long", "sbyte.MinValue", "-100", "{0} = Math.Max({0}, {1});", "scale * ({0} - {1})"),
            ("byte", "short", "0", "1", "if ({1} > {0}) {0} = {1};", "({0} - {1}) * scale"),
        };
        foreach (var seed in seeds)
        {
            foreach (var layout in Layouts.Keys)
            {
                data.Add(layout, seed.Element, seed.Accumulator, seed.Sentinel, seed.Floor, seed.Fold, seed.Shifted);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedCases))]
    public async Task ElementTypeMinimumSeed_IsSilent_SeedAboveIt_IsLG0003(
        string layoutName, string element, string accumulator, string sentinel, string floor, string fold, string shifted)
    {
        var l = Layouts[layoutName];
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(
            RowSoftmax("Sentinel", element, l, accumulator, sentinel, fold, shifted, ""),
            RowSoftmax("Floor", element, l, accumulator, floor, fold, shifted, "//~ LG0003")));
    }

    /// <summary>
    /// The seed at the element type's least value, but the fold assigns a wider value (<c>q - zp</c>, an <c>int</c> that
    /// goes below −128): the seed is a finite floor again (LG0003); the same fold seeded with <c>int.MinValue</c> is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(LayoutNames))]
    public async Task ElementTypeMinimumSeed_OverAWiderFoldedValue_IsLG0003(string layoutName)
    {
        var l = Layouts[layoutName];
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(
            RowSoftmax("IntMinimum", "sbyte", l, "int", "int.MinValue", "{0} = Math.Max({0}, {1} - zp);", "scale * ({0} - zp - {1})", ""),
            RowSoftmax("SbyteMinimum", "sbyte", l, "int", "sbyte.MinValue", "{0} = Math.Max({0}, {1} - zp);", "scale * ({0} - zp - {1})", "//~ LG0003")));
    }

    /// <summary>
    /// The sentinel-seeded <c>int</c> maximum folded over the whole tensor: LG0001 at its fold (the seed is read, the
    /// maximum still judged by its axis); per row it is silent.
    /// </summary>
    [Theory]
    [InlineData("sbyte", "sbyte.MinValue")]
    [InlineData("byte", "0")]
    [InlineData("short", "short.MinValue")]
    public async Task ElementTypeMinimumSeed_TensorWide_IsLG0001(string element, string sentinel)
    {
        var l = Layouts["rectangular"];
        var tensorWide = Method("TensorWide", element, l, $$"""
                int top = {{sentinel}};
                for (int b = 0; b < n; b++) for (int k = 0; k < c; k++) top = Math.Max(top, q[b, k]); //~ LG0001
                for (int b = 0; b < n; b++)
                {
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * (q[b, k] - top)); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(
            RowSoftmax("PerRow", element, l, "int", sentinel, "{0} = Math.Max({0}, {1});", "scale * ({0} - {1})", ""), tensorWide));
    }

    /// <summary>
    /// FP3: per-row maxima stored in an <c>int[]</c> seeded element-wise with the element type's least value, silent; the
    /// same array indexed per class (the column peaks, the wrong axis) is LG0004 at its fold and nothing else.
    /// </summary>
    [Theory]
    [InlineData("sbyte", "sbyte.MinValue", "int")]
    [InlineData("sbyte", "-128", "int")]
    [InlineData("byte", "0", "int")]
    [InlineData("short", "short.MinValue", "int")]
    [InlineData("sbyte", "sbyte.MinValue", "sbyte")]
    [InlineData("byte", "byte.MinValue", "short")]
    public async Task ArrayOfMaximaSeededAtElementMinimum_PerRowSilent_PerClassIsLG0004(string element, string sentinel, string accumulator)
    {
        var l = Layouts["rectangular"];
        var perRow = Method("PerRow", element, l, $$"""
                var rowMax = new {{accumulator}}[n];
                for (int b = 0; b < n; b++) { rowMax[b] = {{sentinel}}; for (int k = 0; k < c; k++) if (q[b, k] > rowMax[b]) rowMax[b] = q[b, k]; }
                for (int b = 0; b < n; b++)
                {
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * (q[b, k] - rowMax[b])); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        var perClass = Method("PerClass", element, l, $$"""
                var top = new {{accumulator}}[c];
                for (int k = 0; k < c; k++) top[k] = {{sentinel}};
                for (int b = 0; b < n; b++) for (int k = 0; k < c; k++) if (q[b, k] > top[k]) top[k] = q[b, k]; //~ LG0004
                for (int b = 0; b < n; b++)
                {
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * (q[b, k] - top[k])); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow, perClass));
    }

    /// <summary>
    /// C14: a tensor-wide range (minimum and maximum) kept for a calibration log only, and the softmax shifting each row
    /// by its own <c>int</c> maximum seeded with <c>sbyte.MinValue</c>: silent. Its twin shifts by the tensor-wide
    /// <c>hi</c>: LG0001 at the range fold.
    /// </summary>
    [Fact]
    public async Task TensorRangeLoggedBesideRowMaxima_IsSilent_ShiftByTheRange_IsLG0001()
    {
        const string source = """
            using System;

            public static class Calibrated
            {
                public static float[,] RowMaxima(sbyte[,] q, float scale, Action<int, int> log)
                {
                    int n = q.GetLength(0), c = q.GetLength(1);
                    int lo = sbyte.MaxValue, hi = sbyte.MinValue;
                    for (int b = 0; b < n; b++)
                        for (int k = 0; k < c; k++) { lo = Math.Min(lo, q[b, k]); hi = Math.Max(hi, q[b, k]); }
                    log(lo, hi);
                    var p = new float[n, c];
                    for (int b = 0; b < n; b++)
                    {
                        int rowMax = sbyte.MinValue;
                        for (int k = 0; k < c; k++) rowMax = Math.Max(rowMax, q[b, k]);
                        float s = 0f;
                        for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * (q[b, k] - rowMax)); s += p[b, k]; }
                        for (int k = 0; k < c; k++) p[b, k] /= s;
                    }
                    return p;
                }

                public static float[,] RangeMaximum(sbyte[,] q, float scale, Action<int, int> log)
                {
                    int n = q.GetLength(0), c = q.GetLength(1);
                    int lo = sbyte.MaxValue, hi = sbyte.MinValue;
                    for (int b = 0; b < n; b++)
                        for (int k = 0; k < c; k++) { lo = Math.Min(lo, q[b, k]); hi = Math.Max(hi, q[b, k]); } //~ LG0001
                    log(lo, hi);
                    var p = new float[n, c];
                    for (int b = 0; b < n; b++)
                    {
                        float s = 0f;
                        for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * (q[b, k] - hi)); s += p[b, k]; }
                        for (int k = 0; k < c; k++) p[b, k] /= s;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// FP4: the row's maximum read through an argmax in the quantised domain (<c>if (x[best] &lt; x[k]) best = k;</c>, then
    /// <c>x[best]</c> subtracted directly or through a copy), silent for every element type and layout as for float; its
    /// twin carries the sum across the rows (LG0002), and the raw exp beside the argmax stays LG0003.
    /// </summary>
    public static TheoryData<string, string, string> ArgmaxCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var element in new[] { "float", "sbyte", "byte", "short", "int" })
        {
            foreach (var layout in Layouts.Keys)
            {
                data.Add(layout, element, "direct");
                data.Add(layout, element, "copy");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArgmaxCases))]
    public async Task RowArgmaxElement_IsTheRowMaximum(string layoutName, string element, string read)
    {
        var l = Layouts[layoutName];
        var x = Element(l, "k");
        var atBest = Element(l, "best");
        var copy = read == "copy" ? $"var m = {atBest};" : "";
        var max = read == "copy" ? "m" : atBest;
        var perRow = Method("PerRow", element, l, $$"""
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    int best = 0;
                    for (int k = 1; k < c; k++) if ({{x}} > {{atBest}}) best = k;
                    {{copy}}
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * ({{x}} - {{max}})); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        var carried = Method("Carried", element, l, $$"""
                float sum = 0f;
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    int best = 0;
                    for (int k = 1; k < c; k++) if ({{atBest}} < {{x}}) best = k;
                    {{copy}}
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(({{x}} - {{max}}) * scale); sum += p[b, k]; } //~ LG0002
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        var raw = Method("Raw", element, l, $$"""
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    int best = 0;
                    for (int k = 1; k < c; k++) if ({{x}} > {{atBest}}) best = k;
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp(scale * {{x}}); sum += p[b, k]; } //~ LG0003
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow, carried, raw));
    }

    /// <summary>
    /// An integer element subtracted bare that moves along the softmax axis (a per-class count or bias) is no maximum:
    /// still LG0003, for an integer buffer beside float or integer logits.
    /// </summary>
    [Theory]
    [InlineData("float[,] x, int[] counts", "x[b, k] - counts[k]")]
    [InlineData("sbyte[,] x, short[] counts", "scale * (x[b, k] - counts[k])")]
    [InlineData("float[,] x, byte[] counts", "(x[b, k] - counts[k]) * scale")]
    public async Task IntegerElementMovingAlongTheAxis_IsNoMaximum_LG0003(string parameters, string exponent)
    {
        var source = $$"""
            using System;

            public static class Counts
            {
                public static void F({{parameters}}, float scale, float[,] p)
                {
                    int n = x.GetLength(0), c = x.GetLength(1);
                    for (int b = 0; b < n; b++)
                    {
                        float sum = 0f;
                        for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{exponent}}); sum += p[b, k]; } //~ LG0003
                        for (int k = 0; k < c; k++) p[b, k] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
