using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Elements read through a user accessor method that returns a value, not a reference (HeldOut88's
/// <c>TransposeView_PeakOverTransposed</c>): <c>float At(int i, int j) =&gt; _data[i * _cols + j]</c> on a class, record or
/// struct holding the buffer, a <c>return</c>-bodied accessor, a transposed view whose accessor swaps its arguments, a
/// static accessor over an array parameter (a jagged <c>rows[i][j]</c> accessor is not read: its storage is an element). A call is the element its body returns with the caller's arguments in its
/// index, exactly as a user indexer or a ref accessor is read: a whole-buffer max is LG0001, a per-class peak with
/// per-sample sums LG0004, a raw exp LG0003, a sum never reset LG0002; the same code with per-slice reductions is silent.
/// </summary>
public class SoftmaxModelValueAccessorTests
{
    /// <summary>Each case's marked lines are reported with their IDs, and nothing else.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ValueAccessorReads(string name) => await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Sources[name]);

    /// <summary>Case names of <see cref="ValueAccessorReads"/>.</summary>
    public static TheoryData<string> Cases => new(Sources.Keys);

    private static readonly Dictionary<string, string> Sources = new()
    {
        // class, flat row-major float, expression-bodied At: max over the whole buffer
        ["ClassFlatRowMajor_WholeMax"] = """
            using System;
            public sealed class Mat
            {
                private readonly float[] _data;
                private readonly int _cols;
                public Mat(float[] data, int cols) { _data = data; _cols = cols; }
                public int Rows => _data.Length / _cols;
                public int Cols => _cols;
                public float At(int i, int j) => _data[i * _cols + j];
            }
            public static class Ops
            {
                public static float[] Softmax(Mat x)
                {
                    var p = new float[x.Rows * x.Cols];
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Rows; i++)
                        for (int j = 0; j < x.Cols; j++) m = MathF.Max(m, x.At(i, j)); //~ LG0001
                    for (int i = 0; i < x.Rows; i++)
                    {
                        float s = 0f;
                        for (int j = 0; j < x.Cols; j++) s += p[i * x.Cols + j] = MathF.Exp(x.At(i, j) - m);
                        for (int j = 0; j < x.Cols; j++) p[i * x.Cols + j] /= s;
                    }
                    return p;
                }
            }
            """,
        // the same with the max reset per row: silent
        ["ClassFlatRowMajor_RowMax"] = """
            using System;
            public sealed class Mat
            {
                private readonly float[] _data;
                private readonly int _cols;
                public Mat(float[] data, int cols) { _data = data; _cols = cols; }
                public int Rows => _data.Length / _cols;
                public int Cols => _cols;
                public float At(int i, int j) => _data[i * _cols + j];
            }
            public static class Ops
            {
                public static float[] Softmax(Mat x)
                {
                    var p = new float[x.Rows * x.Cols];
                    for (int i = 0; i < x.Rows; i++)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < x.Cols; j++) m = MathF.Max(m, x.At(i, j));
                        float s = 0f;
                        for (int j = 0; j < x.Cols; j++) s += p[i * x.Cols + j] = MathF.Exp(x.At(i, j) - m);
                        for (int j = 0; j < x.Cols; j++) p[i * x.Cols + j] /= s;
                    }
                    return p;
                }
            }
            """,
        // positional record, class-major (classes, batch), return-bodied accessor: per-class peak over the batch
        ["RecordClassMajor_PerClassPeak"] = """
            using System;
            public sealed record Scores(double[] Data, int Classes, int Batch)
            {
                public double Get(int c, int b)
                {
                    return Data[c * Batch + b];
                }
            }
            public static class Ops
            {
                public static double[] Softmax(Scores z)
                {
                    var p = new double[z.Classes * z.Batch];
                    var peak = new double[z.Classes];
                    for (int c = 0; c < z.Classes; c++)
                    {
                        peak[c] = double.NegativeInfinity;
                        for (int b = 0; b < z.Batch; b++)
                            if (z.Get(c, b) > peak[c]) peak[c] = z.Get(c, b); //~ LG0004
                    }
                    for (int b = 0; b < z.Batch; b++)
                    {
                        double s = 0;
                        for (int c = 0; c < z.Classes; c++) s += p[c * z.Batch + b] = Math.Exp(z.Get(c, b) - peak[c]);
                        for (int c = 0; c < z.Classes; c++) p[c * z.Batch + b] /= s;
                    }
                    return p;
                }
            }
            """,
        // the same with a per-sample peak: silent
        ["RecordClassMajor_PerSamplePeak"] = """
            using System;
            public sealed record Scores(double[] Data, int Classes, int Batch)
            {
                public double Get(int c, int b)
                {
                    return Data[c * Batch + b];
                }
            }
            public static class Ops
            {
                public static double[] Softmax(Scores z)
                {
                    var p = new double[z.Classes * z.Batch];
                    var peak = new double[z.Batch];
                    for (int b = 0; b < z.Batch; b++)
                    {
                        peak[b] = double.NegativeInfinity;
                        for (int c = 0; c < z.Classes; c++)
                            if (z.Get(c, b) > peak[b]) peak[b] = z.Get(c, b);
                    }
                    for (int b = 0; b < z.Batch; b++)
                    {
                        double s = 0;
                        for (int c = 0; c < z.Classes; c++) s += p[c * z.Batch + b] = Math.Exp(z.Get(c, b) - peak[b]);
                        for (int c = 0; c < z.Classes; c++) p[c * z.Batch + b] /= s;
                    }
                    return p;
                }
            }
            """,
        // a transposed view over a row-major (batch, classes) buffer: At(c, b) swaps its arguments; peak per class is LG0004
        ["TransposedView_PerClassPeak"] = """
            using System;
            public readonly struct ClassView
            {
                private readonly float[] _buffer;
                private readonly int _classes;
                public ClassView(float[] buffer, int classes) { _buffer = buffer; _classes = classes; }
                public float At(int c, int b) => _buffer[b * _classes + c];
            }
            public static class Ops
            {
                public static float[] Softmax(float[] logits, int batch, int classes)
                {
                    var v = new ClassView(logits, classes);
                    var peak = new float[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        peak[c] = float.NegativeInfinity;
                        for (int b = 0; b < batch; b++) peak[c] = MathF.Max(peak[c], v.At(c, b)); //~ LG0004
                    }
                    var p = new float[batch * classes];
                    for (int b = 0; b < batch; b++)
                    {
                        float s = 0f;
                        for (int c = 0; c < classes; c++) s += p[b * classes + c] = MathF.Exp(v.At(c, b) - peak[c]);
                        for (int c = 0; c < classes; c++) p[b * classes + c] /= s;
                    }
                    return p;
                }
            }
            """,
        // the same view with the peak per sample: silent
        ["TransposedView_PerSamplePeak"] = """
            using System;
            public readonly struct ClassView
            {
                private readonly float[] _buffer;
                private readonly int _classes;
                public ClassView(float[] buffer, int classes) { _buffer = buffer; _classes = classes; }
                public float At(int c, int b) => _buffer[b * _classes + c];
            }
            public static class Ops
            {
                public static float[] Softmax(float[] logits, int batch, int classes)
                {
                    var v = new ClassView(logits, classes);
                    var p = new float[batch * classes];
                    for (int b = 0; b < batch; b++)
                    {
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < classes; c++) peak = MathF.Max(peak, v.At(c, b));
                        float s = 0f;
                        for (int c = 0; c < classes; c++) s += p[b * classes + c] = MathF.Exp(v.At(c, b) - peak);
                        for (int c = 0; c < classes; c++) p[b * classes + c] /= s;
                    }
                    return p;
                }
            }
            """,
        // 2-D storage, raw exp read through the accessor: LG0003
        ["Rectangular_RawExp"] = """
            using System;
            public sealed class Grid
            {
                private readonly double[,] _cells;
                public Grid(double[,] cells) => _cells = cells;
                public int Rows => _cells.GetLength(0);
                public int Cols => _cells.GetLength(1);
                public double Cell(int r, int c) => _cells[r, c];
            }
            public static class Ops
            {
                public static double[,] Softmax(Grid g)
                {
                    var p = new double[g.Rows, g.Cols];
                    for (int r = 0; r < g.Rows; r++)
                    {
                        double s = 0;
                        for (int c = 0; c < g.Cols; c++) s += p[r, c] = Math.Exp(g.Cell(r, c)); //~ LG0003
                        for (int c = 0; c < g.Cols; c++) p[r, c] /= s;
                    }
                    return p;
                }
            }
            """,
        // 2-D storage, shifted by the row's own max: silent
        ["Rectangular_ShiftedExp"] = """
            using System;
            public sealed class Grid
            {
                private readonly double[,] _cells;
                public Grid(double[,] cells) => _cells = cells;
                public int Rows => _cells.GetLength(0);
                public int Cols => _cells.GetLength(1);
                public double Cell(int r, int c) => _cells[r, c];
            }
            public static class Ops
            {
                public static double[,] Softmax(Grid g)
                {
                    var p = new double[g.Rows, g.Cols];
                    for (int r = 0; r < g.Rows; r++)
                    {
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < g.Cols; c++) m = Math.Max(m, g.Cell(r, c));
                        double s = 0;
                        for (int c = 0; c < g.Cols; c++) s += p[r, c] = Math.Exp(g.Cell(r, c) - m);
                        for (int c = 0; c < g.Cols; c++) p[r, c] /= s;
                    }
                    return p;
                }
            }
            """,
        // static accessor over a flat array parameter into a jagged output; max over the whole batch: LG0001
        ["StaticFlat_WholeMax"] = """
            using System;
            public static class Ops
            {
                private static float Get(float[] a, int n, int i, int j) => a[i * n + j];

                public static float[][] Softmax(float[] x, int rows, int n)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < n; j++)
                            if (Get(x, n, i, j) > m) m = Get(x, n, i, j); //~ LG0001
                    var p = new float[rows][];
                    for (int i = 0; i < rows; i++)
                    {
                        p[i] = new float[n];
                        float s = 0f;
                        for (int j = 0; j < n; j++) s += p[i][j] = MathF.Exp(Get(x, n, i, j) - m);
                        for (int j = 0; j < n; j++) p[i][j] /= s;
                    }
                    return p;
                }
            }
            """,
        // the same static accessor, max per row: silent
        ["StaticFlat_RowMax"] = """
            using System;
            public static class Ops
            {
                private static float Get(float[] a, int n, int i, int j) => a[i * n + j];

                public static float[][] Softmax(float[] x, int rows, int n)
                {
                    var p = new float[rows][];
                    for (int i = 0; i < rows; i++)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < n; j++)
                            if (Get(x, n, i, j) > m) m = Get(x, n, i, j);
                        p[i] = new float[n];
                        float s = 0f;
                        for (int j = 0; j < n; j++) s += p[i][j] = MathF.Exp(Get(x, n, i, j) - m);
                        for (int j = 0; j < n; j++) p[i][j] /= s;
                    }
                    return p;
                }
            }
            """,
        // a sum declared above the row loop, exps read through the accessor: LG0002
        ["ClassFlat_SumNeverReset"] = """
            using System;
            public sealed class Mat
            {
                private readonly double[] _data;
                private readonly int _cols;
                public Mat(double[] data, int cols) { _data = data; _cols = cols; }
                public int Rows => _data.Length / _cols;
                public int Cols => _cols;
                public double At(int i, int j) => _data[i * _cols + j];
            }
            public static class Ops
            {
                public static double[] Softmax(Mat x)
                {
                    var p = new double[x.Rows * x.Cols];
                    double s = 0;
                    for (int i = 0; i < x.Rows; i++)
                    {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < x.Cols; j++) m = Math.Max(m, x.At(i, j));
                        for (int j = 0; j < x.Cols; j++) s += p[i * x.Cols + j] = Math.Exp(x.At(i, j) - m); //~ LG0002
                        for (int j = 0; j < x.Cols; j++) p[i * x.Cols + j] /= s;
                    }
                    return p;
                }
            }
            """,
    };
}
