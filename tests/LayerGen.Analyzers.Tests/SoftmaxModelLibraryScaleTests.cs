using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The library's reciprocal scaling <c>TensorPrimitives.Multiply(e, 1 / sum, y)</c> is a softmax normalisation as
/// <c>e * (1 / sum)</c> is (SoftmaxModel.Sites.cs; HeldOut72 <c>TensorPrimitivesMax_WholeSpanPeak</c>): with the sum taken
/// by <c>TensorPrimitives.Sum</c>, a <c>MemoryMarshal.Cast</c> vector sum or a scalar loop, the rules see the site, so a
/// <c>TensorPrimitives.Max</c> over the whole span is LG0001, a carried total LG0002, a raw exp LG0003; per-row maxima
/// stay silent. Also the correct per-class <c>Vector&lt;T&gt;</c> lane max over a class-major buffer with the softmax
/// over the same class row (and its row-major twin) stays silent (no LG0004: max and sum run along the same axis).
/// Numerical labels: the whole-span peak gives 0/0 for a row 1000 below the others; the carried total divides later
/// rows by the mass of earlier ones; the raw exp overflows at logits of 1000.
/// </summary>
public class SoftmaxModelLibraryScaleTests
{
    /// <summary>Element types with their reciprocal literal and math class.</summary>
    public static TheoryData<string, string, string> Types => new()
    {
        { "float", "1f", "MathF" },
        { "double", "1.0", "Math" },
    };

