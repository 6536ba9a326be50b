using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// pointers2: element access through walking pointers, pinned 2-D arrays, <c>Unsafe.Add</c> and ref accessors over
/// native memory (SoftmaxModel.SteppedPointers.cs and neighbours). A walking pointer <c>*src++</c> reads the element
/// "number of steps taken" of the buffer it started at, carried across the loops that never restart it; a pointer
/// restarted per row is per row. Bugs each assert the exact ID and line; the correct twins (per-row restarts, per-row
/// sums, restores of a row snapshot) stay silent.
/// </summary>
public class SoftmaxModelSteppedPointerTests
{
    // ---- Walking pointers: *src++, *p; p++, p += classes. ----

    [Fact]
    public Task WalkingPointers_RestoredPerRow_SumNeverReset_IsLG0002() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(double[] logits, double[] probs, int classes)
            {
                int batch = logits.Length / classes;
                fixed (double* px = logits, py = probs)
                {
                    double* src = px;
                    double* dst = py;
                    double norm = 0.0;
                    for (int b = 0; b < batch; b++)
                    {
                        double* rowStart = src;
                        double hi = double.NegativeInfinity;
                        for (int k = 0; k < classes; k++) hi = Math.Max(hi, *src++);
                        double* write = dst;
                        src = rowStart;
                        for (int k = 0; k < classes; k++)
                        {
                            double e = Math.Exp(*src++ - hi);
                            *write++ = e;
                            norm += e; //~ LG0002
                        }
                        for (int k = 0; k < classes; k++) *dst++ /= norm;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task WalkingPointers_RestoredPerRow_SumPerRow_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(double[] logits, double[] probs, int classes)
            {
                int batch = logits.Length / classes;
                fixed (double* px = logits, py = probs)
                {
                    double* src = px;
                    double* dst = py;
                    for (int b = 0; b < batch; b++)
                    {
                        double* rowStart = src;
                        double hi = double.NegativeInfinity;
                        for (int k = 0; k < classes; k++) hi = Math.Max(hi, *src++);
                        double* write = dst;
                        src = rowStart;
                        double norm = 0.0;
                        for (int k = 0; k < classes; k++)
                        {
                            double e = Math.Exp(*src++ - hi);
                            *write++ = e;
                            norm += e;
                        }
                        for (int k = 0; k < classes; k++) *dst++ /= norm;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task WalkingPointer_StepStatement_SumNeverReset_Float_IsLG0002() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(float* x, float* y, int rows, int cols)
            {
                float* p = x;
                float* q = y;
                float total = 0f;
                for (int r = 0; r < rows; r++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, p[c]);
                    for (int c = 0; c < cols; c++)
                    {
                        float e = MathF.Exp(*p - m);
                        p++;
                        *q = e;
                        q++;
                        total += e; //~ LG0002
                    }
                    for (int c = 0; c < cols; c++) q[c - cols] /= total;
                }
            }
        }
        """);

    [Fact]
    public Task WalkingPointer_StepStatement_SumPerRow_Float_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(float* x, float* y, int rows, int cols)
            {
                float* p = x;
                float* q = y;
                for (int r = 0; r < rows; r++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, p[c]);
                    float total = 0f;
                    for (int c = 0; c < cols; c++)
                    {
                        float e = MathF.Exp(*p - m);
                        p++;
                        *q = e;
                        q++;
                        total += e;
                    }
                    for (int c = 0; c < cols; c++) q[c - cols] /= total;
                }
            }
        }
        """);

    [Fact]
    public Task WalkingPointer_MaxCarriedOverRows_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(double[] logits, double[] probs, int classes)
            {
                int batch = logits.Length / classes;
                fixed (double* px = logits, py = probs)
                {
                    double* scan = px;
                    double hi = double.NegativeInfinity;
                    for (int b = 0; b < batch; b++)
                        for (int k = 0; k < classes; k++)
                            hi = Math.Max(hi, *scan++); //~ LG0001
                    for (int b = 0; b < batch; b++)
                    {
                        double* xr = px + b * classes, yr = py + b * classes;
                        double s = 0;
                        for (int k = 0; k < classes; k++) s += yr[k] = Math.Exp(xr[k] - hi);
                        for (int k = 0; k < classes; k++) yr[k] /= s;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task WalkingPointer_RestartedFromTheBasePerRow_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(double[] logits, double[] probs, int classes)
            {
                int batch = logits.Length / classes;
                fixed (double* px = logits, py = probs)
                {
                    double* scan;
                    for (int b = 0; b < batch; b++)
                    {
                        scan = px + b * classes;
                        double hi = double.NegativeInfinity;
                        for (int k = 0; k < classes; k++) hi = Math.Max(hi, *scan++);
                        double* xr = px + b * classes, yr = py + b * classes;
                        double s = 0;
                        for (int k = 0; k < classes; k++) s += yr[k] = Math.Exp(xr[k] - hi);
                        for (int k = 0; k < classes; k++) yr[k] /= s;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task RowPointerStepped_ByClasses_SumNeverReset_IsLG0002() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static void F(float* x, float* y, int rows, int classes)
            {
                float* row = x;
                float* o = y;
                float z = 0f;
                for (int r = 0; r < rows; r++, row += classes, o += classes)
                {
                    float m = row[0];
                    for (int c = 1; c < classes; c++) if (row[c] > m) m = row[c];
                    for (int c = 0; c < classes; c++) { o[c] = MathF.Exp(row[c] - m); z += o[c]; } //~ LG0002
                    for (int c = 0; c < classes; c++) o[c] /= z;
                }
            }
        }
        """);

    // ---- A pinned T[,]: its pointer is the row-major flat storage. ----

    [Fact]
    public Task PinnedRectangular_RowPointer_ClassPeaks_IsLG0004() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static double[,] F(double[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var y = new double[batch, classes];
                var peak = new double[classes];
                for (int c = 0; c < classes; c++) peak[c] = double.NegativeInfinity;
                fixed (double* px = x)
                fixed (double* py = y)
                {
                    for (int r = 0; r < batch; r++)
                    {
                        double* row = px + r * classes;
                        for (int c = 0; c < classes; c++) peak[c] = Math.Max(peak[c], row[c]); //~ LG0004
                    }
                    for (int r = 0; r < batch; r++)
                    {
                        double* row = px + r * classes;
                        double* outRow = py + r * classes;
                        double sum = 0;
                        for (int c = 0; c < classes; c++) { outRow[c] = Math.Exp(row[c] - peak[c]); sum += outRow[c]; }
                        for (int c = 0; c < classes; c++) outRow[c] /= sum;
                    }
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task PinnedRectangular_RowPointer_RowPeak_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static unsafe class C
        {
            static double[,] F(double[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var y = new double[batch, classes];
                fixed (double* px = x)
                fixed (double* py = y)
                {
                    for (int r = 0; r < batch; r++)
                    {
                        double* row = px + r * classes;
                        double* outRow = py + r * classes;
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < classes; c++) if (row[c] > peak) peak = row[c];
                        double sum = 0;
                        for (int c = 0; c < classes; c++) { outRow[c] = Math.Exp(row[c] - peak); sum += outRow[c]; }
                        for (int c = 0; c < classes; c++) outRow[c] /= sum;
                    }
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task PinnedRectangular_FixedBufferPeaks_FlatPointerReads_IsLG0004() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        unsafe struct Stats { public fixed float Peak[16]; }
        static unsafe class C
        {
            static float[,] F(float[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var y = new float[batch, classes];
                Stats stats = default;
                for (int c = 0; c < classes; c++) stats.Peak[c] = float.NegativeInfinity;
                fixed (float* px = x)
                fixed (float* py = y)
                {
                    for (int r = 0; r < batch; r++)
                        for (int c = 0; c < classes; c++)
                            if (px[r * classes + c] > stats.Peak[c]) stats.Peak[c] = px[r * classes + c]; //~ LG0004
                    for (int r = 0; r < batch; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < classes; c++) { py[r * classes + c] = MathF.Exp(px[r * classes + c] - stats.Peak[c]); sum += py[r * classes + c]; }
                        for (int c = 0; c < classes; c++) py[r * classes + c] /= sum;
                    }
                }
                return y;
            }
        }
        """);

    // ---- Unsafe.Add over a reinterpreted or array-data reference. ----

    [Fact]
    public Task UnsafeAdd_ReinterpretedRectangular_ClassPeaks_IsLG0004() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        static class C
        {
            static float[,] F(float[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var y = new float[batch, classes];
                ref float src = ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(x));
                ref float dst = ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(y));
                var peak = new float[classes];
                for (int c = 0; c < classes; c++)
                {
                    float m = float.NegativeInfinity;
                    for (int b = 0; b < batch; b++) m = MathF.Max(m, Unsafe.Add(ref src, b * classes + c)); //~ LG0004
                    peak[c] = m;
                }
                for (int b = 0; b < batch; b++)
                {
                    float s = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        float e = MathF.Exp(Unsafe.Add(ref src, b * classes + c) - peak[c]);
                        Unsafe.Add(ref dst, b * classes + c) = e;
                        s += e;
                    }
                    for (int c = 0; c < classes; c++) Unsafe.Add(ref dst, b * classes + c) /= s;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task UnsafeAdd_ReinterpretedRectangular_RowPeak_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        static class C
        {
            static float[,] F(float[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var y = new float[batch, classes];
                ref float src = ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(x));
                ref float dst = ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(y));
                for (int b = 0; b < batch; b++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, Unsafe.Add(ref src, b * classes + c));
                    float s = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        float e = MathF.Exp(Unsafe.Add(ref src, b * classes + c) - m);
                        Unsafe.Add(ref dst, b * classes + c) = e;
                        s += e;
                    }
                    for (int c = 0; c < classes; c++) Unsafe.Add(ref dst, b * classes + c) /= s;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task UnsafeAdd_FlatArrayData_ClassPeaks_ManagedWrites_IsLG0004() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        static class C
        {
            static double[] F(double[] x, int classes)
            {
                int batch = x.Length / classes;
                var y = new double[x.Length];
                ref double src = ref MemoryMarshal.GetArrayDataReference(x);
                var peak = new double[classes];
                for (int c = 0; c < classes; c++)
                {
                    double m = double.NegativeInfinity;
                    for (int b = 0; b < batch; b++) if (Unsafe.Add(ref src, b * classes + c) > m) m = Unsafe.Add(ref src, b * classes + c); //~ LG0004
                    peak[c] = m;
                }
                for (int b = 0; b < batch; b++)
                {
                    double s = 0;
                    for (int c = 0; c < classes; c++) s += y[b * classes + c] = Math.Exp(Unsafe.Add(ref src, b * classes + c) - peak[c]);
                    for (int c = 0; c < classes; c++) y[b * classes + c] /= s;
                }
                return y;
            }
        }
        """);

    // ---- Ref accessors over native memory: silent per-sample twins (the whole-span bug through At/Cell read and
    // written by two receivers is SoftmaxModelReceiverStorageTests'). ----

    private const string NativeMatrix = """
        public sealed unsafe class NativeMatrix
        {
            private double* _cells;
            public NativeMatrix(int classes, int batch) { Classes = classes; Batch = batch; _cells = (double*)NativeMemory.AllocZeroed((nuint)(classes * batch), (nuint)sizeof(double)); }
            public int Classes { get; }
            public int Batch { get; }
            public Span<double> All => new(_cells, Classes * Batch);
            public ref double At(int c, int b) => ref _cells[(nint)c * Batch + b];
            public ref double Cell(int c, int b) => ref *(_cells + c * Batch + b);
        }
        """;

    [Theory]
    [InlineData("At")]
    [InlineData("Cell")]
    public Task NativeRefAccessor_PerSampleMax_IsSilent(string accessor) => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;
        using System.Runtime.InteropServices;
        {{NativeMatrix}}
        static class C
        {
            static void F(NativeMatrix z, NativeMatrix p)
            {
                for (int b = 0; b < z.Batch; b++)
                {
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < z.Classes; c++) max = Math.Max(max, z.{{accessor}}(c, b));
                    double total = 0.0;
                    for (int c = 0; c < z.Classes; c++) { double e = Math.Exp(z.{{accessor}}(c, b) - max); p.{{accessor}}(c, b) = e; total += e; }
                    for (int c = 0; c < z.Classes; c++) p.{{accessor}}(c, b) /= total;
                }
            }
        }
        """);
}
