using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Loop shapes of HeldOut75's pinned misses: a fold in a loop with no condition (ended by a break guard or by the caught
/// <c>IndexOutOfRangeException</c> at the buffer's end), a flag-seeded maximum (<c>if (!haveMax || v &gt; m)</c>), a
/// hand-unrolled fold stepping by 2 or 4 and reading every lane; and correct ragged-slice walks. Each bug is asserted at
/// its line with its ID; each correct twin (the same shape bounded by the slice) is asserted silent.
/// </summary>
public class SoftmaxModelUnusualLoopTests
{
    /// <summary>Bugs (marked) and correct twins (no marker), by name.</summary>
    public static TheoryData<string> Sources => new()
    {
        // 1. Unconditioned loops.
        """
        using System;
        public static class ExceptionEndedFlat
        {
            public static double[] Softmax(double[] logits, int classes)
            {
                var probs = new double[logits.Length];
                for (int s = 0; s * classes < logits.Length; s++)
                {
                    int first = s * classes, k = first;
                    double peak = double.NegativeInfinity;
                    try
                    {
                        for (;;) peak = Math.Max(peak, logits[k++]); //~ LG0001
                    }
                    catch (IndexOutOfRangeException)
                    {
                    }
                    double norm = 0;
                    for (k = first; k < first + classes; k++) norm += probs[k] = Math.Exp(logits[k] - peak);
                    for (k = first; k < first + classes; k++) probs[k] /= norm;
                }
                return probs;
            }
        }
        """,
        """
        using System;
        public static class BreakGuardFlat
        {
            public static float[] Softmax(float[] x, int n)
            {
                var y = new float[x.Length];
                for (int o = 0; o + n <= x.Length; o += n)
                {
                    float peak = float.NegativeInfinity;
                    int k = o;
                    for (;;)
                    {
                        if (k >= x.Length) break;
                        peak = MathF.Max(peak, x[k++]); //~ LG0001
                    }
                    float s = 0f;
                    for (int j = 0; j < n; j++) s += y[o + j] = MathF.Exp(x[o + j] - peak);
                    for (int j = 0; j < n; j++) y[o + j] /= s;
                }
                return y;
            }
        }
        """,
        """
        using System;
        public static class WhileTrueSpan
        {
            public static void Softmax(ReadOnlySpan<double> x, Span<double> y, int n)
            {
                for (int o = 0; o + n <= x.Length; o += n)
                {
                    double peak = double.NegativeInfinity;
                    int k = o;
                    while (true)
                    {
                        if (x.Length <= k) break;
                        if (x[k] > peak) peak = x[k]; //~ LG0001
                        k++;
                    }
                    double s = 0;
                    for (int j = o; j < o + n; j++) s += y[j] = Math.Exp(x[j] - peak);
                    for (int j = o; j < o + n; j++) y[j] /= s;
                }
            }
        }
        """,
        """
        using System;
        public static class ExceptionEndedJagged
        {
            public static double[][] Softmax(double[][] x)
            {
                var p = new double[x.Length][];
                for (int r = 0; r < x.Length; r++)
                {
                    double[] row = x[r];
                    p[r] = new double[row.Length];
                    double peak = double.NegativeInfinity;
                    int k = 0;
                    try
                    {
                        for (;;) peak = Math.Max(peak, row[k++]);
                    }
                    catch (IndexOutOfRangeException)
                    {
                    }
                    double s = 0;
                    for (int j = 0; j < row.Length; j++) s += p[r][j] = Math.Exp(row[j] - peak);
                    for (int j = 0; j < row.Length; j++) p[r][j] /= s;
                }
                return p;
            }
        }
        """,
        """
        using System;
        public static class BreakGuardRowEnd
        {
            public static float[] Softmax(float[] x, int n)
            {
                var y = new float[x.Length];
                for (int o = 0; o + n <= x.Length; o += n)
                {
                    float peak = float.NegativeInfinity;
                    int k = o;
                    for (;;)
                    {
                        if (k >= o + n) break;
                        peak = MathF.Max(peak, x[k++]);
                    }
                    float s = 0f;
                    for (int j = 0; j < n; j++) s += y[o + j] = MathF.Exp(x[o + j] - peak);
                    for (int j = 0; j < n; j++) y[o + j] /= s;
                }
                return y;
            }
        }
        """,
        """
        using System;
        public static class ExceptionEndedSlice
        {
            public static double[] Softmax(double[] x, int n)
            {
                var y = new double[x.Length];
                for (int o = 0; o + n <= x.Length; o += n)
                {
                    double peak = double.NegativeInfinity;
                    var row = new ArraySegment<double>(x, o, n).ToArray();
                    int k = 0;
                    try
                    {
                        for (;;) peak = Math.Max(peak, row[k++]);
                    }
                    catch (IndexOutOfRangeException)
                    {
                    }
                    double s = 0;
                    for (int j = 0; j < n; j++) s += y[o + j] = Math.Exp(x[o + j] - peak);
                    for (int j = 0; j < n; j++) y[o + j] /= s;
                }
                return y;
            }
        }
        """,

        // 2. Flag-seeded maxima.
        """
        using System;
        public static class FlagNeverCleared
        {
            public static float[] Softmax(float[] scores, int moves)
            {
                var result = new float[scores.Length];
                bool haveMax = false;
                float m = 0f;
                for (int pos = 0; pos * moves < scores.Length; pos++)
                {
                    int o = pos * moves;
                    for (int k = 0; k < moves; k++)
                    {
                        float v = scores[o + k];
                        if (!haveMax || v > m) //~ LG0001
                        {
                            m = v;
                            haveMax = true;
                        }
                    }
                    float s = 0f;
                    for (int k = 0; k < moves; k++) s += MathF.Exp(scores[o + k] - m);
                    for (int k = 0; k < moves; k++) result[o + k] = MathF.Exp(scores[o + k] - m) / s;
                }
                return result;
            }
        }
        """,
        """
        using System;
        public static class FirstFlagNeverSet
        {
            public static double[,] Softmax(double[,] x)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var p = new double[rows, cols];
                bool first = true;
                double m = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                        if (first || x[r, c] > m) { m = x[r, c]; first = false; } //~ LG0001
                    double s = 0;
                    for (int c = 0; c < cols; c++) s += p[r, c] = Math.Exp(x[r, c] - m);
                    for (int c = 0; c < cols; c++) p[r, c] /= s;
                }
                return p;
            }
        }
        """,
        """
        using System;
        public static class FlagClearedPerRow
        {
            public static float[] Softmax(float[] scores, int moves)
            {
                var result = new float[scores.Length];
                bool haveMax;
                float m = 0f;
                for (int o = 0; o + moves <= scores.Length; o += moves)
                {
                    haveMax = false;
                    for (int k = 0; k < moves; k++)
                    {
                        if (haveMax == false || scores[o + k] > m)
                        {
                            m = scores[o + k];
                            haveMax = true;
                        }
                    }
                    float s = 0f;
                    for (int k = 0; k < moves; k++) s += result[o + k] = MathF.Exp(scores[o + k] - m);
                    for (int k = 0; k < moves; k++) result[o + k] /= s;
                }
                return result;
            }
        }
        """,
        """
        using System;
        public static class FirstFlagPerRow
        {
            public static double[,] Softmax(double[,] x)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var p = new double[rows, cols];
                double m = 0;
                for (int r = 0; r < rows; r++)
                {
                    bool first = true;
                    for (int c = 0; c < cols; c++)
                        if (first || x[r, c] > m) { m = x[r, c]; first = false; }
                    double s = 0;
                    for (int c = 0; c < cols; c++) s += p[r, c] = Math.Exp(x[r, c] - m);
                    for (int c = 0; c < cols; c++) p[r, c] /= s;
                }
                return p;
            }
        }
        """,

        // 3. Hand-unrolled folds.
        """
        using System;
        public static class PairsOverBatch
        {
            public static double[] Softmax(double[] z, int classes, int batch)
            {
                var peak = new double[classes];
                for (int c = 0; c < classes; c++)
                {
                    int row = c * batch;
                    double p = (batch & 1) == 1 ? z[row + batch - 1] : double.NegativeInfinity;
                    for (int b = 0; b + 1 < batch; b += 2)
                        p = Math.Max(p, Math.Max(z[row + b], z[row + b + 1])); //~ LG0004
                    peak[c] = p;
                }
                var a = new double[z.Length];
                for (int b = 0; b < batch; b++)
                {
                    double total = 0.0;
                    for (int c = 0; c < classes; c++) total += a[c * batch + b] = Math.Exp(z[c * batch + b] - peak[c]);
                    for (int c = 0; c < classes; c++) a[c * batch + b] /= total;
                }
                return a;
            }
        }
        """,
        """
        using System;
        public static class FourLanesOverBatch
        {
            public static float[] Softmax(float[] z, int classes, int batch)
            {
                var peak = new float[classes];
                for (int c = 0; c < classes; c++)
                {
                    float p = float.NegativeInfinity;
                    int b = 0;
                    for (; b + 3 < batch; b += 4)
                        p = MathF.Max(p, MathF.Max(MathF.Max(z[c * batch + b], z[c * batch + b + 1]), MathF.Max(z[c * batch + b + 2], z[c * batch + b + 3]))); //~ LG0004
                    peak[c] = p;
                }
                var a = new float[z.Length];
                for (int b = 0; b < batch; b++)
                {
                    float total = 0f;
                    for (int c = 0; c < classes; c++) total += a[c * batch + b] = MathF.Exp(z[c * batch + b] - peak[c]);
                    for (int c = 0; c < classes; c++) a[c * batch + b] /= total;
                }
                return a;
            }
        }
        """,
        """
        using System;
        public static class PairsOverClasses
        {
            public static double[] Softmax(double[] z, int classes)
            {
                var a = new double[z.Length];
                for (int row = 0; row + classes <= z.Length; row += classes)
                {
                    double p = (classes & 1) == 1 ? z[row + classes - 1] : double.NegativeInfinity;
                    for (int c = 0; c + 1 < classes; c += 2)
                        p = Math.Max(p, Math.Max(z[row + c], z[row + c + 1]));
                    double total = 0.0;
                    for (int c = 0; c < classes; c++) total += a[row + c] = Math.Exp(z[row + c] - p);
                    for (int c = 0; c < classes; c++) a[row + c] /= total;
                }
                return a;
            }
        }
        """,
        """
        using System;
        public static class FourLanesOverClasses
        {
            public static float[] Softmax(float[] z, int classes)
            {
                var a = new float[z.Length];
                for (int o = 0; o + classes <= z.Length; o += classes)
                {
                    float p = float.NegativeInfinity;
                    int c = 0;
                    for (; c + 3 < classes; c += 4)
                    {
                        p = MathF.Max(p, z[o + c]);
                        p = MathF.Max(p, z[o + c + 1]);
                        p = MathF.Max(p, z[o + c + 2]);
                        p = MathF.Max(p, z[o + c + 3]);
                    }
                    for (; c < classes; c++) p = MathF.Max(p, z[o + c]);
                    float total = 0f;
                    for (int j = 0; j < classes; j++) total += a[o + j] = MathF.Exp(z[o + j] - p);
                    for (int j = 0; j < classes; j++) a[o + j] /= total;
                }
                return a;
            }
        }
        """,

        // 4. Ragged slices walked from their own start (correct; the sum-from-0 bug is not found yet).
        """
        using System;
        public static class GrowingLimitFromSliceStart
        {
            public static double[] Normalise(double[] scores, int[] lengths)
            {
                var outp = new double[scores.Length];
                int seq = 0, limit = 0;
                while (seq < lengths.Length)
                {
                    int from = limit;
                    limit += lengths[seq++];
                    double m = double.NegativeInfinity;
                    int i = from;
                    while (i < limit) m = Math.Max(m, scores[i++]);
                    double denominator = 0.0;
                    for (i = from; i < limit; i++) denominator += Math.Exp(scores[i] - m);
                    for (i = from; i < limit; i++) outp[i] = Math.Exp(scores[i] - m) / denominator;
                }
                return outp;
            }
        }
        """,
        """
        using System;
        public static class EndsArrayFromSliceStart
        {
            public static float[] Softmax(float[] packed, int[] ends)
            {
                var probs = new float[packed.Length];
                for (int r = 0; r < ends.Length; r++)
                {
                    int from = r == 0 ? 0 : ends[r - 1];
                    int limit = ends[r];
                    float m = float.NegativeInfinity;
                    for (int i = from; i < limit; i++) m = MathF.Max(m, packed[i]);
                    float z = 0f;
                    for (int i = from; i < limit; i++) z += MathF.Exp(packed[i] - m);
                    for (int i = from; i < limit; i++) probs[i] = MathF.Exp(packed[i] - m) / z;
                }
                return probs;
            }
        }
        """,
        """
        using System;
        public static class RaggedRowCopies
        {
            public static float[] Softmax(float[] packed, int[] lengths)
            {
                var probs = new float[packed.Length];
                int from = 0;
                for (int r = 0; r < lengths.Length; r++)
                {
                    int len = lengths[r];
                    var row = new float[len];
                    for (int i = 0; i < len; i++) row[i] = packed[from + i];
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < len; i++) m = MathF.Max(m, row[i]);
                    float z = 0f;
                    for (int i = 0; i < len; i++) z += row[i] = MathF.Exp(row[i] - m);
                    for (int i = 0; i < len; i++) probs[from + i] = row[i] / z;
                    from += len;
                }
                return probs;
            }
        }
        """,
    };

    /// <summary>Every marked line is reported with its ID, nothing else is; an unmarked source is silent.</summary>
    [Theory]
    [MemberData(nameof(Sources))]
    public async Task ReportsExactlyTheMarkedFolds(string source) =>
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
}
