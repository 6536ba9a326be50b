using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Exp of narrow-integer (quantised) logits with no maximum subtracted (HeldOut95's false report
/// <c>SwitchExpressions_QuantisedBounded</c>). An <c>sbyte</c>, <c>byte</c>, <c>short</c> or <c>ushort</c> value lies in its type's
/// range, so its product or quotient with known constants (literals, consts, a switch all of whose arms are constants)
/// is bounded: when the bound keeps <c>n · e^s</c> and <c>e^−s</c> finite and non-zero in the exp's type (|s| ≤ 64 in
/// float, ≤ 680 in double) the exp is correct and silent. A scale the method does not know (a parameter), a bound past
/// the limit (<c>sbyte · 2f</c>: 256) or an <c>int</c> input leaves the exponent unbounded: LG0003. A subtracted
/// integer parameter (<c>(q - zp) * scale</c>) stays a possible shift: a zero point and a caller's maximum passed as an
/// <c>int</c> look the same to one method (HeldOut59's <c>Int8Linq_WhileFloatExp</c> and <c>QuantTensor_HelperExpUint8</c>
/// stay pinned misses rather than risk a false LG0003 on the shifted twin).
/// </summary>
public class SoftmaxModelQuantisedBoundTests
{
    /// <summary>
    /// One exponent: element type, exponent with <c>{0}</c> for the element, the exp's floating type, a prelude
    /// (declarations of the scale), extra parameters, and whether LG0003 is expected.
    /// </summary>
    private sealed record Spelling(string Element, string Exponent, string Floating, string Prelude, string Parameters, bool Reported);

    private const string SwitchScale = "float scale = mode switch { 0 => 1f / 32f, 1 => 0.5f, _ => throw new ArgumentOutOfRangeException(nameof(mode)) };";

    private static readonly Dictionary<string, Spelling> Spellings = new()
    {
        ["sbyte * 0.5f"] = new("sbyte", "{0} * 0.5f", "float", "", "", false),
        ["sbyte * (1f / 32f)"] = new("sbyte", "{0} * (1f / 32f)", "float", "", "", false),
        ["sbyte / 32f"] = new("sbyte", "{0} / 32f", "float", "", "", false),
        ["sbyte * const 0.5f"] = new("sbyte", "{0} * half", "float", "const float half = 0.5f;", "", false),
        ["sbyte * switch-chosen constant"] = new("sbyte", "{0} * scale", "float", SwitchScale, ", int mode", false),
        ["sbyte * conditional constant"] = new("sbyte", "{0} * scale", "float", "float scale = mode == 0 ? 0.25f : 0.5f;", ", int mode", false),
        ["byte / 8f"] = new("byte", "{0} / 8f", "float", "", "", false),
        ["byte (q - 128) * 0.5f"] = new("byte", "({0} - 128) * 0.5f", "float", "", "", false),
        ["short * 0.001 in double"] = new("short", "{0} * 0.001", "double", "", "", false),
        ["sbyte * 2.0 in double"] = new("sbyte", "{0} * 2.0", "double", "", "", false),
        ["sbyte * scale parameter"] = new("sbyte", "{0} * scale", "float", "", ", float scale", true),
        ["sbyte * 2f in float"] = new("sbyte", "{0} * 2f", "float", "", "", true),
        ["sbyte * switch with a large arm"] = new("sbyte", "{0} * scale", "float", "float scale = mode switch { 0 => 0.5f, _ => 4f };", ", int mode", true),
        ["int * 0.5f"] = new("int", "{0} * 0.5f", "float", "", "", true),
        ["short * 0.01f in float"] = new("short", "{0} * 0.01f", "float", "", "", true),
        ["short * 0.1 in double"] = new("short", "{0} * 0.1", "double", "", "", true),
    };

    /// <summary>A layout: the logits' parameter, and the method body with {E} for the exp of element {X} and {M} for the marker.</summary>
    private sealed record Layout(string Parameter, string Body);

    private static readonly Dictionary<string, Layout> Layouts = new()
    {
        ["flat"] = new("{T}[] q, int classes", """
                    var y = new {F}[q.Length];
                    for (int o = 0; o < q.Length; o += classes)
                    {
                        {F} sum = 0;
                        for (int j = 0; j < classes; j++)
                        {
                            y[o + j] = {E(q[o + j])};{M}
                            sum += y[o + j];
                        }
                        for (int j = 0; j < classes; j++) y[o + j] /= sum;
                    }
                    return y;
            """),
        ["rectangular"] = new("{T}[,] q", """
                    int n = q.GetLength(0), c = q.GetLength(1);
                    var y = new {F}[n * c];
                    for (int b = 0; b < n; b++)
                    {
                        {F} sum = 0;
                        for (int k = 0; k < c; k++) { y[b * c + k] = {E(q[b, k])}; sum += y[b * c + k]; }{M}
                        for (int k = 0; k < c; k++) y[b * c + k] /= sum;
                    }
                    return y;
            """),
        ["column-major"] = new("{T}[,] q", """
                    int c = q.GetLength(0), n = q.GetLength(1);
                    var y = new {F}[c * n];
                    for (int b = 0; b < n; b++)
                    {
                        {F} sum = 0;
                        for (int k = 0; k < c; k++) { y[k * n + b] = {E(q[k, b])}; sum += y[k * n + b]; }{M}
                        for (int k = 0; k < c; k++) y[k * n + b] /= sum;
                    }
                    return y;
            """),
        ["jagged foreach"] = new("{T}[][] q", """
                    var y = new {F}[q.Length * q[0].Length];
                    int o = 0;
                    foreach (var row in q)
                    {
                        {F} sum = 0;
                        int k = 0;
                        foreach (var v in row) { y[o + k] = {E(v)}; sum += y[o + k]; k++; }{M}
                        for (k = 0; k < row.Length; k++) y[o + k] /= sum;
                        o += row.Length;
                    }
                    return y;
            """),
        ["span while"] = new("ReadOnlySpan<{T}> q, int classes", """
                    var y = new {F}[q.Length];
                    int r = 0;
                    while (r * classes < q.Length)
                    {
                        var row = q.Slice(r * classes, classes);
                        {F} sum = 0;
                        int k = 0;
                        while (k < classes)
                        {
                            y[r * classes + k] = {E(row[k])};{M}
                            sum += y[r * classes + k];
                            k++;
                        }
                        for (k = 0; k < classes; k++) y[r * classes + k] /= sum;
                        r++;
                    }
                    return y;
            """),
        ["LINQ Select"] = new("{T}[][] q", """
                    return q.SelectMany(row =>
                    {
                        var e = row.Select(v => {E(v)}).ToArray();{M}
                        var total = e.Sum();
                        return e.Select(v => v / total);
                    }).ToArray();
            """),
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

    private static string Exp(Spelling spelling, string element)
    {
        var exp = spelling.Floating == "float" ? "MathF.Exp" : "Math.Exp";
        return $"{exp}({string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling.Exponent, element)})";
    }

    private static string Source(Spelling spelling, Layout layout)
    {
        var body = layout.Body.Replace("{F}", spelling.Floating, StringComparison.Ordinal)
            .Replace("{M}", spelling.Reported ? " //~ LG0003" : "", StringComparison.Ordinal);
        // {E(element)}: the exp of that element.
        while (body.IndexOf("{E(", StringComparison.Ordinal) is var start and >= 0)
        {
            var end = body.IndexOf(")}", start, StringComparison.Ordinal);
            var element = body[(start + 3)..end];
            body = body[..start] + Exp(spelling, element) + body[(end + 2)..];
        }

        var parameter = layout.Parameter.Replace("{T}", spelling.Element, StringComparison.Ordinal);
        return $$"""
            using System;
            using System.Linq;

            public static class Quantised
            {
                public static {{spelling.Floating}}[] Forward({{parameter}}{{spelling.Parameters}})
                {
                    {{spelling.Prelude}}
            {{body}}
                }
            }
            """;
    }

    /// <summary>Every spelling in every layout: the bounded ones silent, the unbounded twins LG0003 at the exp.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task QuantisedExponent_IsLG0003OnlyWhenUnbounded(string spellingName, string layoutName) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(Spellings[spellingName], Layouts[layoutName]));

    /// <summary>
    /// A same-type helper that dequantises and exponentiates (<c>Activation(q, scale, zp)</c>): reported at its call when
    /// its exponent is unbounded; silent when its scale and zero point are constants that bound it.
    /// </summary>
    [Theory]
    [InlineData("sbyte", "private static float Activation(sbyte q, float scale) => MathF.Exp(q * scale);", "Activation(row[c], scale)", " //~ LG0003")]
    [InlineData("byte", "private static float Activation(byte q) => MathF.Exp((q - 128) * (1f / 16f));", "Activation(row[c])", "")]
    [InlineData("sbyte", "private static float Activation(sbyte q) => MathF.Exp(q / 4f);", "Activation(row[c])", "")]
    public async Task HelperExponent_IsLG0003OnlyWhenUnbounded(string element, string helper, string call, string marker)
    {
        var source = $$"""
            using System;

            public static class Head
            {
                public static void Softmax(ReadOnlySpan<{{element}}> data, int cols, float scale, int zeroPoint, Span<float> probs)
                {
                    int rows = data.Length / cols;
                    for (int r = 0; r < rows; r++)
                    {
                        var row = data.Slice(r * cols, cols);
                        var p = probs.Slice(r * cols, cols);
                        float sum = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            float e = {{call}};{{marker}}
                            p[c] = e;
                            sum += e;
                        }
                        for (int c = 0; c < cols; c++) p[c] /= sum;
                    }
                }

                {{helper}}
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A real maximum beside a zero point stays a shift: the quantised-domain row maximum (TFLite's
    /// <c>q - maxInRow</c>, also with the zero point subtracted first) and a float maximum of the dequantised values.
    /// </summary>
    [Theory]
    [InlineData("sbyte top = sbyte.MinValue;", "if (q[o + j] > top) top = q[o + j];", "MathF.Exp(scale * (q[o + j] - top))")]
    [InlineData("sbyte top = sbyte.MinValue;", "if (q[o + j] > top) top = q[o + j];", "MathF.Exp(((q[o + j] - zp) - (top - zp)) * scale)")]
    [InlineData("int top = int.MinValue;", "top = Math.Max(top, q[o + j] - zp);", "MathF.Exp((q[o + j] - zp - top) * scale)")]
    [InlineData("float top = float.NegativeInfinity;", "top = MathF.Max(top, (q[o + j] - zp) * scale);", "MathF.Exp((q[o + j] - zp) * scale - top)")]
    public async Task ZeroPointBesideARealMaximum_IsSilent(string start, string fold, string exp)
    {
        var source = $$"""
            using System;

            public static class Quantised
            {
                public static float[] Forward(sbyte[] q, int classes, float scale, int zp)
                {
                    var y = new float[q.Length];
                    for (int o = 0; o < q.Length; o += classes)
                    {
                        {{start}}
                        for (int j = 0; j < classes; j++) {{fold}}
                        float sum = 0f;
                        for (int j = 0; j < classes; j++) { y[o + j] = {{exp}}; sum += y[o + j]; }
                        for (int j = 0; j < classes; j++) y[o + j] /= sum;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
