using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Logits read from integer-typed tensors (HeldOut59's blind misses): an element of an <c>sbyte</c>/<c>byte</c>/<c>int</c>
/// buffer read as a number (dequantised inline, <c>(q - zp) * scale</c>, <c>scale * (q - zp)</c>, <c>q * scale</c>,
/// <c>(float)q</c>, or folded in the quantised domain and shifted as <c>scale * (q - qMax)</c>) is a logit, read as a float
/// buffer of the same layout is. Each case is a twin: the float spelling and the integer spellings get the same
/// diagnostics, in every layout (rectangular, flat with strides, list of rows, span slices); the per-row twin stays silent.
/// Integer buffers used as indices, masks, labels, counts or lengths stay no logits: those methods are silent, and the
/// buggy float softmax beside them stays reported.
/// </summary>
public class SoftmaxModelQuantisedLogitTests
{
    /// <summary>One spelling of the logits: element type, the maximum's type and start, what is folded and exponentiated.</summary>
    private sealed record Spelling(string Element, string MaxType, string MaxStart, string FoldValue, string Shifted, string Raw, bool QuantisedDomainMax);

    private static readonly Dictionary<string, Spelling> Spellings = new()
    {
        ["float"] = new("float", "float", "float.NegativeInfinity", "{0}", "{0} - {1}", "{0}", false),
        ["double as float"] = new("double", "float", "float.NegativeInfinity", "(float){0}", "(float){0} - {1}", "(float){0}", false),
        ["sbyte quantised-domain max"] = new("sbyte", "sbyte", "sbyte.MinValue", "{0}", "scale * ({0} - {1})", "scale * {0}", true),
        ["byte quantised-domain max, scale after"] = new("byte", "byte", "byte.MinValue", "{0}", "({0} - {1}) * scale", "{0} * scale", true),
        ["int quantised-domain max"] = new("int", "int", "int.MinValue", "{0}", "scale * ({0} - {1})", "scale * {0}", true),
        ["sbyte dequantised (q - zp) * scale"] = new("sbyte", "float", "float.NegativeInfinity", "({0} - zp) * scale", "({0} - zp) * scale - {1}", "(float){0}", false),
        ["byte dequantised scale * (q - zp)"] = new("byte", "float", "float.NegativeInfinity", "scale * ({0} - zp)", "scale * ({0} - zp) - {1}", "{0} * scale", false),
        ["int accumulators q * scale"] = new("int", "float", "float.NegativeInfinity", "{0} * scale", "{0} * scale - {1}", "{0} * scale", false),
        ["short cast to float"] = new("short", "float", "float.NegativeInfinity", "(float){0}", "(float){0} - {1}", "(float){0}", false),
    };

    public static TheoryData<string> SpellingNames => new(Spellings.Keys);

    /// <summary>The fold of one element into <paramref name="target"/>: an <c>if</c> in the quantised domain, else <c>MathF.Max</c>.</summary>
    private static string Fold(Spelling spelling, string target, string element) =>
        spelling.QuantisedDomainMax
            ? $"if ({element} > {target}) {target} = {element};"
            : $"{target} = MathF.Max({target}, {string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling.FoldValue, element)});";

    private static string Shifted(Spelling spelling, string element, string max) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling.Shifted, element, max);

    private static string Raw(Spelling spelling, string element) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling.Raw, element);

    /// <summary>How one layout reads element k of row b, declares its parameter and its sizes, and walks every element.</summary>
    private sealed record Layout(string Parameter, string Sizes, string Element, string WholeWalk, string WholeElement, string RowPrelude);

    private static readonly Dictionary<string, Layout> Layouts = new()
    {
        ["rectangular"] = new("{0}[,] q", "int n = q.GetLength(0), c = q.GetLength(1);", "q[b, k]",
            "for (int b = 0; b < n; b++) for (int k = 0; k < c; k++)", "q[b, k]", ""),
        ["flat strided"] = new("{0}[] q, int n, int c", "", "q[b * c + k]", "for (int i = 0; i < n * c; i++)", "q[i]", ""),
        ["list of rows"] = new("IReadOnlyList<{0}[]> q", "int n = q.Count, c = q[0].Length;", "row[k]",
            "for (int b = 0; b < n; b++) for (int k = 0; k < c; k++)", "q[b][k]", "var row = q[b];"),
        ["span slices"] = new("ReadOnlySpan<{0}> q, int c", "int n = q.Length / c;", "row[k]", "for (int i = 0; i < q.Length; i++)", "q[i]",
            "var row = q.Slice(b * c, c);"),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var spelling in Spellings.Keys)
        {
            foreach (var layout in Layouts.Keys)
            {
                data.Add(spelling, layout);
            }
        }

        return data;
    }

    private static string Method(string name, Spelling spelling, Layout layout, string body) => $$"""
            public static void {{name}}({{string.Format(System.Globalization.CultureInfo.InvariantCulture, layout.Parameter, spelling.Element)}}, float scale, int zp, float[,] p)
            {
                {{layout.Sizes}}
        {{body}}
            }
        """;

    private static string Source(params string[] methods) => $$"""
        using System;
        using System.Collections.Generic;

        public static class Quantised
        {
        {{string.Join("\n", methods)}}
        }
        """;

    /// <summary>Per-row max and sum: silent for every spelling and layout.</summary>
    private static string PerRow(Spelling s, Layout l) => Method("PerRow", s, l, $$"""
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    {{s.MaxType}} top = {{s.MaxStart}};
                    for (int k = 0; k < c; k++) {{Fold(s, "top", l.Element)}}
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{Shifted(s, l.Element, "top")}}); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TensorWideMax_IsLG0001_PerRowTwinSilent(string spellingName, string layoutName)
    {
        var (s, l) = (Spellings[spellingName], Layouts[layoutName]);
        var buggy = Method("TensorWide", s, l, $$"""
                {{s.MaxType}} top = {{s.MaxStart}};
                {{l.WholeWalk}} {{Fold(s, "top", l.WholeElement)}} //~ LG0001
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{Shifted(s, l.Element, "top")}}); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(PerRow(s, l), buggy));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OneTotalOverTheBatch_IsLG0002(string spellingName, string layoutName)
    {
        var (s, l) = (Spellings[spellingName], Layouts[layoutName]);
        var buggy = Method("Total", s, l, $$"""
                float sum = 0f;
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    {{s.MaxType}} top = {{s.MaxStart}};
                    for (int k = 0; k < c; k++) {{Fold(s, "top", l.Element)}}
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{Shifted(s, l.Element, "top")}}); sum += p[b, k]; } //~ LG0002
                }
                for (int b = 0; b < n; b++) for (int k = 0; k < c; k++) p[b, k] /= sum;
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(PerRow(s, l), buggy));
    }

    /// <summary>The cases whose maximum is folded in floating point (the per-class integer maxima: see the skipped twin).</summary>
    public static TheoryData<string, string> FloatingMaxCases() => Filtered(quantisedDomain: false);

    /// <summary>The cases whose maximum is folded in the quantised (integer) domain.</summary>
    public static TheoryData<string, string> QuantisedDomainMaxCases() => Filtered(quantisedDomain: true);

    private static TheoryData<string, string> Filtered(bool quantisedDomain)
    {
        var data = new TheoryData<string, string>();
        foreach (var spelling in Spellings.Where(entry => entry.Value.QuantisedDomainMax == quantisedDomain).Select(entry => entry.Key))
        {
            foreach (var layout in Layouts.Keys)
            {
                data.Add(spelling, layout);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FloatingMaxCases))]
    public Task PerClassPeaks_IsLG0004(string spellingName, string layoutName) => AssertPerClassPeaks(spellingName, layoutName);

    /// <summary>
    /// An array of per-class integer maxima started at the element type's least value (<c>var top = new sbyte[c];
    /// top[k] = sbyte.MinValue</c>) is LG0004 at the fold and nothing else: the start is a sentinel, not a finite floor
    /// (quantlogits round 2, SoftmaxModel.FloorFreeStarts.cs; round 1 also reported LG0003 at the exp).
    /// </summary>
    [Theory]
    [MemberData(nameof(QuantisedDomainMaxCases))]
    public Task PerClassQuantisedDomainPeaks_IsLG0004(string spellingName, string layoutName) => AssertPerClassPeaks(spellingName, layoutName);

    private static async Task AssertPerClassPeaks(string spellingName, string layoutName)
    {
        var (s, l) = (Spellings[spellingName], Layouts[layoutName]);
        var buggy = Method("ClassPeaks", s, l, $$"""
                var top = new {{s.MaxType}}[c];
                for (int k = 0; k < c; k++) top[k] = {{s.MaxStart}};
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    for (int k = 0; k < c; k++) {{Fold(s, "top[k]", l.Element)}} //~ LG0004
                }
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{Shifted(s, l.Element, "top[k]")}}); sum += p[b, k]; }
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(PerRow(s, l), buggy));
    }

    /// <summary>An exp of the logits with no maximum (no zero point subtracted: see the README for <c>q - zp</c>).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawExp_IsLG0003(string spellingName, string layoutName)
    {
        var (s, l) = (Spellings[spellingName], Layouts[layoutName]);
        var buggy = Method("Raw", s, l, $$"""
                for (int b = 0; b < n; b++)
                {
                    {{l.RowPrelude}}
                    float sum = 0f;
                    for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp({{Raw(s, l.Element)}}); sum += p[b, k]; } //~ LG0003
                    for (int k = 0; k < c; k++) p[b, k] /= sum;
                }
        """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(PerRow(s, l), buggy));
    }

    /// <summary>
    /// Integer buffers that index, mask, label, count or bound float logits: no logit. The correct softmax beside them is
    /// silent; the float softmax with a batch-wide maximum beside them stays LG0001.
    /// </summary>
    [Theory]
    [InlineData("x[b, idx[k]]", "")]
    [InlineData("x[b, idx[b * c + k]]", "")]
    [InlineData("x[b, k]", "if (mask[b * c + k] == 0) continue;")]
    [InlineData("x[b, k]", "if (labels[b] == k) continue;")]
    [InlineData("x[b, k] / counts[b]", "")]
    [InlineData("x[b, k] * (1f / counts[k])", "")]
    public async Task IntegerIndexMaskLabelCount_IsNoLogit(string logit, string skip)
    {
        var source = $$"""
            using System;

            public static class Uses
            {
                public static void PerRow(float[,] x, int[] idx, byte[] mask, int[] labels, int[] counts, int[] lengths, float[,] p)
                {
                    int n = x.GetLength(0), c = x.GetLength(1);
                    for (int b = 0; b < n; b++)
                    {
                        int len = Math.Min(c, lengths[b]);
                        float top = float.NegativeInfinity;
                        for (int k = 0; k < len; k++) { {{skip}} top = MathF.Max(top, {{logit}}); }
                        float sum = 0f;
                        for (int k = 0; k < len; k++) { {{skip}} p[b, k] = MathF.Exp({{logit}} - top); sum += p[b, k]; }
                        for (int k = 0; k < len; k++) p[b, k] /= sum;
                    }
                }

                public static void TensorWide(float[,] x, int[] idx, byte[] mask, int[] labels, int[] counts, int[] lengths, float[,] p)
                {
                    int n = x.GetLength(0), c = x.GetLength(1);
                    float top = float.NegativeInfinity;
                    for (int b = 0; b < n; b++) for (int k = 0; k < c; k++) { {{skip}} top = MathF.Max(top, {{logit}}); } //~ LG0001
                    for (int b = 0; b < n; b++)
                    {
                        int len = Math.Min(c, lengths[b]);
                        float sum = 0f;
                        for (int k = 0; k < len; k++) { {{skip}} p[b, k] = MathF.Exp({{logit}} - top); sum += p[b, k]; }
                        for (int k = 0; k < len; k++) p[b, k] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A per-row mean of float logits divided by an integer count, subtracted as a centring term beside the maximum, and
    /// an integer count folded into a maximum that no exp reads: silent.
    /// </summary>
    [Fact]
    public async Task IntegerCountsBesideACorrectSoftmax_AreSilent()
    {
        const string source = """
            using System;

            public static class Counts
            {
                public static int[] F(float[,] x, int[] counts, float[,] p)
                {
                    int n = x.GetLength(0), c = x.GetLength(1);
                    int most = int.MinValue;
                    for (int b = 0; b < n; b++) if (counts[b] > most) most = counts[b];
                    var hits = new int[c];
                    for (int b = 0; b < n; b++)
                    {
                        float top = float.NegativeInfinity;
                        for (int k = 0; k < c; k++) top = MathF.Max(top, x[b, k]);
                        float sum = 0f;
                        for (int k = 0; k < c; k++) { p[b, k] = MathF.Exp((x[b, k] - top) / counts[b]); sum += p[b, k]; }
                        for (int k = 0; k < c; k++) p[b, k] /= sum;
                        hits[b % c] += most;
                    }
                    return hits;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
