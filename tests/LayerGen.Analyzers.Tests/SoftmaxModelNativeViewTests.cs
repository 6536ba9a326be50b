using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Views of native and pinned memory (HeldOut97's three misses): <c>MemoryMarshal.CreateSpan(ref p[o], n)</c> over a
/// pointer is <c>new Span&lt;T&gt;(p + o, n)</c>; a struct's <c>fixed</c> size buffer of one instance is one buffer in
/// every pass (re-pinned or indexed); a ref to a jagged row's data (<c>GetArrayDataReference(x[a])</c>, through a row
/// local or a span) walked by <c>Unsafe.Add</c> reads that row. Each correct layout stays silent, its bug twin is reported.
/// </summary>
public class SoftmaxModelNativeViewTests
{
    /// <summary>A span over a pointer's element: whole buffer (a sum over every slice) or one row.</summary>
    public static TheoryData<string> WholeSpans => new()
    {
        "MemoryMarshal.CreateSpan(ref p[0], classes * batch)",
        "MemoryMarshal.CreateSpan(ref *p, classes * batch)",
        "MemoryMarshal.CreateSpan(ref *(p + 0), classes * batch)",
    };

    /// <summary>Column-major native double output, per-column shift, then one sum over the whole output span: LG0002.</summary>
    [Theory]
    [MemberData(nameof(WholeSpans))]
    public async Task ColumnMajorDouble_WholeCreateSpanSum_IsReported(string span)
    {
        var source = $$"""
            using System;
            using System.Runtime.InteropServices;

            public static unsafe class Repro
            {
                public static void Softmax(double* z, double* p, int classes, int batch)
                {
                    for (int b = 0; b < batch; b++)
                    {
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = Math.Max(m, z[c * batch + b]);
                        for (int c = 0; c < classes; c++) p[c * batch + b] = Math.Exp(z[c * batch + b] - m);
                    }

                    Span<double> all = {{span}};
                    double total = 0;
                    foreach (double e in all)
                        total += e; //~ LG0002
                    foreach (ref double e in all)
                        e /= total;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Row-major native float output, indexed sum and division over the whole span: LG0002.</summary>
    [Theory]
    [InlineData("MemoryMarshal.CreateSpan(ref y[0], batch * classes)")]
    [InlineData("MemoryMarshal.CreateSpan(ref *y, batch * classes)")]
    public async Task RowMajorFloat_WholeCreateSpanSum_IsReported(string span)
    {
        var source = $$"""
            using System;
            using System.Runtime.InteropServices;

            public static unsafe class Repro
            {
                public static void Softmax(float* x, float* y, int batch, int classes)
                {
                    for (int r = 0; r < batch; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = MathF.Max(m, x[r * classes + c]);
                        for (int c = 0; c < classes; c++) y[r * classes + c] = MathF.Exp(x[r * classes + c] - m);
                    }

                    Span<float> all = {{span}};
                    float total = 0f;
                    for (int i = 0; i < all.Length; i++) total += all[i]; //~ LG0002
                    for (int i = 0; i < all.Length; i++) all[i] /= total;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>One row's span from a reference to its first element: the softmax of that row, silent.</summary>
    [Theory]
    [InlineData("MemoryMarshal.CreateSpan(ref y[r * classes], classes)")]
    [InlineData("MemoryMarshal.CreateSpan(ref *(y + r * classes), classes)")]
    [InlineData("MemoryMarshal.CreateSpan(ref (y + r * classes)[0], classes)")]
    public async Task RowMajorFloat_RowCreateSpan_IsSilent(string span)
    {
        var source = $$"""
            using System;
            using System.Runtime.InteropServices;

            public static unsafe class Repro
            {
                public static void Softmax(float* x, float* y, int batch, int classes)
                {
                    for (int r = 0; r < batch; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = MathF.Max(m, x[r * classes + c]);
                        for (int c = 0; c < classes; c++) y[r * classes + c] = MathF.Exp(x[r * classes + c] - m);
                        Span<float> row = {{span}};
                        float total = 0f;
                        foreach (float e in row) total += e;
                        for (int c = 0; c < row.Length; c++) row[c] /= total;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Row-major native double: the row's span built before the max, all three passes through it; silent.</summary>
    [Theory]
    [InlineData("MemoryMarshal.CreateSpan(ref p[r * classes], classes)")]
    [InlineData("MemoryMarshal.CreateSpan(ref *(p + r * classes), classes)")]
    public async Task RowMajorDouble_InPlaceRowCreateSpan_IsSilent(string span)
    {
        var source = $$"""
            using System;
            using System.Runtime.InteropServices;

            public static unsafe class Repro
            {
                public static void Softmax(double* p, int batch, int classes)
                {
                    for (int r = 0; r < batch; r++)
                    {
                        Span<double> row = {{span}};
                        double m = double.NegativeInfinity;
                        foreach (double v in row) m = Math.Max(m, v);
                        double total = 0;
                        for (int c = 0; c < row.Length; c++) { row[c] = Math.Exp(row[c] - m); total += row[c]; }
                        for (int c = 0; c < row.Length; c++) row[c] /= total;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Row-major native double, a whole-buffer peak read through the span: LG0001 (the span is the buffer).</summary>
    [Fact]
    public async Task RowMajorDouble_WholeCreateSpanPeak_IsReported()
    {
        var source = """
            using System;
            using System.Runtime.InteropServices;

            public static unsafe class Repro
            {
                public static void Softmax(double* p, int batch, int classes)
                {
                    ReadOnlySpan<double> all = MemoryMarshal.CreateReadOnlySpan(ref *p, batch * classes);
                    double m = double.NegativeInfinity;
                    foreach (double v in all) m = Math.Max(m, v); //~ LG0001
                    for (int r = 0; r < batch; r++)
                    {
                        double total = 0;
                        for (int c = 0; c < classes; c++) { p[r * classes + c] = Math.Exp(p[r * classes + c] - m); total += p[r * classes + c]; }
                        for (int c = 0; c < classes; c++) p[r * classes + c] /= total;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Second-pass spellings over a frame's fixed buffer: re-pinned or indexed; {total} names the divisor.</summary>
    public static TheoryData<string, string, string> FrameSecondPasses => new()
    {
        { "fixed (double* q = frames[f].Probs) for (int k = 0; k < frames[f].Width; k++) q[k] /= total;", "total", " //~ LG0002" },
        { "for (int k = 0; k < frames[f].Width; k++) frames[f].Probs[k] /= total;", "total", " //~ LG0002" },
        { "fixed (double* q = frames[f].Probs) for (int k = 0; k < frames[f].Width; k++) q[k] /= totals[f];", "totals[f]", "" },
        { "for (int k = 0; k < frames[f].Width; k++) frames[f].Probs[k] /= totals[f];", "totals[f]", "" },
    };

    /// <summary>
    /// <c>Frame[]</c> of structs with fixed double buffers: exps in a first pass, division in a second frame loop. One
    /// total over every frame: LG0002; a total per frame (kept in <c>totals[f]</c>): silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(FrameSecondPasses))]
    public async Task FrameArrayDouble_SecondPassOverFixedBuffer(string secondPass, string divisor, string marker)
    {
        var perFrame = divisor == "total" ? "" : "totals[f] = 0;";
        var accumulate = divisor == "total" ? "total += p[k];" : "totals[f] += p[k];";
        var source = $$"""
            using System;

            public unsafe struct Frame
            {
                public fixed double Logits[12];
                public fixed double Probs[12];
                public int Width;
            }

            public static unsafe class Repro
            {
                public static void Compute(Frame[] frames)
                {
                    double total = 0;
                    var totals = new double[frames.Length];
                    for (int f = 0; f < frames.Length; f++)
                    {
                        {{perFrame}}
                        fixed (double* x = frames[f].Logits, p = frames[f].Probs)
                        {
                            double top = double.NegativeInfinity;
                            for (int k = 0; k < frames[f].Width; k++) top = Math.Max(top, x[k]);
                            for (int k = 0; k < frames[f].Width; k++) { p[k] = Math.Exp(x[k] - top); {{accumulate}} }{{marker}}
                        }
                    }

                    for (int f = 0; f < frames.Length; f++)
                    {
                        {{secondPass}}
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Second-pass spellings through a ref local per frame of a span of frames.</summary>
    public static TheoryData<string, string> SpanFrameSecondPasses => new()
    {
        { "fixed (float* q = frame.Probs) { for (int k = 0; k < frame.Width; k++) q[k] /= DIV; }", " //~ LG0002" },
        { "for (int k = 0; k < frame.Width; k++) frame.Probs[k] /= DIV;", " //~ LG0002" },
    };

    /// <summary>
    /// <c>Span&lt;Frame&gt;</c> of structs with fixed float buffers through <c>ref Frame frame = ref frames[f]</c>: one
    /// total over every frame is LG0002; the same passes with the total reset per frame and the division inside the frame
    /// loop (its correct twin) are silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(SpanFrameSecondPasses))]
    public async Task FrameSpanFloat_SecondPassOverFixedBuffer(string secondPass, string marker)
    {
        var buggy = $$"""
            using System;

            public unsafe struct Frame
            {
                public fixed float Logits[16];
                public fixed float Probs[16];
                public int Width;
            }

            public static unsafe class Repro
            {
                public static void Compute(Span<Frame> frames)
                {
                    float total = 0f;
                    for (int f = 0; f < frames.Length; f++)
                    {
                        ref Frame frame = ref frames[f];
                        fixed (float* x = frame.Logits, p = frame.Probs)
                        {
                            float top = float.NegativeInfinity;
                            for (int k = 0; k < frame.Width; k++) top = MathF.Max(top, x[k]);
                            for (int k = 0; k < frame.Width; k++)
                            {
                                p[k] = MathF.Exp(x[k] - top);
                                total += p[k];{{marker}}
                            }
                        }
                    }

                    for (int f = 0; f < frames.Length; f++)
                    {
                        ref Frame frame = ref frames[f];
                        {{secondPass.Replace("DIV", "total")}}
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(buggy);

        var correct = $$"""
            using System;

            public unsafe struct Frame
            {
                public fixed float Logits[16];
                public fixed float Probs[16];
                public int Width;
            }

            public static unsafe class Repro
            {
                public static void Compute(Span<Frame> frames)
                {
                    for (int f = 0; f < frames.Length; f++)
                    {
                        ref Frame frame = ref frames[f];
                        float total = 0f;
                        fixed (float* x = frame.Logits, p = frame.Probs)
                        {
                            float top = float.NegativeInfinity;
                            for (int k = 0; k < frame.Width; k++) top = MathF.Max(top, x[k]);
                            for (int k = 0; k < frame.Width; k++)
                            {
                                p[k] = MathF.Exp(x[k] - top);
                                total += p[k];
                            }
                        }

                        {{secondPass.Replace("DIV", "total")}}
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(correct);
    }

    /// <summary>References to a jagged row's data: directly, through a row local, through a span of the row.</summary>
    public static TheoryData<string, string> JaggedRowRefs => new()
    {
        { "", "MemoryMarshal.GetArrayDataReference(scores[a])" },
        { "double[] row = scores[a];", "MemoryMarshal.GetArrayDataReference(row)" },
        { "", "MemoryMarshal.GetReference(scores[a].AsSpan())" },
        { "ReadOnlySpan<double> row = scores[a];", "MemoryMarshal.GetReference(row)" },
    };

    /// <summary>Jagged double rows read by <c>Unsafe.Add</c> from a ref to the row's data: a raw exp is LG0003, the shifted one silent.</summary>
    [Theory]
    [MemberData(nameof(JaggedRowRefs))]
    public async Task JaggedDouble_UnsafeAddOverRowRef(string rowLocal, string reference)
    {
        static string Source(string rowLocal, string reference, string exponent, string marker) => $$"""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;

            public static class Repro
            {
                public static double[][] Probabilities(double[][] scores)
                {
                    var result = new double[scores.Length][];
                    for (int a = 0; a < scores.Length; a++)
                    {
                        {{rowLocal}}
                        var p = new double[scores[a].Length];
                        ref double s0 = ref {{reference}};
                        double m = double.NegativeInfinity;
                        for (int i = 0; i < p.Length; i++) m = Math.Max(m, Unsafe.Add(ref s0, i));
                        double z = 0;
                        for (int i = 0; i < p.Length; i++)
                        {
                            double e = Math.Exp({{exponent}});{{marker}}
                            p[i] = e;
                            z += e;
                        }

                        for (int i = 0; i < p.Length; i++) p[i] /= z;
                        result[a] = p;
                    }

                    return result;
                }
            }
            """;

        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(rowLocal, reference, "Unsafe.Add(ref s0, i)", " //~ LG0003"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(rowLocal, reference, "Unsafe.Add(ref s0, i) - m", ""));
    }

    /// <summary>Jagged float rows in place through one ref per row (reads and writes by <c>Unsafe.Add</c>), <c>while</c> loops.</summary>
    [Theory]
    [InlineData("MemoryMarshal.GetArrayDataReference(rows[r])")]
    [InlineData("MemoryMarshal.GetReference(rows[r].AsSpan())")]
    public async Task JaggedFloat_InPlaceUnsafeAddOverRowRef(string reference)
    {
        static string Source(string reference, string exponent, string marker) => $$"""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;

            public static class Repro
            {
                public static void InPlace(float[][] rows)
                {
                    for (int r = 0; r < rows.Length; r++)
                    {
                        int n = rows[r].Length;
                        ref float x0 = ref {{reference}};
                        float m = float.NegativeInfinity;
                        int i = 0;
                        while (i < n) { if (Unsafe.Add(ref x0, i) > m) m = Unsafe.Add(ref x0, i); i++; }
                        float s = 0f;
                        i = 0;
                        while (i < n)
                        {
                            Unsafe.Add(ref x0, i) = MathF.Exp({{exponent}});{{marker}}
                            s += Unsafe.Add(ref x0, i);
                            i++;
                        }

                        for (int k = 0; k < n; k++) Unsafe.Add(ref x0, k) /= s;
                    }
                }
            }
            """;

        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(reference, "Unsafe.Add(ref x0, i)", " //~ LG0003"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(reference, "Unsafe.Add(ref x0, i) - m", ""));
    }
}
