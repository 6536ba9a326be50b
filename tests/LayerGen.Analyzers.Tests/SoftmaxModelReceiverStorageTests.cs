using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A user type's storage reached through several receivers in one method (HeldOut89's <c>NativeMatrix_WholeSpanMax</c>:
/// reads by <c>z.At(c, b)</c>, writes by <c>p.At(c, b) = e</c>, a fold over <c>z.All</c>) is each receiver's own buffer:
/// the elements an accessor, an indexer or a view member returns are placed in the receiver's buffer, so the softmax
/// site is seen and a fold spanning more than one slice is found. Layouts: a class over native memory (ref accessor,
/// class-major), a record (value accessor to read, ref accessor to write), a struct (indexer with a setter), a ref
/// struct (ref accessor); float and double. The correct twins (per-row peaks read through one receiver and written
/// through another) stay silent.
/// </summary>
public class SoftmaxModelReceiverStorageTests
{
    /// <summary>The layouts: key, element type.</summary>
    public static TheoryData<string, string> Layouts => new()
    {
        { "native", "double" },
        { "native", "float" },
        { "record", "float" },
        { "record", "double" },
        { "struct", "float" },
        { "refstruct", "double" },
    };

    /// <summary>The type declaration of a layout, over elements of type <paramref name="t"/>.</summary>
    private static string TypeOf(string layout, string t) => layout switch
    {
        // Class-major native memory: class c of sample b at c * Batch + b.
        "native" => $$"""
            public sealed unsafe class Mat
            {
                private {{t}}* _cells;
                public Mat(int rows, int cols) { Rows = rows; Cols = cols; _cells = ({{t}}*)NativeMemory.AllocZeroed((nuint)(rows * cols), (nuint)sizeof({{t}})); }
                public int Rows { get; }
                public int Cols { get; }
                public Span<{{t}}> All => new(_cells, Rows * Cols);
                public ref {{t}} At(int c, int b) => ref _cells[(nint)c * Rows + b];
            }
            """,
        "record" => $$"""
            public sealed record Mat({{t}}[] Data, int Rows, int Cols)
            {
                public {{t}} At(int r, int c) => Data[r * Cols + c];
                public ref {{t}} Cell(int r, int c) => ref Data[r * Cols + c];
            }
            """,
        "struct" => $$"""
            public readonly struct Mat
            {
                private readonly {{t}}[] _v;
                public Mat({{t}}[] v, int rows, int cols) { _v = v; Rows = rows; Cols = cols; }
                public int Rows { get; }
                public int Cols { get; }
                public ReadOnlySpan<{{t}}> All => _v.AsSpan();
                public {{t}} this[int r, int c] { get => _v[r * Cols + c]; set => _v[r * Cols + c] = value; }
            }
            """,
        _ => $$"""
            public ref struct Mat
            {
                private readonly {{t}}[] _d;
                private readonly int _cols;
                public Mat({{t}}[] d, int rows, int cols) { _d = d; Rows = rows; _cols = cols; }
                public int Rows { get; }
                public int Cols => _cols;
                public Span<{{t}}> All => _d.AsSpan();
                public ref {{t}} At(int r, int c) => ref _d[r * _cols + c];
            }
            """,
    };

    /// <summary>Row r (a sample), column c (a class) of receiver <paramref name="x"/>, read.</summary>
    private static string Read(string layout, string x, string r, string c) => layout switch
    {
        "native" => $"{x}.At({c}, {r})",
        "record" => $"{x}.At({r}, {c})",
        "struct" => $"{x}[{r}, {c}]",
        _ => $"{x}.At({r}, {c})",
    };

    /// <summary>Row r, column c of receiver <paramref name="x"/>, as an assignable element.</summary>
    private static string Write(string layout, string x, string r, string c) => layout switch
    {
        "record" => $"{x}.Cell({r}, {c})",
        _ => Read(layout, x, r, c),
    };

    /// <summary>Every element of receiver <paramref name="x"/>, as a foreach collection.</summary>
    private static string All(string layout, string x) => layout == "record" ? $"{x}.Data" : $"{x}.All";

    private static string Source(string layout, string t, string body) => $$"""
        using System;
        using System.Runtime.InteropServices;

        {{TypeOf(layout, t)}}

        public static class Repro
        {
        {{body}}
        }
        """;

