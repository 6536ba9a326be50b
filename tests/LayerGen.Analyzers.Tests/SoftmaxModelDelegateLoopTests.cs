using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A lambda passed to the file's own higher-order helper (<c>Loop(n, i =&gt; …)</c>, <c>For(from, to, body)</c>,
/// <c>ForEachRow(rows, (row, i) =&gt; …)</c>, <c>Stream(x, start, count, sink)</c>, <c>Accumulate(n, f)</c>) runs where the
/// helper invokes its delegate parameter: inside the helper's loop, the lambda's parameters bound to the invocation's
/// arguments (HeldOut78's blind misses <c>ForHelper_PeakPerClass</c>, <c>ForEachRowHelper_BatchPeak</c>,
/// <c>OnlineCallback_ClassPeaks</c>, <c>SumOfCallback_RawRows</c>). A max, sum or exp inside the lambda is then read
/// as the same code written in a <c>for</c> loop; per-row state owned by the lambda stays per row.
/// </summary>
public class SoftmaxModelDelegateLoopTests
{
    private const string Helpers = """
            private static void Loop(int count, Action<int> step)
            {
                for (int i = 0; i < count; i++) step(i);
            }

            private static void For(int from, int to, Action<int> body)
            {
                for (int i = from; i < to; i++) body.Invoke(i);
            }

            private static void ForEachRow(float[][] rows, Action<float[], int> visit)
            {
                for (int i = 0; i < rows.Length; i++) visit(rows[i], i);
            }

            private static void ForEachRow(double[][] rows, Action<double[], int> visit)
            {
                for (int i = 0; i < rows.Length; i++)
                {
                    var row = rows[i];
                    visit(row, i);
                }
            }

            private static void Stream(double[] data, int start, int count, Action<double> sink)
            {
                for (int i = start; i < start + count; i++) sink(data[i]);
            }

            private static double Accumulate(int count, Func<int, double> f)
            {
                double acc = 0;
                for (int i = 0; i < count; i++) acc += f(i);
                return acc;
            }
        """;

    /// <summary>
    /// Row-major <c>double[batch, classes]</c> with every loop a <c>Loop</c> lambda: a peak per class (folded along the
    /// batch) with sums per sample is LG0004 at the fold (x = [[0, 1000], [0, 1000]] shifts class 0 by 0 and class 1 by
    /// 1000: the ratios change); the per-row peak owned by the row lambda is silent.
    /// </summary>
    [Theory]
    [InlineData("peak[c] = Math.Max(peak[c], x[b, c])")]
    [InlineData("{ if (x[b, c] > peak[c]) peak[c] = x[b, c]; }")]
    public async Task LoopHelper_PerClassPeakIsLG0004_PerRowPeakSilent(string fold)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
            {{Helpers}}
                public static double[,] PerClass(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var peak = new double[classes];
                    Loop(classes, c =>
                    {
                        peak[c] = double.NegativeInfinity;
                        Loop(batch, b => {{fold}}); //~ LG0004
                    });
                    var y = new double[batch, classes];
                    Loop(batch, b =>
                    {
                        double sum = 0;
                        Loop(classes, c => sum += y[b, c] = Math.Exp(x[b, c] - peak[c]));
                        Loop(classes, c => y[b, c] /= sum);
                    });
                    return y;
                }

