using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A self-recursive void walk over an index (if (i &gt;= n) return; body; Walk(…, i + 1, acc)) is modelled as the loop it
/// runs (RecursiveFold.Loops.cs, HelperInliner.RecursiveLoops.cs): a parameter handed on updated is an accumulator never
/// reset across the rows the recursion visits (HeldOut77's RaggedRows_CarriedPeak and TailAccumulator_CarriedRowTotal),
/// one handed a constant is reset per row. Bugs in several layouts and spellings, each with a correct twin.
/// </summary>
public class SoftmaxModelRecursiveLoopTests
{
    /// <summary>Correct: an int parameter handed on advanced (offset + cols) is an offset, not a reduction; every fold is reset per row.</summary>
    [Fact]
    public async Task CarriedOffset_Correct()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(float[] x, float[] y, int rows, int cols) => Walk(x, y, cols, 0, rows, 0);

                private static void Walk(float[] x, float[] y, int cols, int r, int rows, int offset)
                {
                    if (r >= rows) return;
                    float m = float.MinValue;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[offset + j]);
                    float s = 0f;
                    for (int j = 0; j < cols; j++)
                    {
                        y[offset + j] = MathF.Exp(x[offset + j] - m);
                        s += y[offset + j];
                    }

                    for (int j = 0; j < cols; j++) y[offset + j] /= s;
                    Walk(x, y, cols, r + 1, rows, offset + cols);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0001): a recursive local function over flat rows hands its max parameter on, so row r is shifted by the max of rows 0..r.</summary>
    [Fact]
    public async Task CarriedPeak_FlatLocalFunction()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(float[] x, float[] y, int rows, int cols)
                {
                    Row(0, float.NegativeInfinity);

                    void Row(int r, float peak)
                    {
                        if (r == rows) return;
                        int o = r * cols;
                        for (int j = 0; j < cols; j++) peak = MathF.Max(peak, x[o + j]); //~ LG0001
                        float z = 0f;
                        for (int j = 0; j < cols; j++) z += y[o + j] = MathF.Exp(x[o + j] - peak);
                        for (int j = 0; j < cols; j++) y[o + j] /= z;
                        Row(r + 1, peak);
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct twin: the local function hands float.NegativeInfinity on, the max is reset per row.</summary>
    [Fact]
    public async Task CarriedPeak_FlatLocalFunction_ResetTwin()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(float[] x, float[] y, int rows, int cols)
                {
                    Row(0, float.NegativeInfinity);

                    void Row(int r, float peak)
                    {
                        if (r == rows) return;
                        int o = r * cols;
                        for (int j = 0; j < cols; j++) peak = MathF.Max(peak, x[o + j]);
                        float z = 0f;
                        for (int j = 0; j < cols; j++) z += y[o + j] = MathF.Exp(x[o + j] - peak);
                        for (int j = 0; j < cols; j++) y[o + j] /= z;
                        Row(r + 1, float.NegativeInfinity);
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0001): HeldOut77's RaggedRows_CarriedPeak shape, peak = Math.Max(carried, x[i].Max()) handed on as Walk(x, y, i + 1, peak).</summary>
    [Fact]
    public async Task CarriedPeak_RaggedLinq()
    {
        var source = """
            using System;
            using System.Linq;

            public static class Repro
            {
                public static double[][] Softmax(double[][] x)
                {
                    var y = new double[x.Length][];
                    Walk(x, y, 0, double.NegativeInfinity);
                    return y;
                }

                private static void Walk(double[][] x, double[][] y, int i, double carried)
                {
                    if (i >= x.Length) return;
                    double peak = Math.Max(carried, x[i].Max()); //~ LG0001
                    double[] e = x[i].Select(v => Math.Exp(v - peak)).ToArray();
                    double total = e.Sum();
                    y[i] = e.Select(v => v / total).ToArray();
                    Walk(x, y, i + 1, peak);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct twin: the same walk hands double.NegativeInfinity on, so each row's peak is its own.</summary>
    [Fact]
    public async Task CarriedPeak_RaggedLinq_ResetTwin()
    {
        var source = """
            using System;
            using System.Linq;

            public static class Repro
            {
                public static double[][] Softmax(double[][] x)
                {
                    var y = new double[x.Length][];
                    Walk(x, y, 0, double.NegativeInfinity);
                    return y;
                }

                private static void Walk(double[][] x, double[][] y, int i, double carried)
                {
                    if (i >= x.Length) return;
                    double peak = Math.Max(carried, x[i].Max());
                    double[] e = x[i].Select(v => Math.Exp(v - peak)).ToArray();
                    double total = e.Sum();
                    y[i] = e.Select(v => v / total).ToArray();
                    Walk(x, y, i + 1, double.NegativeInfinity);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0001): column-major z[classes, batch], the walk over the columns hands the running peak on to the next column.</summary>
    [Fact]
    public async Task CarriedPeak_TwoDimColumns()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(double[,] z, double[,] p) => Column(z, p, 0, double.NegativeInfinity);

                private static void Column(double[,] z, double[,] p, int b, double seed)
                {
                    if (b == z.GetLength(1)) return;
                    double peak = seed;
                    for (int c = 0; c < z.GetLength(0); c++) peak = Math.Max(peak, z[c, b]); //~ LG0001
                    double sum = 0;
                    for (int c = 0; c < z.GetLength(0); c++) sum += p[c, b] = Math.Exp(z[c, b] - peak);
                    for (int c = 0; c < z.GetLength(0); c++) p[c, b] /= sum;
                    Column(z, p, b + 1, peak);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct twin: the walk hands its unchanged seed on; each column's peak starts from it.</summary>
    [Fact]
    public async Task CarriedPeak_TwoDimColumns_Correct()
    {
        var source = """
            using System;

            public static class Repro
            {
                // One softmax per column of z[classes, batch]; the walk visits the columns, each resets its own peak.
                public static void Softmax(double[,] z, double[,] p) => Column(z, p, 0, double.NegativeInfinity);

                private static void Column(double[,] z, double[,] p, int b, double seed)
                {
                    if (b == z.GetLength(1)) return;
                    double peak = seed;
                    for (int c = 0; c < z.GetLength(0); c++) peak = Math.Max(peak, z[c, b]);
                    double sum = 0;
                    for (int c = 0; c < z.GetLength(0); c++) sum += p[c, b] = Math.Exp(z[c, b] - peak);
                    for (int c = 0; c < z.GetLength(0); c++) p[c, b] /= sum;
                    Column(z, p, b + 1, seed);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0002): HeldOut77's TailAccumulator_CarriedRowTotal shape, total += e[j] handed on as Step(x, y, r + 1, total).</summary>
    [Fact]
    public async Task CarriedTotal_Jagged()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static float[][] Softmax(float[][] x)
                {
                    var y = new float[x.Length][];
                    Step(x, y, 0, 0f);
                    return y;
                }

                private static void Step(float[][] x, float[][] y, int r, float total)
                {
                    if (r == x.Length)
                    {
                        return;
                    }

                    float[] row = x[r];
                    float peak = row[0];
                    foreach (float v in row) peak = MathF.Max(peak, v);
                    var e = new float[row.Length];
                    for (int j = 0; j < row.Length; j++)
                    {
                        e[j] = MathF.Exp(row[j] - peak);
                        total += e[j]; //~ LG0002
                    }

                    for (int j = 0; j < row.Length; j++) e[j] /= total;
                    y[r] = e;
                    Step(x, y, r + 1, total);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct twin: Step(x, y, r + 1, 0f), the total is reset per row.</summary>
    [Fact]
    public async Task CarriedTotal_Jagged_ResetTwin()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static float[][] Softmax(float[][] x)
                {
                    var y = new float[x.Length][];
                    Step(x, y, 0, 0f);
                    return y;
                }

                private static void Step(float[][] x, float[][] y, int r, float total)
                {
                    if (r == x.Length)
                    {
                        return;
                    }

                    float[] row = x[r];
                    float peak = row[0];
                    foreach (float v in row) peak = MathF.Max(peak, v);
                    var e = new float[row.Length];
                    for (int j = 0; j < row.Length; j++)
                    {
                        e[j] = MathF.Exp(row[j] - peak);
                        total += e[j];
                    }

                    for (int j = 0; j < row.Length; j++) e[j] /= total;
                    y[r] = e;
                    Step(x, y, r + 1, 0f);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0002): spans sliced per row, a local initialised from the accumulator parameter is summed into and handed on.</summary>
    [Fact]
    public async Task CarriedTotal_SpanStatic()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(ReadOnlySpan<double> x, Span<double> y, int cols) => Walk(x, y, cols, 0, 0.0);

                private static void Walk(ReadOnlySpan<double> x, Span<double> y, int cols, int r, double acc)
                {
                    if (r == x.Length / cols) return;
                    ReadOnlySpan<double> row = x.Slice(r * cols, cols);
                    Span<double> dst = y.Slice(r * cols, cols);
                    double m = row[0];
                    for (int j = 1; j < row.Length; j++) m = Math.Max(m, row[j]);
                    double next = acc;
                    for (int j = 0; j < row.Length; j++)
                    {
                        dst[j] = Math.Exp(row[j] - m);
                        next += dst[j]; //~ LG0002
                    }

                    for (int j = 0; j < row.Length; j++) dst[j] /= next;
                    Walk(x, y, cols, r + 1, next);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Bug (LG0002): the guard spelling if (r &lt; rows) { …; Rows(x, y, r + 1, sum); } over a 2-D array.</summary>
    [Fact]
    public async Task CarriedTotal_TwoDimGuard()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(double[,] x, double[,] y) => Rows(x, y, 0, 0.0);

                private static void Rows(double[,] x, double[,] y, int r, double sum)
                {
                    if (r < x.GetLength(0))
                    {
                        int cols = x.GetLength(1);
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                        for (int c = 0; c < cols; c++)
                        {
                            y[r, c] = Math.Exp(x[r, c] - m);
                            sum += y[r, c]; //~ LG0002
                        }

                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                        Rows(x, y, r + 1, sum);
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct twin: the same walk with the sum a local of each call.</summary>
    [Fact]
    public async Task CarriedTotal_TwoDimGuard_LocalTwin()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Softmax(double[,] x, double[,] y) => Rows(x, y, 0);

                private static void Rows(double[,] x, double[,] y, int r)
                {
                    if (r < x.GetLength(0))
                    {
                        int cols = x.GetLength(1);
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                        double sum = 0.0;
                        for (int c = 0; c < cols; c++)
                        {
                            y[r, c] = Math.Exp(x[r, c] - m);
                            sum += y[r, c];
                        }

                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                        Rows(x, y, r + 1);
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Correct: the walk also hands on a counter and the row's peak to a parameter it never reads.</summary>
    [Fact]
    public async Task RowCounter_Correct()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static int Softmax(float[][] x, float[][] y) => Walk(x, y, 0, 0);

                private static int Walk(float[][] x, float[][] y, int r, int visited) => r;

                public static void Rows(float[][] x, float[][] y, int r, int visited, float previousPeak)
                {
                    if (r >= x.Length) return;
                    float[] row = x[r];
                    float peak = float.NegativeInfinity;
                    foreach (float v in row) peak = MathF.Max(peak, v);
                    var e = new float[row.Length];
                    float z = 0f;
                    for (int j = 0; j < row.Length; j++) z += e[j] = MathF.Exp(row[j] - peak);
                    for (int j = 0; j < row.Length; j++) e[j] /= z;
                    y[r] = e;
                    Rows(x, y, r + 1, visited + 1, peak);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