    private static string Exp(string t) => t == "float" ? "MathF.Exp" : "Math.Exp";

    private static string Max(string t) => t == "float" ? "MathF.Max" : "Math.Max";

    /// <summary>The max over every element of z (through its whole view or storage), exps read through z, written through p: LG0001 at the fold.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task WholeStorageMax_ReadAndWrittenThroughTwoReceivers_IsLG0001(string layout, string t)
    {
        string R(string x, string r, string c) => Read(layout, x, r, c);
        string W(string x, string r, string c) => Write(layout, x, r, c);
        var body = $$"""
                public static void Apply(Mat z, Mat p)
                {
                    {{t}} max = {{t}}.NegativeInfinity;
                    foreach ({{t}} v in {{All(layout, "z")}})
                    {
                        max = {{Max(t)}}(max, v); //~ LG0001
                    }

                    for (int r = 0; r < z.Rows; r++)
                    {
                        {{t}} total = 0;
                        for (int c = 0; c < z.Cols; c++)
                        {
                            {{t}} e = {{Exp(t)}}({{R("z", "r", "c")}} - max);
                            {{W("p", "r", "c")}} = e;
                            total += e;
                        }

                        for (int c = 0; c < z.Cols; c++) {{W("p", "r", "c")}} = {{R("p", "r", "c")}} / total;
                    }
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(layout, t, body));
    }

    /// <summary>The max folded through the accessor over both loops (never reset per row): LG0001 at the fold.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task AccessorMaxOverEveryRow_IsLG0001(string layout, string t)
    {
        string R(string x, string r, string c) => Read(layout, x, r, c);
        string W(string x, string r, string c) => Write(layout, x, r, c);
        var body = $$"""
                public static void Apply(Mat z, Mat p)
                {
                    {{t}} max = {{t}}.NegativeInfinity;
                    for (int r = 0; r < z.Rows; r++)
                        for (int c = 0; c < z.Cols; c++)
                            max = {{Max(t)}}(max, {{R("z", "r", "c")}}); //~ LG0001

                    for (int r = 0; r < z.Rows; r++)
                    {
                        {{t}} total = 0;
                        for (int c = 0; c < z.Cols; c++) total += {{W("p", "r", "c")}} = {{Exp(t)}}({{R("z", "r", "c")}} - max);
                        for (int c = 0; c < z.Cols; c++) {{W("p", "r", "c")}} = {{R("p", "r", "c")}} / total;
                    }
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(layout, t, body));
    }