                public static double[,] PerRow(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var y = new double[batch, classes];
                    Loop(batch, b =>
                    {
                        double m = double.NegativeInfinity;
                        Loop(classes, c => m = Math.Max(m, x[b, c]));
                        double sum = 0;
                        Loop(classes, c => sum += y[b, c] = Math.Exp(x[b, c] - m));
                        Loop(classes, c => y[b, c] /= sum);
                    });
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Column-major <c>float[classes, batch]</c> with <c>For(from, to, body)</c> invoking <c>body.Invoke(i)</c>: one
    /// peak over every sample is LG0001 at the fold (samples [0, 0] and [-1000, -1000]: 0 / 0); the per-sample peak is silent.
    /// </summary>
    [Fact]
    public async Task ForHelper_ColumnMajor_WholePeakIsLG0001_PerSampleSilent()
    {
        var source = $$"""
            using System;

            public static class Repro
            {
            {{Helpers}}
                public static float[,] PerSample(float[,] z)
                {
                    int classes = z.GetLength(0), batch = z.GetLength(1);
                    var p = new float[classes, batch];
                    For(0, batch, b =>
                    {
                        float m = float.NegativeInfinity;
                        For(0, classes, c => { if (z[c, b] > m) m = z[c, b]; });
                        float s = 0f;
                        For(0, classes, c => { p[c, b] = MathF.Exp(z[c, b] - m); s += p[c, b]; });
                        For(0, classes, c => p[c, b] /= s);
                    });
                    return p;
                }

                public static float[,] Whole(float[,] z)
                {
                    int classes = z.GetLength(0), batch = z.GetLength(1);
                    var p = new float[classes, batch];
                    float m = float.NegativeInfinity;
                    For(0, batch, b => For(0, classes, c => m = MathF.Max(m, z[c, b]))); //~ LG0001
                    For(0, batch, b =>
                    {
                        float s = 0f;
                        For(0, classes, c => { p[c, b] = MathF.Exp(z[c, b] - m); s += p[c, b]; });
                        For(0, classes, c => p[c, b] /= s);
                    });
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Jagged rows visited by <c>ForEachRow(rows, (row, i) =&gt; …)</c>: a peak folded over every row in a first pass is
    /// LG0001 at the fold (not LG0003 at the exp: the exp is shifted, by the wrong max); the row's own peak is silent.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF")]
    [InlineData("double", "Math")]
    public async Task ForEachRowHelper_Jagged_BatchPeakIsLG0001_RowPeakSilent(string type, string math)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
            {{Helpers}}
                public static {{type}}[][] Batch({{type}}[][] logits)
                {
                    {{type}} top = {{type}}.NegativeInfinity;
                    ForEachRow(logits, (row, _) =>
                    {
                        foreach ({{type}} v in row) top = {{math}}.Max(top, v); //~ LG0001
                    });
                    var probs = new {{type}}[logits.Length][];
                    ForEachRow(logits, (row, i) =>
                    {
                        var p = new {{type}}[row.Length];
                        {{type}} z = 0;
                        for (int j = 0; j < row.Length; j++) { p[j] = {{math}}.Exp(row[j] - top); z += p[j]; }
                        for (int j = 0; j < row.Length; j++) p[j] /= z;
                        probs[i] = p;
                    });
                    return probs;
                }

                public static {{type}}[][] PerRow({{type}}[][] logits)
                {
                    var probs = new {{type}}[logits.Length][];
                    ForEachRow(logits, (row, i) =>
                    {
                        {{type}} top = {{type}}.NegativeInfinity;
                        foreach ({{type}} v in row) top = {{math}}.Max(top, v);
                        var p = new {{type}}[row.Length];
                        {{type}} z = 0;
                        for (int j = 0; j < row.Length; j++) { p[j] = {{math}}.Exp(row[j] - top); z += p[j]; }
                        for (int j = 0; j < row.Length; j++) p[j] /= z;
                        probs[i] = p;
                    });
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Flat buffers streamed through <c>Stream(x, start, count, v =&gt; …)</c>: class-major per-class peaks with per-sample
    /// sums are LG0004 at the sink's fold; a row-major stream of one row (start <c>r * classes</c>, count <c>classes</c>) is
    /// that row's peak and silent.
    /// </summary>
    [Fact]
    public async Task StreamHelper_Flat_ClassPeakIsLG0004_RowStreamSilent()
    {
        var source = $$"""
            using System;

            public static class Repro
            {
            {{Helpers}}
                public static double[] ClassPeaks(double[] x, int classes)
                {
                    int batch = x.Length / classes;
                    var peak = new double[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        int cls = c;
                        peak[cls] = double.NegativeInfinity;
                        Stream(x, cls * batch, batch, v => peak[cls] = Math.Max(peak[cls], v)); //~ LG0004
                    }
                    var y = new double[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        double z = 0;
                        for (int c = 0; c < classes; c++) z += y[c * batch + b] = Math.Exp(x[c * batch + b] - peak[c]);
                        for (int c = 0; c < classes; c++) y[c * batch + b] /= z;
                    }
                    return y;
                }

                public static double[] RowPeaks(double[] x, int classes)
                {
                    int batch = x.Length / classes;
                    var y = new double[x.Length];
                    for (int r = 0; r < batch; r++)
                    {
                        double m = double.NegativeInfinity;
                        Stream(x, r * classes, classes, v => m = Math.Max(m, v));
                        double z = 0;
                        for (int c = 0; c < classes; c++) z += y[r * classes + c] = Math.Exp(x[r * classes + c] - m);
                        for (int c = 0; c < classes; c++) y[r * classes + c] /= z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// <c>Accumulate(n, f)</c> summing what its <c>Func&lt;int, double&gt;</c> returns: raw exps written by the callback
    /// are LG0003 at the exp (rows of ±1000 overflow); the callback writing shifted exps is silent.
    /// </summary>
    [Fact]
    public async Task AccumulateHelper_RawExpIsLG0003_ShiftedSilent()
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
            {{Helpers}}
                public static List<double[]> Raw(List<double[]> rows)
                {
                    var result = new List<double[]>(rows.Count);
                    foreach (double[] row in rows)
                    {
                        var e = new double[row.Length];
                        double z = Accumulate(row.Length, i => e[i] = Math.Exp(row[i])); //~ LG0003
                        result.Add(Array.ConvertAll(e, v => v / z));
                    }
                    return result;
                }

                public static List<double[]> Shifted(List<double[]> rows)
                {
                    var result = new List<double[]>(rows.Count);
                    foreach (double[] row in rows)
                    {
                        double m = row.Max();
                        var e = new double[row.Length];
                        double z = Accumulate(row.Length, i => e[i] = Math.Exp(row[i] - m));
                        result.Add(Array.ConvertAll(e, v => v / z));
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A <c>Func&lt;int, double&gt;</c> element accessor passed to a normaliser with an explicit shift: the exp reads the
    /// caller's row, so one batch max passed as the shift is LG0001 at the max (rows [0, 0], [-1000, -1000]: 0 / 0); the
    /// row's own max passed as the shift is silent.
    /// </summary>
    [Theory]
    [InlineData("k => row[k]")]
    [InlineData("k => batch[i][k]")]
    public async Task AccessorHelper_SharedShiftIsLG0001_RowShiftSilent(string accessor)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                private static void Normalise(int count, Func<int, double> logit, double shift, double[] into)
                {
                    double total = 0;
                    for (int k = 0; k < count; k++) total += into[k] = Math.Exp(logit(k) - shift);
                    for (int k = 0; k < count; k++) into[k] /= total;
                }

                public static double[][] Shared(double[][] batch)
                {
                    double shift = batch.Max(row => row.Max()); //~ LG0001
                    var result = new double[batch.Length][];
                    for (int i = 0; i < batch.Length; i++)
                    {
                        double[] row = batch[i];
                        result[i] = new double[row.Length];
                        Normalise(row.Length, {{accessor}}, shift, result[i]);
                    }
                    return result;
                }

                public static double[][] PerRow(double[][] batch)
                {
                    var result = new double[batch.Length][];
                    for (int i = 0; i < batch.Length; i++)
                    {
                        double[] row = batch[i];
                        result[i] = new double[row.Length];
                        Normalise(row.Length, {{accessor}}, row.Max(), result[i]);
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A delegate local invoked once per row (<c>Action&lt;int&gt;</c>, <c>Action&lt;double[], double[]&gt;</c>): a peak
    /// captured from the method and only raised in the lambda carries over the rows, LG0001 at the fold; the lambda
    /// owning (or resetting) its peak is silent.
    /// </summary>
    [Theory]
    [InlineData("if (t > peak) peak = t;")]
    [InlineData("peak = Math.Max(peak, t);")]
    public async Task DelegateLocal_CapturedPeakNeverResetIsLG0001_OwnedPeakSilent(string fold)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[][] Captured(double[][] scores)
                {
                    var result = new double[scores.Length][];
                    double peak = double.NegativeInfinity;
                    Action<double[], double[]> normalise = (src, dst) =>
                    {
                        foreach (double t in src)
                            {{fold}} //~ LG0001
                        double z = 0;
                        for (int k = 0; k < src.Length; k++) z += dst[k] = Math.Exp(src[k] - peak);
                        for (int k = 0; k < dst.Length; k++) dst[k] /= z;
                    };
                    for (int i = 0; i < scores.Length; i++)
                    {
                        result[i] = new double[scores[i].Length];
                        normalise(scores[i], result[i]);
                    }
                    return result;
                }

                public static double[][] Reset(double[][] scores)
                {
                    var result = new double[scores.Length][];
                    double peak = double.NegativeInfinity;
                    Action<int> normalise = i =>
                    {
                        peak = double.NegativeInfinity;
                        foreach (double t in scores[i])
                            {{fold}}
                        double z = 0;
                        for (int k = 0; k < scores[i].Length; k++) z += result[i][k] = Math.Exp(scores[i][k] - peak);
                        for (int k = 0; k < scores[i].Length; k++) result[i][k] /= z;
                    };
                    for (int i = 0; i < scores.Length; i++)
                    {
                        result[i] = new double[scores[i].Length];
                        normalise(i);
                    }
                    return result;
                }

                public static float[,] Owned(float[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var y = new float[batch, classes];
                    Action<int> row = r =>
                    {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = MathF.Max(m, x[r, c]);
                        float s = 0f;
                        for (int c = 0; c < classes; c++) s += y[r, c] = MathF.Exp(x[r, c] - m);
                        for (int c = 0; c < classes; c++) y[r, c] /= s;
                    };
                    for (int r = 0; r < batch; r++) row(r);
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A flat row-major <c>float[]</c> with a delegate local <c>Action&lt;int&gt;</c> given each row's offset: one
    /// captured peak over every row is LG0001 at the fold; the peak declared in the lambda is silent.
    /// </summary>
    [Fact]
    public async Task DelegateLocal_FlatOffsets_CapturedPeakIsLG0001()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Captured(float[] x, float[] y, int rows, int cols)
                {
                    float m = float.NegativeInfinity;
                    Action<int> normalise = o =>
                    {
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[o + j]); //~ LG0001
                        float s = 0f;
                        for (int j = 0; j < cols; j++) s += y[o + j] = MathF.Exp(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    };
                    for (int r = 0; r < rows; r++) normalise(r * cols);
                }

                public static void Owned(float[] x, float[] y, int rows, int cols)
                {
                    Action<int> normalise = o =>
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[o + j]);
                        float s = 0f;
                        for (int j = 0; j < cols; j++) s += y[o + j] = MathF.Exp(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    };
                    for (int r = 0; r < rows; r++) normalise(r * cols);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
