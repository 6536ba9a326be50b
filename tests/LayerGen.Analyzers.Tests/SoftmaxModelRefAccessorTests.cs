using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Elements reached through user ref-returning accessor methods (HeldOut76): <c>ref Stats At(int b) =&gt; ref _items[b]</c>,
/// <c>ref double Cell(int c, int b) =&gt; ref data[c * batch + b]</c>, <c>static ref Stats Slot(Stats[] all, int r) =&gt;
/// ref all[r]</c>. A call is the element the body returns, with the caller's arguments in its index: a ref local bound to
/// <c>table.At(b)</c> per row holds that row's statistics (a false LG0001 + LG0002 before), one bound to <c>At(0)</c> above
/// the row loop carries them across rows; cells read and written through <c>Cell(c, b)</c> are indexed accesses of the
/// storage (a per-class peak over the batch is LG0004, a raw exp LG0003). Each marked line must be reported with its ID,
/// and nothing else.
/// </summary>
public class SoftmaxModelRefAccessorTests
{
    /// <summary>Struct statistics reached through a ref local bound to an accessor's result.</summary>
    [Theory]
    [MemberData(nameof(BindingCases))]
    public async Task RefBoundAccessorResults(string name) => await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Sources[name]);

    /// <summary>Cells read, written and compound-assigned through an accessor call.</summary>
    [Theory]
    [MemberData(nameof(CellCases))]
    public async Task AccessorCells(string name) => await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Sources[name]);

    /// <summary>Case names of <see cref="RefBoundAccessorResults"/>.</summary>
    public static TheoryData<string> BindingCases => new()
    {
        "TableAtPerRow_OnlineTwoD", "TableAtFirstSlot_OnlineTwoD", "TableAtPerRow_FlatFloatTwoPass", "TableAtFirstSlot_FlatFloatTwoPass",
        "StaticSlotPerRow_FlatFloat", "StaticSlotFirstSlot_FlatFloat", "PrimaryStructAtPerRow_Jagged",
    };

    /// <summary>Case names of <see cref="AccessorCells"/>.</summary>
    public static TheoryData<string> CellCases => new()
    {
        "CellClassMajor_PeakPerClass", "CellClassMajor_PeakPerSample", "AtRowMajor_RawExp", "AtRowMajor_RowMaxShift",
        "AtRowMajor_MaxNeverReset", "StaticCell_ColumnMajorPerClassPeak", "StaticCell_ColumnMajorPerSample",
    };

    private static readonly Dictionary<string, string> Sources = new()
    {
        // ref var st = ref table.At(b) per row, online fold, 2D double: silent
        ["TableAtPerRow_OnlineTwoD"] = """
            using System;
            public struct RunningStats { public double Max; public double Sum; }
            public sealed class StatsTable
            {
                private readonly RunningStats[] _items;
                public StatsTable(int n) => _items = new RunningStats[n];
                public ref RunningStats At(int b) => ref _items[b];
            }
            public static class Online
            {
                public static double[,] Softmax(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var table = new StatsTable(batch);
                    for (int b = 0; b < batch; b++)
                    {
                        ref RunningStats st = ref table.At(b);
                        st.Max = double.NegativeInfinity;
                        st.Sum = 0.0;
                        for (int c = 0; c < classes; c++)
                        {
                            double v = x[b, c];
                            if (v > st.Max)
                            {
                                st.Sum = st.Sum * Math.Exp(st.Max - v) + 1.0;
                                st.Max = v;
                            }
                            else
                            {
                                st.Sum += Math.Exp(v - st.Max);
                            }
                        }
                    }
                    var y = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                    {
                        ref readonly RunningStats st = ref table.At(b);
                        for (int c = 0; c < classes; c++) y[b, c] = Math.Exp(x[b, c] - st.Max) / st.Sum;
                    }
                    return y;
                }
            }
            """,
        // the same fold with st bound once to table.At(0) above the row loop, two-pass: LG0001 + LG0002
        ["TableAtFirstSlot_OnlineTwoD"] = """
            using System;
            public struct RunningStats { public double Max; public double Sum; }
            public sealed class StatsTable
            {
                private readonly RunningStats[] _items;
                public StatsTable(int n) => _items = new RunningStats[n];
                public ref RunningStats At(int b) => ref _items[b];
            }
            public static class Online
            {
                public static double[,] Softmax(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var table = new StatsTable(batch);
                    var y = new double[batch, classes];
                    ref RunningStats st = ref table.At(0);
                    st.Max = double.NegativeInfinity;
                    st.Sum = 0.0;
                    for (int b = 0; b < batch; b++)
                    {
                        for (int c = 0; c < classes; c++) st.Max = Math.Max(st.Max, x[b, c]); //~ LG0001
                        for (int c = 0; c < classes; c++) st.Sum += y[b, c] = Math.Exp(x[b, c] - st.Max); //~ LG0002
                        for (int c = 0; c < classes; c++) y[b, c] /= st.Sum;
                    }
                    return y;
                }
            }
            """,
        // flat float, two-pass fold through ref Stats st = ref table.At(r) per row: silent
        ["TableAtPerRow_FlatFloatTwoPass"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public sealed class Table
            {
                private readonly Stats[] _items;
                public Table(int n) { _items = new Stats[n]; }
                public ref Stats At(int r) { return ref _items[r]; }
            }
            public static class Repro
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    var table = new Table(rows);
                    for (int r = 0; r < rows; r++)
                    {
                        ref Stats st = ref table.At(r);
                        st.Max = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) st.Max = MathF.Max(st.Max, x[r * cols + j]);
                        st.Sum = 0f;
                        for (int j = 0; j < cols; j++) st.Sum += y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max);
                    }
                    for (int r = 0; r < rows; r++)
                    {
                        ref readonly Stats st = ref table.At(r);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= st.Sum;
                    }
                }
            }
            """,
        // the same with st bound once to table.At(0) above the row loop: LG0001 + LG0002
        ["TableAtFirstSlot_FlatFloatTwoPass"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public sealed class Table
            {
                private readonly Stats[] _items;
                public Table(int n) { _items = new Stats[n]; }
                public ref Stats At(int r) { return ref _items[r]; }
            }
            public static class Repro
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    var table = new Table(rows);
                    ref Stats st = ref table.At(0);
                    st.Max = float.NegativeInfinity;
                    st.Sum = 0f;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int j = 0; j < cols; j++) st.Max = MathF.Max(st.Max, x[r * cols + j]); //~ LG0001
                        for (int j = 0; j < cols; j++) st.Sum += y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max); //~ LG0002
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= st.Sum;
                    }
                }
            }
            """,
        // a static accessor taking the array: ref Stats st = ref Slot(stats, r) per row: silent
        ["StaticSlotPerRow_FlatFloat"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public static class Repro
            {
                private static ref Stats Slot(Stats[] all, int r) => ref all[r];

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    var stats = new Stats[rows];
                    for (int r = 0; r < rows; r++)
                    {
                        ref Stats st = ref Slot(stats, r);
                        st.Max = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) st.Max = MathF.Max(st.Max, x[r * cols + j]);
                        st.Sum = 0f;
                        for (int j = 0; j < cols; j++) st.Sum += y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= st.Sum;
                    }
                }
            }
            """,
        // the same bound once to Slot(stats, 0) above the row loop: LG0001 + LG0002
        ["StaticSlotFirstSlot_FlatFloat"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public static class Repro
            {
                private static ref Stats Slot(Stats[] all, int r) => ref all[r];

                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    var stats = new Stats[rows];
                    ref Stats st = ref Slot(stats, 0);
                    st.Max = float.NegativeInfinity;
                    st.Sum = 0f;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int j = 0; j < cols; j++) st.Max = MathF.Max(st.Max, x[r * cols + j]); //~ LG0001
                        for (int j = 0; j < cols; j++) st.Sum += y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max); //~ LG0002
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= st.Sum;
                    }
                }
            }
            """,
        // a readonly struct over a primary-constructor array, At(b) per row of a jagged batch: silent
        ["PrimaryStructAtPerRow_Jagged"] = """
            using System;
            public struct Stats { public double Max; public double Sum; }
            public readonly struct StatsRow(Stats[] items)
            {
                public ref Stats At(int b) => ref items[b];
            }
            public static class Repro
            {
                public static double[][] Run(double[][] x)
                {
                    var stats = new StatsRow(new Stats[x.Length]);
                    var y = new double[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        ref Stats st = ref stats.At(b);
                        st.Max = double.NegativeInfinity;
                        foreach (double v in x[b]) st.Max = Math.Max(st.Max, v);
                        st.Sum = 0.0;
                        y[b] = new double[x[b].Length];
                        for (int c = 0; c < x[b].Length; c++) st.Sum += y[b][c] = Math.Exp(x[b][c] - st.Max);
                        for (int c = 0; c < x[b].Length; c++) y[b][c] /= st.Sum;
                    }
                    return y;
                }
            }
            """,
        // HeldOut76's shape: a class-major readonly struct, the peak per class over the batch: LG0004
        ["CellClassMajor_PeakPerClass"] = """
            using System;
            public readonly struct Activations(double[] data, int classes, int batch)
            {
                public int Classes => classes;
                public int Batch => batch;
                public ref double Cell(int c, int b) => ref data[c * batch + b];
            }
            public static class ColumnSoftmax
            {
                public static void InPlace(Activations z)
                {
                    var peak = new double[z.Classes];
                    for (int c = 0; c < z.Classes; c++)
                    {
                        peak[c] = double.NegativeInfinity;
                        for (int b = 0; b < z.Batch; b++) peak[c] = Math.Max(peak[c], z.Cell(c, b)); //~ LG0004
                    }
                    for (int b = 0; b < z.Batch; b++)
                    {
                        double norm = 0.0;
                        for (int c = 0; c < z.Classes; c++)
                        {
                            ref double v = ref z.Cell(c, b);
                            v = Math.Exp(v - peak[c]);
                            norm += v;
                        }
                        for (int c = 0; c < z.Classes; c++) z.Cell(c, b) /= norm;
                    }
                }
            }
            """,
        // the same storage, the peak per sample over the classes: silent
        ["CellClassMajor_PeakPerSample"] = """
            using System;
            public readonly struct Activations(double[] data, int classes, int batch)
            {
                public int Classes => classes;
                public int Batch => batch;
                public ref double Cell(int c, int b) => ref data[c * batch + b];
            }
            public static class ColumnSoftmax
            {
                public static void InPlace(Activations z)
                {
                    for (int b = 0; b < z.Batch; b++)
                    {
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < z.Classes; c++) peak = Math.Max(peak, z.Cell(c, b));
                        double norm = 0.0;
                        for (int c = 0; c < z.Classes; c++)
                        {
                            ref double v = ref z.Cell(c, b);
                            v = Math.Exp(v - peak);
                            norm += v;
                        }
                        for (int c = 0; c < z.Classes; c++) z.Cell(c, b) /= norm;
                    }
                }
            }
            """,
        // a row-major class with a ref accessor over a private field, raw exp written back through it: LG0003
        ["AtRowMajor_RawExp"] = """
            using System;
            public sealed class Matrix(int rows, int cols)
            {
                private readonly float[] _cells = new float[rows * cols];
                public int Rows { get; } = rows;
                public int Cols { get; } = cols;
                public ref float At(int r, int c) => ref _cells[r * Cols + c];
            }
            public static class Activation
            {
                public static void SoftmaxRows(Matrix m)
                {
                    for (int r = 0; r < m.Rows; r++)
                    {
                        float total = 0f;
                        for (int c = 0; c < m.Cols; c++)
                        {
                            m.At(r, c) = MathF.Exp(m.At(r, c)); //~ LG0003
                            total += m.At(r, c);
                        }
                        for (int c = 0; c < m.Cols; c++) m.At(r, c) /= total;
                    }
                }
            }
            """,
        // the same with the row's max subtracted: silent
        ["AtRowMajor_RowMaxShift"] = """
            using System;
            public sealed class Matrix(int rows, int cols)
            {
                private readonly float[] _cells = new float[rows * cols];
                public int Rows { get; } = rows;
                public int Cols { get; } = cols;
                public ref float At(int r, int c) => ref _cells[r * Cols + c];
            }
            public static class Activation
            {
                public static void SoftmaxRows(Matrix m)
                {
                    for (int r = 0; r < m.Rows; r++)
                    {
                        float hi = float.NegativeInfinity;
                        for (int c = 0; c < m.Cols; c++) hi = MathF.Max(hi, m.At(r, c));
                        float total = 0f;
                        for (int c = 0; c < m.Cols; c++)
                        {
                            m.At(r, c) = MathF.Exp(m.At(r, c) - hi);
                            total += m.At(r, c);
                        }
                        for (int c = 0; c < m.Cols; c++) m.At(r, c) /= total;
                    }
                }
            }
            """,
        // the max declared above the row loop and never reset: LG0001
        ["AtRowMajor_MaxNeverReset"] = """
            using System;
            public sealed class Matrix(int rows, int cols)
            {
                private readonly float[] _cells = new float[rows * cols];
                public int Rows { get; } = rows;
                public int Cols { get; } = cols;
                public ref float At(int r, int c) => ref _cells[r * Cols + c];
            }
            public static class Activation
            {
                public static void SoftmaxRows(Matrix m)
                {
                    float hi = float.NegativeInfinity;
                    for (int r = 0; r < m.Rows; r++)
                    {
                        for (int c = 0; c < m.Cols; c++) hi = MathF.Max(hi, m.At(r, c)); //~ LG0001
                        float total = 0f;
                        for (int c = 0; c < m.Cols; c++)
                        {
                            m.At(r, c) = MathF.Exp(m.At(r, c) - hi);
                            total += m.At(r, c);
                        }
                        for (int c = 0; c < m.Cols; c++) m.At(r, c) /= total;
                    }
                }
            }
            """,
        // a static accessor over a column-major float array passed in, the peak per class over the samples: LG0004
        ["StaticCell_ColumnMajorPerClassPeak"] = """
            using System;
            public static class Repro
            {
                private static ref float Cell(float[] z, int samples, int c, int s) => ref z[c * samples + s];

                public static void Run(float[] z, int classes, int samples)
                {
                    var peak = new float[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        peak[c] = float.NegativeInfinity;
                        for (int s = 0; s < samples; s++) peak[c] = MathF.Max(peak[c], Cell(z, samples, c, s)); //~ LG0004
                    }
                    for (int s = 0; s < samples; s++)
                    {
                        float norm = 0f;
                        for (int c = 0; c < classes; c++) norm += Cell(z, samples, c, s) = MathF.Exp(Cell(z, samples, c, s) - peak[c]);
                        for (int c = 0; c < classes; c++) Cell(z, samples, c, s) /= norm;
                    }
                }
            }
            """,
        // the same accessor, the peak per sample over the classes: silent
        ["StaticCell_ColumnMajorPerSample"] = """
            using System;
            public static class Repro
            {
                private static ref float Cell(float[] z, int samples, int c, int s) => ref z[c * samples + s];

                public static void Run(float[] z, int classes, int samples)
                {
                    for (int s = 0; s < samples; s++)
                    {
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < classes; c++) peak = MathF.Max(peak, Cell(z, samples, c, s));
                        float norm = 0f;
                        for (int c = 0; c < classes; c++) norm += Cell(z, samples, c, s) = MathF.Exp(Cell(z, samples, c, s) - peak);
                        for (int c = 0; c < classes; c++) Cell(z, samples, c, s) /= norm;
                    }
                }
            }
            """,
    };
}