    /// <summary>A per-class peak over the rows through the accessor, per-row sums, output through another receiver: LG0004 at the fold.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task PerColumnPeakThroughAccessor_IsLG0004(string layout, string t)
    {
        string R(string x, string r, string c) => Read(layout, x, r, c);
        string W(string x, string r, string c) => Write(layout, x, r, c);
        var body = $$"""
                public static void Apply(Mat z, Mat p)
                {
                    var peak = new {{t}}[z.Cols];
                    for (int c = 0; c < z.Cols; c++)
                    {
                        peak[c] = {{t}}.NegativeInfinity;
                        for (int r = 0; r < z.Rows; r++) peak[c] = {{Max(t)}}(peak[c], {{R("z", "r", "c")}}); //~ LG0004
                    }

                    for (int r = 0; r < z.Rows; r++)
                    {
                        {{t}} total = 0;
                        for (int c = 0; c < z.Cols; c++) total += {{W("p", "r", "c")}} = {{Exp(t)}}({{R("z", "r", "c")}} - peak[c]);
                        for (int c = 0; c < z.Cols; c++) {{W("p", "r", "c")}} = {{R("p", "r", "c")}} / total;
                    }
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(layout, t, body));
    }

    /// <summary>A sum accumulated over every row (never reset), read through z, written through p: LG0002.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task SumNeverResetAcrossRows_IsLG0002(string layout, string t)
    {
        string R(string x, string r, string c) => Read(layout, x, r, c);
        string W(string x, string r, string c) => Write(layout, x, r, c);
        var body = $$"""
                public static void Apply(Mat z, Mat p)
                {
                    {{t}} total = 0;
                    for (int r = 0; r < z.Rows; r++)
                    {
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int c = 0; c < z.Cols; c++) m = {{Max(t)}}(m, {{R("z", "r", "c")}});
                        for (int c = 0; c < z.Cols; c++) total += {{W("p", "r", "c")}} = {{Exp(t)}}({{R("z", "r", "c")}} - m); //~ LG0002
                        for (int c = 0; c < z.Cols; c++) {{W("p", "r", "c")}} = {{R("p", "r", "c")}} / total;
                    }
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(layout, t, body));
    }

    /// <summary>Correct: per-row peak and sum read through z, output through p (and through a third receiver), silent.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task PerRowPeakReadThroughOneReceiverWrittenThroughAnother_IsSilent(string layout, string t)
    {
        string R(string x, string r, string c) => Read(layout, x, r, c);
        string W(string x, string r, string c) => Write(layout, x, r, c);
        var body = $$"""
                public static void Apply(Mat z, Mat p)
                {
                    for (int r = 0; r < z.Rows; r++)
                    {
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int c = 0; c < z.Cols; c++) m = {{Max(t)}}(m, {{R("z", "r", "c")}});
                        {{t}} total = 0;
                        for (int c = 0; c < z.Cols; c++)
                        {
                            {{t}} e = {{Exp(t)}}({{R("z", "r", "c")}} - m);
                            {{W("p", "r", "c")}} = e;
                            total += e;
                        }

                        for (int c = 0; c < z.Cols; c++) {{W("p", "r", "c")}} = {{R("p", "r", "c")}} / total;
                    }
                }

                public static void Copied(Mat z, Mat scratch, Mat p)
                {
                    for (int r = 0; r < z.Rows; r++)
                    {
                        {{t}} m = {{R("z", "r", "0")}};
                        for (int c = 1; c < z.Cols; c++) if ({{R("z", "r", "c")}} > m) m = {{R("z", "r", "c")}};
                        {{t}} total = 0;
                        for (int c = 0; c < z.Cols; c++) total += {{W("scratch", "r", "c")}} = {{Exp(t)}}({{R("z", "r", "c")}} - m);
                        for (int c = 0; c < z.Cols; c++) {{W("p", "r", "c")}} = {{R("scratch", "r", "c")}} / total;
                    }
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(layout, t, body));
    }

    /// <summary>
    /// Correct: the whole-storage max of <c>z</c> is taken for display only; the softmax of another matrix <c>q</c> is shifted
    /// by its own per-row peaks, so a fold over one receiver's storage never bounds the other's slices. Silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task WholeMaxOfOtherReceiver_NotUsedAsShift_IsSilent(string layout, string t)
    {
        string R(string x, string r, string c) => Read(layout, x, r, c);
        string W(string x, string r, string c) => Write(layout, x, r, c);
        var body = $$"""
                public static {{t}} Apply(Mat z, Mat q, Mat p)
                {
                    {{t}} top = {{t}}.NegativeInfinity;
                    foreach ({{t}} v in {{All(layout, "z")}}) top = {{Max(t)}}(top, v);

                    for (int r = 0; r < q.Rows; r++)
                    {
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int c = 0; c < q.Cols; c++) m = {{Max(t)}}(m, {{R("q", "r", "c")}});
                        {{t}} total = 0;
                        for (int c = 0; c < q.Cols; c++) total += {{W("p", "r", "c")}} = {{Exp(t)}}({{R("q", "r", "c")}} - m);
                        for (int c = 0; c < q.Cols; c++) {{W("p", "r", "c")}} = {{R("p", "r", "c")}} / total;
                    }

                    return top;
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(layout, t, body));
    }

    /// <summary>Strided views built over one buffer, the transpose swapping the strides: a record with a property, a class with a method.</summary>
    public static TheoryData<string, string> StridedLayouts => new()
    {
        { "record", "double" },
        { "record", "float" },
        { "class", "double" },
        { "class", "float" },
    };

    private static string StridedSource(string layout, string t, string body)
    {
        var type = layout == "record"
            ? $$"""
                public sealed record Strided({{t}}[] Buffer, int Rows, int Cols, int S0, int S1)
                {
                    public static Strided RowMajor({{t}}[] buffer, int rows, int cols) => new(buffer, rows, cols, cols, 1);
                    public Strided T => new(Buffer, Cols, Rows, S1, S0);
                    public {{t}} At(int i, int j) => Buffer[i * S0 + j * S1];
                }
                """
            : $$"""
                public sealed class Strided
                {
                    private readonly {{t}}[] _data;
                    private readonly int _s0;
                    private readonly int _s1;
                    public Strided({{t}}[] data, int rows, int cols, int s0, int s1) { _data = data; Rows = rows; Cols = cols; _s0 = s0; _s1 = s1; }
                    public int Rows { get; }
                    public int Cols { get; }
                    public static Strided RowMajor({{t}}[] data, int rows, int cols) => new Strided(data, rows, cols, cols, 1);
                    public Strided Transpose() => new Strided(_data, Cols, Rows, _s1, _s0);
                    public ref {{t}} At(int i, int j) => ref _data[i * _s0 + j * _s1];
                }
                """;
        return $$"""
            using System;

            {{type}}

            public static class Repro
            {
            {{body}}
            }
            """;
    }

    private static string TransposeOf(string layout, string x) => layout == "record" ? $"{x}.T" : $"{x}.Transpose()";

    /// <summary>
    /// HeldOut88's <c>TransposeView_PeakOverTransposed</c>: the peak per row of the transposed view is a peak per column
    /// of the original (over the batch) while the exps and sums run along the original's rows: LG0004 at the fold.
    /// </summary>
    [Theory]
    [MemberData(nameof(StridedLayouts))]
    public async Task PeakOverTransposedView_SumOverOriginalRows_IsLG0004(string layout, string t)
    {
        var body = $$"""
                public static {{t}}[] Apply({{t}}[] logits, int agents, int actions)
                {
                    var x = Strided.RowMajor(logits, agents, actions);
                    var xt = {{TransposeOf(layout, "x")}};
                    var peak = new {{t}}[xt.Rows];
                    for (int a = 0; a < xt.Rows; a++)
                    {
                        peak[a] = {{t}}.NegativeInfinity;
                        for (int g = 0; g < xt.Cols; g++) peak[a] = {{Max(t)}}(peak[a], xt.At(a, g)); //~ LG0004
                    }

                    var p = new {{t}}[logits.Length];
                    for (int g = 0; g < x.Rows; g++)
                    {
                        {{t}} z = 0;
                        for (int a = 0; a < x.Cols; a++) z += p[g * actions + a] = {{Exp(t)}}(x.At(g, a) - peak[a]);
                        for (int a = 0; a < x.Cols; a++) p[g * actions + a] /= z;
                    }

                    return p;
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(StridedSource(layout, t, body));
    }

    /// <summary>
    /// Correct: the softmax runs along the transposed view's rows (the original's columns) for the fold, the exps and
    /// the sum alike; and a per-row peak of the original read through x with exps through x. Silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(StridedLayouts))]
    public async Task SoftmaxAlongOneViewsRows_IsSilent(string layout, string t)
    {
        var body = $$"""
                public static {{t}}[] OverColumns({{t}}[] logits, int classes, int batch)
                {
                    var x = Strided.RowMajor(logits, classes, batch);
                    var xt = {{TransposeOf(layout, "x")}};
                    var p = new {{t}}[logits.Length];
                    for (int b = 0; b < xt.Rows; b++)
                    {
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int c = 0; c < xt.Cols; c++) m = {{Max(t)}}(m, xt.At(b, c));
                        {{t}} z = 0;
                        for (int c = 0; c < xt.Cols; c++) z += p[c * batch + b] = {{Exp(t)}}(x.At(c, b) - m);
                        for (int c = 0; c < xt.Cols; c++) p[c * batch + b] /= z;
                    }

                    return p;
                }

                public static {{t}}[] OverRows({{t}}[] logits, int agents, int actions)
                {
                    var x = Strided.RowMajor(logits, agents, actions);
                    var xt = {{TransposeOf(layout, "x")}};
                    var p = new {{t}}[logits.Length];
                    for (int g = 0; g < x.Rows; g++)
                    {
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int a = 0; a < xt.Rows; a++) m = {{Max(t)}}(m, xt.At(a, g));
                        {{t}} z = 0;
                        for (int a = 0; a < x.Cols; a++) z += p[g * actions + a] = {{Exp(t)}}(x.At(g, a) - m);
                        for (int a = 0; a < x.Cols; a++) p[g * actions + a] /= z;
                    }

                    return p;
                }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(StridedSource(layout, t, body));
    }
}