    /// <summary>The sums a row's exps are normalised by, then scaled by the reciprocal.</summary>
    public static TheoryData<string, string, string> TypesAndSums
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var t in new[] { "float", "double" })
            {
                data.Add(t, t == "float" ? "1f" : "1.0", "library");
                data.Add(t, t == "float" ? "1f" : "1.0", "cast");
                data.Add(t, t == "float" ? "1f" : "1.0", "scalar");
            }

            return data;
        }
    }

    private static string SumOf(string t, string kind) => kind switch
    {
        "library" => $"{t} total = TensorPrimitives.Sum(dst);",
        "cast" => $$"""
                        ReadOnlySpan<Vector128<{{t}}>> blocks = MemoryMarshal.Cast<{{t}}, Vector128<{{t}}>>(dst);
                        Vector128<{{t}}> partial = Vector128<{{t}}>.Zero;
                        foreach (Vector128<{{t}}> block in blocks) partial += block;
                        {{t}} total = Vector128.Sum(partial);
                        for (int k = blocks.Length * Vector128<{{t}}>.Count; k < dst.Length; k++) total += dst[k];
            """,
        _ => $"{t} total = 0; for (int k = 0; k < dst.Length; k++) total += dst[k];",
    };

    private const string Usings = """
        using System;
        using System.Numerics.Tensors;
        using System.Runtime.InteropServices;
        using System.Runtime.Intrinsics;
        """;

    /// <summary>
    /// <c>TensorPrimitives.Max</c> over the whole row-major span, per-row <c>Subtract</c>/<c>Exp</c>, the row's sum and
    /// <c>Multiply(dst, 1 / total, dst)</c>: LG0001 at the <c>Max</c> call; the per-row <c>Max(row)</c> twin is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(TypesAndSums))]
    public async Task WholeSpanLibraryPeak_ScaledByReciprocal_IsLG0001(string t, string one, string sum)
    {
        string Body(string wholePeak, string rowPeak) => $$"""
                    {{wholePeak}}
                    for (int start = 0; start < logits.Length; start += classes)
                    {
                        ReadOnlySpan<{{t}}> row = logits.Slice(start, classes);
                        Span<{{t}}> dst = output.Slice(start, classes);
                        {{rowPeak}}
                        TensorPrimitives.Subtract(row, peak, dst);
                        TensorPrimitives.Exp(dst, dst);
            {{SumOf(t, sum)}}
                        TensorPrimitives.Multiply(dst, {{one}} / total, dst);
                    }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            {{Usings}}

            public static class Repro
            {
                public static void Whole(ReadOnlySpan<{{t}}> logits, Span<{{t}}> output, int classes)
                {
            {{Body($"{t} peak = TensorPrimitives.Max(logits); //~ LG0001", "")}}
                }

                public static void PerRow(ReadOnlySpan<{{t}}> logits, Span<{{t}}> output, int classes)
                {
            {{Body("", $"{t} peak = TensorPrimitives.Max(row);")}}
                }
            }
            """);
    }

    /// <summary>
    /// The reciprocal kept in a local (<c>var inv = 1 / total</c>) and a jagged batch whose peak folds every row's
    /// <c>TensorPrimitives.Max</c>: LG0001; the same with the row's own <c>Max</c> is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task JaggedRows_ReciprocalLocal_FoldedLibraryPeaksAreLG0001(string t, string one, string math)
    {
        string Body(string wholePeak, string rowPeak) => $$"""
                    {{wholePeak}}
                    var y = new {{t}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{rowPeak}}
                        y[r] = new {{t}}[x[r].Length];
                        TensorPrimitives.Subtract(x[r], peak, y[r]);
                        TensorPrimitives.Exp(y[r], y[r]);
                        var inv = {{one}} / TensorPrimitives.Sum(y[r]);
                        TensorPrimitives.Multiply(y[r], inv, y[r]);
                    }
                    return y;
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            {{Usings}}

            public static class Repro
            {
                public static {{t}}[][] Whole({{t}}[][] x)
                {
                    {{t}} peak = {{t}}.NegativeInfinity;
                    foreach (var row in x) peak = {{math}}.Max(peak, TensorPrimitives.Max(row)); //~ LG0001
            {{Body("", "")}}
                }

                public static {{t}}[][] PerRow({{t}}[][] x)
                {
            {{Body("", $"{t} peak = TensorPrimitives.Max(x[r]);")}}
                }
            }
            """);
    }

    /// <summary>
    /// The normaliser <c>Multiply(dst, 1 / total, dst)</c> makes the site for the other rules too: a total carried
    /// across rows is LG0002, a raw <c>TensorPrimitives.Exp(row, dst)</c> LG0003.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task ReciprocalScaling_CarriedTotalIsLG0002_RawExpIsLG0003(string t, string one, string math)
    {
        _ = math;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            {{Usings}}

            public static class Repro
            {
                public static void Carried(ReadOnlySpan<{{t}}> logits, Span<{{t}}> output, int classes)
                {
                    {{t}} total = 0;
                    for (int start = 0; start < logits.Length; start += classes)
                    {
                        ReadOnlySpan<{{t}}> row = logits.Slice(start, classes);
                        Span<{{t}}> dst = output.Slice(start, classes);
                        TensorPrimitives.Subtract(row, TensorPrimitives.Max(row), dst);
                        TensorPrimitives.Exp(dst, dst);
                        total += TensorPrimitives.Sum(dst); //~ LG0002
                        TensorPrimitives.Multiply(dst, {{one}} / total, dst);
                    }
                }

                public static void Raw(ReadOnlySpan<{{t}}> logits, Span<{{t}}> output, int classes)
                {
                    for (int start = 0; start < logits.Length; start += classes)
                    {
                        Span<{{t}}> dst = output.Slice(start, classes);
                        TensorPrimitives.Exp(logits.Slice(start, classes), dst); //~ LG0003
                        {{t}} total = TensorPrimitives.Sum(dst);
                        TensorPrimitives.Multiply(dst, {{one}} / total, dst);
                    }
                }
            }
            """);
    }

    /// <summary>
    /// Brief check: a <c>Vector&lt;T&gt;</c> lane max per class over a flat class-major buffer
    /// (<c>new Vector&lt;T&gt;(span.Slice(c * batch + b))</c>), then the softmax of that class over the batch — max and
    /// sum run along the same class row — is silent, as is the row-major twin and a <c>Vector256</c> spelling; the same
    /// per-class peak with per-sample sums is LG0004 at the lane fold.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task ClassMajorLaneMax_SoftmaxAlongTheSameRowIsSilent(string t, string one, string math)
    {
        _ = one;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Numerics;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static void PerClass({{t}}[] z, {{t}}[] p, int classes, int batch)
                {
                    ReadOnlySpan<{{t}}> span = z;
                    for (int c = 0; c < classes; c++)
                    {
                        var acc = new Vector<{{t}}>({{t}}.NegativeInfinity);
                        int b = 0;
                        for (; b + Vector<{{t}}>.Count <= batch; b += Vector<{{t}}>.Count)
                            acc = Vector.Max(acc, new Vector<{{t}}>(span.Slice(c * batch + b)));
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int l = 0; l < Vector<{{t}}>.Count; l++) m = {{math}}.Max(m, acc[l]);
                        for (; b < batch; b++) m = {{math}}.Max(m, z[c * batch + b]);
                        {{t}} s = 0;
                        for (int j = 0; j < batch; j++) { p[c * batch + j] = {{math}}.Exp(z[c * batch + j] - m); s += p[c * batch + j]; }
                        for (int j = 0; j < batch; j++) p[c * batch + j] /= s;
                    }
                }

                public static void PerRow({{t}}[] x, {{t}}[] p, int rows, int cols)
                {
                    ReadOnlySpan<{{t}}> span = x;
                    for (int r = 0; r < rows; r++)
                    {
                        var acc = new Vector<{{t}}>({{t}}.NegativeInfinity);
                        int k = 0;
                        for (; k + Vector<{{t}}>.Count <= cols; k += Vector<{{t}}>.Count)
                            acc = Vector.Max(acc, new Vector<{{t}}>(span.Slice(r * cols + k)));
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int l = 0; l < Vector<{{t}}>.Count; l++) m = {{math}}.Max(m, acc[l]);
                        for (; k < cols; k++) m = {{math}}.Max(m, x[r * cols + k]);
                        {{t}} s = 0;
                        for (int j = 0; j < cols; j++) { p[r * cols + j] = {{math}}.Exp(x[r * cols + j] - m); s += p[r * cols + j]; }
                        for (int j = 0; j < cols; j++) p[r * cols + j] /= s;
                    }
                }

                public static void PerClass256({{t}}[] z, {{t}}[] p, int classes, int batch)
                {
                    ref {{t}} z0 = ref MemoryMarshal.GetArrayDataReference(z);
                    var peaks = new {{t}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        var acc = Vector256.Create({{t}}.NegativeInfinity);
                        int b = 0;
                        for (; b + Vector256<{{t}}>.Count <= batch; b += Vector256<{{t}}>.Count)
                            acc = Vector256.Max(acc, Vector256.LoadUnsafe(ref z0, (nuint)(c * batch + b)));
                        {{t}} m = Vector128.Max(acc.GetLower(), acc.GetUpper()).ToScalar();
                        for (int l = 0; l < Vector256<{{t}}>.Count; l++) m = {{math}}.Max(m, acc.GetElement(l));
                        for (; b < batch; b++) m = {{math}}.Max(m, z[c * batch + b]);
                        peaks[c] = m;
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        {{t}} s = 0;
                        for (int b = 0; b < batch; b++) { p[c * batch + b] = {{math}}.Exp(z[c * batch + b] - peaks[c]); s += p[c * batch + b]; }
                        for (int b = 0; b < batch; b++) p[c * batch + b] /= s;
                    }
                }

                public static void PerSample({{t}}[] z, {{t}}[] p, int classes, int batch)
                {
                    ReadOnlySpan<{{t}}> span = z;
                    var peak = new {{t}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        var acc = new Vector<{{t}}>({{t}}.NegativeInfinity);
                        int b = 0;
                        for (; b + Vector<{{t}}>.Count <= batch; b += Vector<{{t}}>.Count)
                            acc = Vector.Max(acc, new Vector<{{t}}>(span.Slice(c * batch + b))); //~ LG0004
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int l = 0; l < Vector<{{t}}>.Count; l++) m = {{math}}.Max(m, acc[l]);
                        for (; b < batch; b++) m = {{math}}.Max(m, z[c * batch + b]);
                        peak[c] = m;
                    }

                    for (int b = 0; b < batch; b++)
                    {
                        {{t}} s = 0;
                        for (int c = 0; c < classes; c++) { p[c * batch + b] = {{math}}.Exp(z[c * batch + b] - peak[c]); s += p[c * batch + b]; }
                        for (int c = 0; c < classes; c++) p[c * batch + b] /= s;
                    }
                }
            }
            """);
    }
}
