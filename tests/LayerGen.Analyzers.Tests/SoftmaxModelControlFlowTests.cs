using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Unusual control flow (HeldOut75): accumulators reset in a <c>finally</c> of the row body are reset for every row
/// (the <c>finally</c> runs on every way out of the <c>try</c>, the <c>continue</c> included), and a max fold written as
/// a guarded switch section (<c>case float v when v &gt; m: m = v;</c>) is the fold <c>if (x &gt; m) m = x;</c>. A reset in
/// a <c>finally</c> that some row skips, or that runs only on some paths through the <c>finally</c>, still carries.
/// </summary>
public class SoftmaxModelControlFlowTests
{
    /// <summary>HeldOut75's <c>TryFinally_ResetInFinally</c> shape: spans, flat rows, reset in finally, continue through it.</summary>
    [Fact]
    public async Task FinallyReset_SpanRows_Silent() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(ReadOnlySpan<float> input, Span<float> output, int width)
            {
                float peak = float.NegativeInfinity;
                float sum = 0f;
                for (int start = 0; start + width <= input.Length; start += width)
                {
                    try
                    {
                        if (width == 1) { output[start] = 1f; continue; }
                        for (int i = start; i < start + width; i++) peak = MathF.Max(peak, input[i]);
                        for (int i = start; i < start + width; i++) { output[i] = MathF.Exp(input[i] - peak); sum += output[i]; }
                        for (int i = start; i < start + width; i++) output[i] /= sum;
                    }
                    finally
                    {
                        peak = float.NegativeInfinity;
                        sum = 0f;
                    }
                }
            }
        }
        """);

    /// <summary>Jagged double rows in a <c>foreach</c>, if-fold, reset in finally: silent.</summary>
    [Fact]
    public async Task FinallyReset_JaggedForeach_Silent() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(double[][] rows)
            {
                double m = double.NegativeInfinity, s = 0;
                foreach (var row in rows)
                {
                    try
                    {
                        for (int j = 0; j < row.Length; j++) if (row[j] > m) m = row[j];
                        for (int j = 0; j < row.Length; j++) s += Math.Exp(row[j] - m);
                        for (int j = 0; j < row.Length; j++) row[j] = Math.Exp(row[j] - m) / s;
                    }
                    finally { s = 0; m = double.NegativeInfinity; }
                }
            }
        }
        """);

    /// <summary>A rectangular matrix walked by a <c>while</c>, reset in finally: silent.</summary>
    [Fact]
    public async Task FinallyReset_RectangularWhile_Silent() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static float[,] Softmax(float[,] x)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var y = new float[rows, cols];
                float m = float.NegativeInfinity, z = 0f;
                int r = 0;
                while (r < rows)
                {
                    try
                    {
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                        for (int c = 0; c < cols; c++) z += y[r, c] = MathF.Exp(x[r, c] - m);
                        for (int c = 0; c < cols; c++) y[r, c] /= z;
                    }
                    finally
                    {
                        m = float.NegativeInfinity;
                        z = 0f;
                        r++;
                    }
                }
                return y;
            }
        }
        """);

    /// <summary>The finally resets the peak only: the sum spans every row so far (LG0002 at the sum).</summary>
    [Fact]
    public async Task FinallyResetsPeakOnly_SumIsLG0002() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(ReadOnlySpan<double> x, Span<double> y, int n)
            {
                double peak = double.NegativeInfinity, sum = 0;
                for (int o = 0; o + n <= x.Length; o += n)
                {
                    try
                    {
                        for (int i = o; i < o + n; i++) peak = Math.Max(peak, x[i]);
                        for (int i = o; i < o + n; i++)
                        {
                            y[i] = Math.Exp(x[i] - peak);
                            sum += y[i]; //~ LG0002
                        }
                        for (int i = o; i < o + n; i++) y[i] /= sum;
                    }
                    finally { peak = double.NegativeInfinity; }
                }
            }
        }
        """);

    /// <summary>The finally resets the peak only on the first row (a path through the finally skips it): LG0001.</summary>
    [Fact]
    public async Task FinallyResetOnSomePathsOnly_PeakIsLG0001() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(float[][] x, float[][] y)
            {
                float peak = float.NegativeInfinity;
                for (int r = 0; r < x.Length; r++)
                {
                    float sum = 0f;
                    try
                    {
                        for (int k = 0; k < x[r].Length; k++) peak = MathF.Max(peak, x[r][k]); //~ LG0001
                        for (int k = 0; k < x[r].Length; k++) sum += y[r][k] = MathF.Exp(x[r][k] - peak);
                        for (int k = 0; k < x[r].Length; k++) y[r][k] /= sum;
                    }
                    finally
                    {
                        if (r == 0) peak = float.NegativeInfinity;
                    }
                }
            }
        }
        """);

    /// <summary>The try/finally is entered on even rows only: odd rows carry the peak on (LG0001).</summary>
    [Fact]
    public async Task FinallyOnEvenRowsOnly_PeakIsLG0001() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(double[] x, double[] y, int rows, int cols)
            {
                double peak = double.NegativeInfinity;
                for (int r = 0; r < rows; r++)
                {
                    if (r % 2 == 0)
                    {
                        try { y[r * cols] = y[r * cols]; }
                        finally { peak = double.NegativeInfinity; }
                    }
                    for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r * cols + c]); //~ LG0001
                    double sum = 0;
                    for (int c = 0; c < cols; c++) sum += y[r * cols + c] = Math.Exp(x[r * cols + c] - peak);
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                }
            }
        }
        """);

    /// <summary>The try/finally wraps the whole row loop: the reset runs once, after every row (LG0001).</summary>
    [Fact]
    public async Task FinallyAroundRowLoop_PeakIsLG0001() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                float peak = float.NegativeInfinity;
                try
                {
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++) if (x[r * cols + c] > peak) peak = x[r * cols + c]; //~ LG0001
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                    }
                }
                finally { peak = float.NegativeInfinity; }
            }
        }
        """);

    /// <summary>HeldOut75's <c>SwitchGuards_ClassPeaks</c>: a per-class peak over the batch by a guarded switch, per-sample sums (LG0004).</summary>
    [Fact]
    public async Task GuardedSwitch_JaggedClassPeaks_IsLG0004() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static float[][] Softmax(float[][] x)
            {
                int classes = x.Length == 0 ? 0 : x[0].Length;
                var peaks = new float[classes];
                Array.Fill(peaks, float.NegativeInfinity);
                for (int c = 0; c < classes; c++)
                    for (int b = 0; b < x.Length; b++)
                        switch (x[b][c]) { case float v when v > peaks[c]: peaks[c] = v; break; default: break; } //~ LG0004
                var y = new float[x.Length][];
                for (int b = 0; b < x.Length; b++)
                {
                    y[b] = new float[classes];
                    float sum = 0f;
                    for (int c = 0; c < classes; c++) { y[b][c] = MathF.Exp(x[b][c] - peaks[c]); sum += y[b][c]; }
                    for (int c = 0; c < classes; c++) y[b][c] /= sum;
                }
                return y;
            }
        }
        """);

    /// <summary>The twin: per-sample peaks by the same guarded switch (over the classes of the row): silent.</summary>
    [Fact]
    public async Task GuardedSwitch_JaggedSamplePeaks_Silent() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static float[][] Softmax(float[][] x)
            {
                var y = new float[x.Length][];
                for (int b = 0; b < x.Length; b++)
                {
                    float peak = float.NegativeInfinity;
                    for (int c = 0; c < x[b].Length; c++)
                        switch (x[b][c]) { case float v when v > peak: peak = v; break; default: break; }
                    y[b] = new float[x[b].Length];
                    float sum = 0f;
                    for (int c = 0; c < x[b].Length; c++) { y[b][c] = MathF.Exp(x[b][c] - peak); sum += y[b][c]; }
                    for (int c = 0; c < x[b].Length; c++) y[b][c] /= sum;
                }
                return y;
            }
        }
        """);

    /// <summary>A whole-buffer peak by a multi-line guarded switch (var pattern, block body) over flat rows: LG0001 at the case.</summary>
    [Fact]
    public async Task GuardedSwitch_FlatWholeBuffer_IsLG0001() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(double[] x, double[] y, int rows, int cols)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++)
                {
                    switch (x[i])
                    {
                        case var v when m < v: //~ LG0001
                        {
                            m = v;
                            break;
                        }
                    }
                }
                for (int r = 0; r < rows; r++)
                {
                    double s = 0;
                    for (int c = 0; c < cols; c++) s += y[r * cols + c] = Math.Exp(x[r * cols + c] - m);
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                }
            }
        }
        """);

    /// <summary>The twin: the same multi-line guarded switch per row of the flat buffer: silent.</summary>
    [Fact]
    public async Task GuardedSwitch_FlatPerRow_Silent() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static void Softmax(double[] x, double[] y, int rows, int cols)
            {
                for (int r = 0; r < rows; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < cols; c++)
                    {
                        switch (x[r * cols + c])
                        {
                            case var v when m < v:
                            {
                                m = v;
                                break;
                            }
                        }
                    }
                    double s = 0;
                    for (int c = 0; c < cols; c++) s += y[r * cols + c] = Math.Exp(x[r * cols + c] - m);
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                }
            }
        }
        """);

    /// <summary>Column-major <c>z[classes, batch]</c>: a per-class peak (along the batch) by a guarded switch is LG0004; per-sample is silent.</summary>
    [Fact]
    public async Task GuardedSwitch_ColumnMajor_PerClassIsLG0004_PerSampleSilent() => await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;

        public static class Repro
        {
            public static double[,] PerClass(double[,] z)
            {
                int classes = z.GetLength(0), batch = z.GetLength(1);
                var peak = new double[classes];
                for (int c = 0; c < classes; c++)
                {
                    peak[c] = double.NegativeInfinity;
                    for (int b = 0; b < batch; b++)
                        switch (z[c, b]) { case double v when v > peak[c]: peak[c] = v; break; } //~ LG0004
                }
                var a = new double[classes, batch];
                for (int b = 0; b < batch; b++)
                {
                    double sum = 0;
                    for (int c = 0; c < classes; c++) sum += a[c, b] = Math.Exp(z[c, b] - peak[c]);
                    for (int c = 0; c < classes; c++) a[c, b] /= sum;
                }
                return a;
            }

            public static double[,] PerSample(double[,] z)
            {
                int classes = z.GetLength(0), batch = z.GetLength(1);
                var a = new double[classes, batch];
                for (int b = 0; b < batch; b++)
                {
                    double peak = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                        switch (z[c, b]) { case double v when v > peak: peak = v; break; }
                    double sum = 0;
                    for (int c = 0; c < classes; c++) sum += a[c, b] = Math.Exp(z[c, b] - peak);
                    for (int c = 0; c < classes; c++) a[c, b] /= sum;
                }
                return a;
            }
        }
        """);
}
