using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// subrange2/subrange3: a softmax over a sub-range of one row (<c>[from, from + count)</c>, a prefix <c>[0, classes)</c> of a
/// wider row, one half <c>h * half + k</c>) shifted by a maximum folded over the row's whole width: the maximum spans
/// the slice and more along the same axis (LG0001), not another axis (LG0004). The slice is a strict part only when the
/// site shows it (an index offset, a start past 0, a slice of the maximum's view); a bound that is merely a count is not.
/// 2-D, jagged, flat and span spellings; the correct twins fold exactly the softmax's sub-range, bound the prefix by a
/// count only, or mask the fold (last round's three false reports and their look-alikes).
/// Numerical labels: every LG0001 case gives NaN when the rest of the row is 1000 above the slice (every exp
/// underflows), every silent case a finite distribution for the same input.
/// </summary>
public class SoftmaxModelSubRangeTests
{
    // ---- Reported: the fold walks the whole row, the softmax a part of it. ----

    [Fact]
    public Task TwoD_FromCount_WholeRowMax_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int from, int count)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new float[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    float shift = float.MinValue;
                    for (int i = 0; i < stride; i++) shift = MathF.Max(shift, raw[a, i]); //~ LG0001
                    float z = 0f;
                    for (int i = from; i < from + count; i++) { p[a, i] = MathF.Exp(raw[a, i] - shift); z += p[a, i]; }
                    for (int i = from; i < from + count; i++) p[a, i] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_PrefixBesideRest_WholeRowMax_Double_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[,] raw, int classes)
            {
                var p = new double[raw.GetLength(0), raw.GetLength(1)];
                for (int a = 0; a < raw.GetLength(0); a++)
                {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < raw.GetLength(1); i++) if (raw[a, i] > m) m = raw[a, i]; //~ LG0001
                    double z = 0, w = 0;
                    for (int i = 0; i < classes; i++) { p[a, i] = Math.Exp(raw[a, i] - m); z += p[a, i]; }
                    for (int i = 0; i < classes; i++) p[a, i] /= z;
                    for (int i = classes; i < raw.GetLength(1); i++) { p[a, i] = Math.Exp(raw[a, i] - m); w += p[a, i]; }
                    for (int i = classes; i < raw.GetLength(1); i++) p[a, i] /= w;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_PrefixCountOnly_WholeRowMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // classes is the row width passed as a count: no sign at the site that the prefix is a strict part.
            static double[,] F(double[,] raw, int classes)
            {
                var p = new double[raw.GetLength(0), classes];
                for (int a = 0; a < raw.GetLength(0); a++)
                {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < raw.GetLength(1); i++) if (raw[a, i] > m) m = raw[a, i];
                    double z = 0;
                    for (int i = 0; i < classes; i++) { p[a, i] = Math.Exp(raw[a, i] - m); z += p[a, i]; }
                    for (int i = 0; i < classes; i++) p[a, i] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_Halves_WholeRowMax_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int half)
            {
                int rows = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new float[rows, stride];
                for (int a = 0; a < rows; a++)
                {
                    float m = float.MinValue;
                    for (int i = 0; i < stride; i++) m = MathF.Max(m, raw[a, i]); //~ LG0001
                    for (int h = 0; h < 2; h++)
                    {
                        float z = 0f;
                        for (int k = 0; k < half; k++) { p[a, h * half + k] = MathF.Exp(raw[a, h * half + k] - m); z += p[a, h * half + k]; }
                        for (int k = 0; k < half; k++) p[a, h * half + k] /= z;
                    }
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_SharedHelper_ShiftPassedIn_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int classes, int bins)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new float[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    float shift = float.MinValue;
                    for (int i = 0; i < stride; i++) shift = MathF.Max(shift, raw[a, i]); //~ LG0001
                    Normalise(raw, p, a, 0, classes, shift);
                    for (int side = 0; side < 4; side++) Normalise(raw, p, a, classes + side * bins, bins, shift);
                }
                return p;
            }

            static void Normalise(float[,] raw, float[,] p, int a, int from, int count, float shift)
            {
                float z = 0f;
                for (int i = from; i < from + count; i++) { p[a, i] = MathF.Exp(raw[a, i] - shift); z += p[a, i]; }
                for (int i = from; i < from + count; i++) p[a, i] /= z;
            }
        }
        """);

    [Fact]
    public Task Jagged_FromCount_WholeRowMax_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[][] F(double[][] raw, int from, int count)
            {
                var p = new double[raw.Length][];
                for (int a = 0; a < raw.Length; a++)
                {
                    p[a] = new double[count];
                    double m = double.MinValue;
                    foreach (var v in raw[a]) m = Math.Max(m, v); //~ LG0001
                    double z = 0;
                    for (int k = 0; k < count; k++) { p[a][k] = Math.Exp(raw[a][from + k] - m); z += p[a][k]; }
                    for (int k = 0; k < count; k++) p[a][k] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task Span_SliceOfRow_WholeRowMax_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[] x, float[] p, int stride, int from, int count)
            {
                for (int r = 0; r < x.Length / stride; r++)
                {
                    ReadOnlySpan<float> row = x.AsSpan(r * stride, stride);
                    Span<float> q = p.AsSpan(r * count, count);
                    float m = float.MinValue;
                    for (int i = 0; i < row.Length; i++) m = MathF.Max(m, row[i]); //~ LG0001
                    var part = row.Slice(from, count);
                    float z = 0f;
                    for (int k = 0; k < part.Length; k++) { q[k] = MathF.Exp(part[k] - m); z += q[k]; }
                    for (int k = 0; k < part.Length; k++) q[k] /= z;
                }
            }
        }
        """);

    // ---- Silent: the fold walks exactly the softmax's part of the row. ----

    [Fact]
    public Task TwoD_FromCount_SliceMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int from, int count)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new float[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    float shift = float.MinValue;
                    for (int i = from; i < from + count; i++) shift = MathF.Max(shift, raw[a, i]);
                    float z = 0f;
                    for (int i = from; i < from + count; i++) { p[a, i] = MathF.Exp(raw[a, i] - shift); z += p[a, i]; }
                    for (int i = from; i < from + count; i++) p[a, i] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_Prefix_PrefixMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[,] raw, int classes)
            {
                var p = new double[raw.GetLength(0), classes];
                for (int a = 0; a < raw.GetLength(0); a++)
                {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < classes; i++) if (raw[a, i] > m) m = raw[a, i];
                    double z = 0;
                    for (int i = 0; i < classes; i++) { p[a, i] = Math.Exp(raw[a, i] - m); z += p[a, i]; }
                    for (int i = 0; i < classes; i++) p[a, i] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_Halves_EachOwnMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int half)
            {
                int rows = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new float[rows, stride];
                for (int a = 0; a < rows; a++)
                {
                    for (int h = 0; h < 2; h++)
                    {
                        float m = float.MinValue;
                        for (int k = 0; k < half; k++) m = MathF.Max(m, raw[a, h * half + k]);
                        float z = 0f;
                        for (int k = 0; k < half; k++) { p[a, h * half + k] = MathF.Exp(raw[a, h * half + k] - m); z += p[a, h * half + k]; }
                        for (int k = 0; k < half; k++) p[a, h * half + k] /= z;
                    }
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_CountIsStride_WholeRowMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                int count = stride;
                var p = new float[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    float shift = float.MinValue;
                    for (int i = 0; i < stride; i++) shift = MathF.Max(shift, raw[a, i]);
                    float z = 0f;
                    for (int i = 0; i < count; i++) { p[a, i] = MathF.Exp(raw[a, i] - shift); z += p[a, i]; }
                    for (int i = 0; i < count; i++) p[a, i] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task Jagged_FromCount_SliceMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[][] F(double[][] raw, int from, int count)
            {
                var p = new double[raw.Length][];
                for (int a = 0; a < raw.Length; a++)
                {
                    p[a] = new double[count];
                    double m = double.MinValue;
                    for (int k = 0; k < count; k++) m = Math.Max(m, raw[a][from + k]);
                    double z = 0;
                    for (int k = 0; k < count; k++) { p[a][k] = Math.Exp(raw[a][from + k] - m); z += p[a][k]; }
                    for (int k = 0; k < count; k++) p[a][k] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task Span_SliceOfRow_SliceMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[] x, float[] p, int stride, int from, int count)
            {
                for (int r = 0; r < x.Length / stride; r++)
                {
                    ReadOnlySpan<float> row = x.AsSpan(r * stride, stride);
                    Span<float> q = p.AsSpan(r * count, count);
                    var part = row.Slice(from, count);
                    float m = float.MinValue;
                    for (int i = 0; i < part.Length; i++) m = MathF.Max(m, part[i]);
                    float z = 0f;
                    for (int k = 0; k < part.Length; k++) { q[k] = MathF.Exp(part[k] - m); z += q[k]; }
                    for (int k = 0; k < part.Length; k++) q[k] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_MultiHead_PerHeadRange_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] scores, int heads, int keys)
            {
                int queries = scores.GetLength(0);
                var p = new float[queries, heads * keys];
                for (int q = 0; q < queries; q++)
                    for (int h = 0; h < heads; h++)
                    {
                        int o = h * keys;
                        float m = float.MinValue;
                        for (int k = 0; k < keys; k++) m = MathF.Max(m, scores[q, o + k]);
                        float z = 0f;
                        for (int k = 0; k < keys; k++) { p[q, o + k] = MathF.Exp(scores[q, o + k] - m); z += p[q, o + k]; }
                        for (int k = 0; k < keys; k++) p[q, o + k] /= z;
                    }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_PartsInlined_ClonedRow_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int classes, int bins)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = (float[,])raw.Clone();
                for (int a = 0; a < anchors; a++)
                {
                    float shift = float.MinValue;
                    for (int i = 0; i < stride; i++) shift = MathF.Max(shift, p[a, i]); //~ LG0001
                    for (int part = 0; part < 5; part++)
                    {
                        int from = part == 0 ? 0 : classes + (part - 1) * bins;
                        int count = part == 0 ? classes : bins;
                        float z = 0f;
                        for (int i = from; i < from + count; i++) { p[a, i] = MathF.Exp(p[a, i] - shift); z += p[a, i]; }
                        for (int i = from; i < from + count; i++) p[a, i] /= z;
                    }
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task Span_PairWideMax_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(double[] work, int n)
            {
                for (int r = 0; r < work.Length / (2 * n); r++)
                {
                    Span<double> pair = work.AsSpan(r * 2 * n, 2 * n);
                    Span<double> logits = pair[..n];
                    Span<double> probs = pair[n..];
                    double top = double.NegativeInfinity;
                    foreach (var v in pair) top = Math.Max(top, v); //~ LG0001
                    double sum = 0;
                    for (int i = 0; i < n; i++) { probs[i] = Math.Exp(logits[i] - top); sum += probs[i]; }
                    for (int i = 0; i < n; i++) probs[i] /= sum;
                }
            }
        }
        """);

    // ---- Silent twins of the spellings above. ----

    [Fact]
    public Task Span_PairLogitsMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(double[] work, int n)
            {
                for (int r = 0; r < work.Length / (2 * n); r++)
                {
                    Span<double> pair = work.AsSpan(r * 2 * n, 2 * n);
                    Span<double> logits = pair[..n];
                    Span<double> probs = pair[n..];
                    double top = double.NegativeInfinity;
                    foreach (var v in logits) top = Math.Max(top, v);
                    double sum = 0;
                    for (int i = 0; i < n; i++) { probs[i] = Math.Exp(logits[i] - top); sum += probs[i]; }
                    for (int i = 0; i < n; i++) probs[i] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_PartsInlined_PartMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] raw, int classes, int bins)
            {
                int anchors = raw.GetLength(0);
                var p = (float[,])raw.Clone();
                for (int a = 0; a < anchors; a++)
                {
                    for (int part = 0; part < 5; part++)
                    {
                        int from = part == 0 ? 0 : classes + (part - 1) * bins;
                        int count = part == 0 ? classes : bins;
                        float shift = float.MinValue;
                        for (int i = from; i < from + count; i++) shift = MathF.Max(shift, p[a, i]);
                        float z = 0f;
                        for (int i = from; i < from + count; i++) { p[a, i] = MathF.Exp(p[a, i] - shift); z += p[a, i]; }
                        for (int i = from; i < from + count; i++) p[a, i] /= z;
                    }
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task TwoD_WholeRow_BothLengthsSpelledApart_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[,] raw)
            {
                int width = raw.GetLength(1);
                var p = new double[raw.GetLength(0), width];
                for (int a = 0; a < raw.GetLength(0); a++)
                {
                    double m = double.MinValue;
                    for (int i = 0; i < raw.GetLength(1); i++) m = Math.Max(m, raw[a, i]);
                    double z = 0;
                    for (int i = 0; i < width; i++) { p[a, i] = Math.Exp(raw[a, i] - m); z += p[a, i]; }
                    for (int i = 0; i < width; i++) p[a, i] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task Jagged_WholeRow_ForeachMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[][] F(float[][] raw)
            {
                var p = new float[raw.Length][];
                for (int a = 0; a < raw.Length; a++)
                {
                    var row = raw[a];
                    p[a] = new float[row.Length];
                    float m = float.MinValue;
                    foreach (var v in row) m = MathF.Max(m, v);
                    float z = 0f;
                    for (int k = 0; k < row.Length; k++) { p[a][k] = MathF.Exp(row[k] - m); z += p[a][k]; }
                    for (int k = 0; k < row.Length; k++) p[a][k] /= z;
                }
                return p;
            }
        }
        """);

    // ---- Silent: look-alikes of last round's three false reports (a count bound, a masked fold, a per-call helper). ----

    [Fact]
    public Task Jagged_MaskedFoldOverLengths_PrefixSum_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[][] F(double[][] scores, int[] lengths)
            {
                var w = new double[scores.Length][];
                for (int r = 0; r < scores.Length; r++)
                {
                    double peak = double.NegativeInfinity;
                    for (int t = 0; t < scores[r].Length; t++) peak = t < lengths[r] ? Math.Max(peak, scores[r][t]) : peak;
                    w[r] = new double[scores[r].Length];
                    double total = 0;
                    for (int t = 0; t < lengths[r]; t++) { w[r][t] = Math.Exp(scores[r][t] - peak); total += w[r][t]; }
                    for (int t = 0; t < lengths[r]; t++) w[r][t] /= total;
                }
                return w;
            }
        }
        """);

    [Fact]
    public Task TwoD_MaskedFoldByIf_PrefixSum_Float_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[,] F(float[,] s, int[] lengths)
            {
                int rows = s.GetLength(0), cols = s.GetLength(1);
                var p = new float[rows, cols];
                for (int b = 0; b < rows; b++)
                {
                    float m = float.NegativeInfinity;
                    for (int t = 0; t < cols; t++) { if (t < lengths[b]) m = MathF.Max(m, s[b, t]); }
                    float z = 0f;
                    for (int t = 0; t < lengths[b]; t++) { p[b, t] = MathF.Exp(s[b, t] - m); z += p[b, t]; }
                    for (int t = 0; t < lengths[b]; t++) p[b, t] /= z;
                }
                return p;
            }
        }
        """);

    [Fact]
    public Task QaStartEnd_HelperPerVector_SpanLoopBeside_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        sealed class Prediction { public float[] Start { get; set; } = Array.Empty<float>(); public float[] End { get; set; } = Array.Empty<float>(); }
        static class C
        {
            static (int, int) Best(Prediction pr, int maxLength)
            {
                var start = Normalise(pr.Start);
                var end = Normalise(pr.End);
                (int s, int e, float p) best = (0, 0, -1f);
                for (int i = 0; i < start.Length; i++)
                    for (int j = i; j < Math.Min(end.Length, i + maxLength); j++)
                        if (start[i] * end[j] > best.p) best = (i, j, start[i] * end[j]);
                return (best.s, best.e);
            }

            static float[] Normalise(float[] logits)
            {
                float hi = logits[0];
                foreach (float l in logits) hi = Math.Max(hi, l);
                var p = new float[logits.Length];
                float total = 0f;
                for (int i = 0; i < logits.Length; i++) { p[i] = MathF.Exp(logits[i] - hi); total += p[i]; }
                for (int i = 0; i < p.Length; i++) p[i] /= total;
                return p;
            }
        }
        """);

    [Fact]
    public Task Memory_RowWindowHelpers_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static float[][] F(float[] flat, int classes)
            {
                var rows = new float[flat.Length / classes][];
                for (int r = 0; r < rows.Length; r++) rows[r] = Row(flat.AsMemory(r * classes, classes));
                return rows;
            }

            static float[] Row(ReadOnlyMemory<float> row)
            {
                float max = Peak(row.Span);
                var probs = new float[row.Length];
                float sum = ExpShifted(row.Span, max, probs);
                for (int j = 0; j < probs.Length; j++) probs[j] /= sum;
                return probs;
            }

            static float Peak(ReadOnlySpan<float> values)
            {
                float m = float.NegativeInfinity;
                foreach (float t in values) m = MathF.Max(m, t);
                return m;
            }

            static float ExpShifted(ReadOnlySpan<float> src, float shift, Span<float> dst)
            {
                float s = 0f;
                for (int j = 0; j < src.Length; j++) { dst[j] = MathF.Exp(src[j] - shift); s += dst[j]; }
                return s;
            }
        }
        """);

    [Fact]
    public Task Flat_RowOffset_RowMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[] x, float[] y, int cols)
            {
                for (int r = 0; r < x.Length / cols; r++)
                {
                    int o = r * cols;
                    float m = float.MinValue;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
                    float z = 0f;
                    for (int c = 0; c < cols; c++) { y[o + c] = MathF.Exp(x[o + c] - m); z += y[o + c]; }
                    for (int c = 0; c < cols; c++) y[o + c] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_SharedHelper_PrefixCallFirst_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[,] raw, int classes, int bins)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new double[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    double shift = double.MinValue;
                    for (int i = 0; i < stride; i++) shift = Math.Max(shift, raw[a, i]); //~ LG0001
                    Normalise(raw, p, a, 0, classes, shift);
                    Normalise(raw, p, a, classes, bins, shift);
                }
                return p;
            }

            static void Normalise(double[,] raw, double[,] p, int a, int from, int count, double shift)
            {
                double z = 0;
                for (int i = from; i < from + count; i++) { p[a, i] = Math.Exp(raw[a, i] - shift); z += p[a, i]; }
                for (int i = from; i < from + count; i++) p[a, i] /= z;
            }
        }
        """);

    // ---- subrange3: silent shapes of subrange2's false reports (tile merges, sliding windows, a row's own class index). ----

    [Fact]
    public Task Span_SlidingWindowSlice_WindowMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // HeldOut6 SlidingWindowLocalAttention: the window w = scores.Slice(k, window) moves with k, and so does its max.
            static double[,] F(ReadOnlySpan<double> scores, int window)
            {
                int count = scores.Length - window + 1;
                var weights = new double[count, window];
                for (int k = 0; k < count; k++)
                {
                    ReadOnlySpan<double> w = scores.Slice(k, window);
                    double hi = double.NegativeInfinity;
                    for (int j = 0; j < w.Length; j++) if (w[j] > hi) hi = w[j];
                    double sum = 0;
                    for (int j = 0; j < w.Length; j++) { weights[k, j] = Math.Exp(w[j] - hi); sum += weights[k, j]; }
                    for (int j = 0; j < w.Length; j++) weights[k, j] /= sum;
                }
                return weights;
            }
        }
        """);

    [Fact]
    public Task Flat_SlidingWindowOffset_WindowMax_Float_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // Causal local window [i - w + 1, i]: the max and the exps share the offset i - w + 1.
            static float[] F(float[] x, int w)
            {
                var y = new float[(x.Length - w + 1) * w];
                for (int i = w - 1; i < x.Length; i++)
                {
                    int o = (i - w + 1) * w;
                    float m = float.MinValue;
                    for (int k = 0; k < w; k++) m = MathF.Max(m, x[i - w + 1 + k]);
                    float z = 0f;
                    for (int k = 0; k < w; k++) { y[o + k] = MathF.Exp(x[i - w + 1 + k] - m); z += y[o + k]; }
                    for (int k = 0; k < w; k++) y[o + k] /= z;
                }
                return y;
            }
        }
        """);

    [Fact]
    public Task TwoD_SlidingWindowPerRow_WindowMax_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,,] F(double[,] x, int w)
            {
                int rows = x.GetLength(0), n = x.GetLength(1) - w + 1;
                var y = new double[rows, n, w];
                for (int r = 0; r < rows; r++)
                    for (int s = 0; s < n; s++)
                    {
                        double m = double.NegativeInfinity;
                        for (int k = s; k < s + w; k++) m = Math.Max(m, x[r, k]);
                        double z = 0;
                        for (int k = 0; k < w; k++) { y[r, s, k] = Math.Exp(x[r, s + k] - m); z += y[r, s, k]; }
                        for (int k = 0; k < w; k++) y[r, s, k] /= z;
                    }
                return y;
            }
        }
        """);

    [Fact]
    public Task TwoD_TileMerge_RestartedPerQuery_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // Online softmax: each tile start..end has its own max and sum, merged into m and l restarted per query.
            static void F(double[,] scores, double[,] weights)
            {
                int queries = scores.GetLength(0), keys = scores.GetLength(1);
                for (int q = 0; q < queries; q++)
                {
                    double m = double.NegativeInfinity, l = 0.0;
                    for (int start = 0; start < keys; start += 8)
                    {
                        int end = Math.Min(start + 8, keys);
                        double tileMax = double.NegativeInfinity;
                        for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, scores[q, k]);
                        double tileSum = 0.0;
                        for (int k = start; k < end; k++) tileSum += Math.Exp(scores[q, k] - tileMax);
                        double mOld = m;
                        m = Math.Max(m, tileMax);
                        l = l * Math.Exp(mOld - m) + tileSum * Math.Exp(tileMax - m);
                    }
                    for (int k = 0; k < keys; k++) weights[q, k] = Math.Exp(scores[q, k] - m) / l;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_TileMerge_KeyMajorSeededByFirstTile_Float_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[,] scores, float[,] weights)
            {
                int keys = scores.GetLength(0), queries = scores.GetLength(1);
                float m = float.NegativeInfinity;
                for (int q = 0; q < queries; q++)
                {
                    float l = 0f;
                    for (int start = 0; start < keys; start += 4)
                    {
                        int end = Math.Min(start + 4, keys);
                        float tileMax = float.NegativeInfinity;
                        for (int k = start; k < end; k++) if (scores[k, q] > tileMax) tileMax = scores[k, q];
                        float tileSum = 0f;
                        for (int k = start; k < end; k++) tileSum += MathF.Exp(scores[k, q] - tileMax);
                        if (start == 0) { m = tileMax; l = tileSum; continue; }
                        float mOld = m;
                        m = MathF.Max(m, tileMax);
                        l = l * MathF.Exp(mOld - m) + tileSum * MathF.Exp(tileMax - m);
                    }
                    for (int k = 0; k < keys; k++) weights[k, q] = MathF.Exp(scores[k, q] - m) / l;
                }
            }
        }
        """);

    [Fact]
    public Task Flat_TileMerge_TileTimesT_NoLG0001_KnownFalseLG0002() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // Tiles indexed tile * T + k of a flat row: the merged max covers every tile the merged sum covers (no LG0001).
            // KNOWN FALSE LG0002 at the sum merge (not from the sub-range check, which only judges maxima): recorded, not fixed.
            static void F(float[] scores, float[] weights, int keys, int T)
            {
                int tiles = keys / T;
                for (int q = 0; q < scores.Length / keys; q++)
                {
                    float m = float.NegativeInfinity, l = 0f;
                    for (int tile = 0; tile < tiles; tile++)
                    {
                        float tileMax = float.NegativeInfinity;
                        for (int k = 0; k < T; k++) tileMax = MathF.Max(tileMax, scores[q * keys + tile * T + k]);
                        float tileSum = 0f;
                        for (int k = 0; k < T; k++) tileSum += MathF.Exp(scores[q * keys + tile * T + k] - tileMax);
                        float mNew = MathF.Max(m, tileMax);
                        l = l * MathF.Exp(m - mNew) + tileSum * MathF.Exp(tileMax - mNew); //~ LG0002
                        m = mNew;
                    }
                    for (int k = 0; k < keys; k++) weights[q * keys + k] = MathF.Exp(scores[q * keys + k] - m) / l;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_TileMerge_RunningMaxCarriedAcrossQueries_IsLG0001AtTheMergeOnly() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // The running max survives from one query to the next: LG0001 at the merge, not at the per-tile fold.
            static void F(double[,] scores, double[,] weights)
            {
                int queries = scores.GetLength(0), keys = scores.GetLength(1);
                double m = double.NegativeInfinity;
                for (int q = 0; q < queries; q++)
                {
                    double l = 0.0;
                    for (int start = 0; start < keys; start += 8)
                    {
                        int end = Math.Min(start + 8, keys);
                        double tileMax = double.NegativeInfinity;
                        for (int k = start; k < end; k++) tileMax = double.Max(tileMax, scores[q, k]);
                        double tileSum = 0.0;
                        for (int k = start; k < end; k++) tileSum += Math.Exp(scores[q, k] - tileMax);
                        double mOld = m;
                        m = double.Max(m, tileMax); //~ LG0001
                        l = l * Math.Exp(mOld - m) + tileSum * Math.Exp(tileMax - m);
                    }
                    for (int k = 0; k < keys; k++) weights[q, k] = Math.Exp(scores[q, k] - m) / l;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_RowSoftmax_ChosenByLabelIndex_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // EmStatistics ChosenClassProbabilities: probabilities[i, labels[i]] reads a row's column by a class index.
            static float F(float[,] logits, int[] labels)
            {
                int rows = logits.GetLength(0), cols = logits.GetLength(1);
                var probabilities = new float[rows, cols];
                var chosen = new float[rows];
                for (int i = 0; i < rows; i++)
                {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, logits[i, j]);
                    float s = 0f;
                    for (int j = 0; j < cols; j++) { probabilities[i, j] = MathF.Exp(logits[i, j] - m); s += probabilities[i, j]; }
                    for (int j = 0; j < cols; j++) probabilities[i, j] /= s;
                    chosen[i] = probabilities[i, labels[i]];
                }
                float total = 0f;
                for (int i = 0; i < rows; i++) total += chosen[i];
                return total / rows;
            }
        }
        """);

    [Fact]
    public Task TwoD_SharedHelper_OwnMaxPerCall_KnownFalseLG0004() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            // Each call folds its own max over [from, from + count): per part of the row, correct (finite for a row
            // whose parts are 1000 apart). KNOWN FALSE LG0004, not fixed (on main too): buffer facts are
            // flow-insensitive and the side loop's call in row a - 1 flows to the first call's division in row a, so
            // the first site takes both calls' exps and the side call's max (which moves along side). This marker
            // records the false report; the test should become silent when reaching exps respect the row loop.
            static float[,] F(float[,] raw, int classes, int bins)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new float[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    Normalise(raw, p, a, 0, classes);
                    for (int side = 0; side < 4; side++) Normalise(raw, p, a, classes + side * bins, bins); //~ LG0004
                }
                return p;
            }

            static void Normalise(float[,] raw, float[,] p, int a, int from, int count)
            {
                float shift = float.MinValue;
                for (int i = from; i < from + count; i++) shift = MathF.Max(shift, raw[a, i]);
                float z = 0f;
                for (int i = from; i < from + count; i++) { p[a, i] = MathF.Exp(raw[a, i] - shift); z += p[a, i]; }
                for (int i = from; i < from + count; i++) p[a, i] /= z;
            }
        }
        """);

    [Fact]
    public Task Jagged_SharedHelper_OwnMaxPerCall_Double_IsSilent() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[][] F(double[][] raw, int classes)
            {
                var p = new double[raw.Length][];
                for (int a = 0; a < raw.Length; a++)
                {
                    p[a] = new double[raw[a].Length];
                    Normalise(raw[a], p[a], 0, classes);
                    Normalise(raw[a], p[a], classes, raw[a].Length - classes);
                }
                return p;
            }

            static void Normalise(double[] row, double[] q, int from, int count)
            {
                double shift = double.NegativeInfinity;
                for (int k = 0; k < count; k++) shift = Math.Max(shift, row[from + k]);
                double z = 0;
                for (int k = 0; k < count; k++) { q[from + k] = Math.Exp(row[from + k] - shift); z += q[from + k]; }
                for (int k = 0; k < count; k++) q[from + k] /= z;
            }
        }
        """);

    // ---- subrange3: more spellings of the bug. ----

    [Fact]
    public Task Flat_FromCount_WholeRowMax_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static void F(float[] x, float[] y, int stride, int from, int count)
            {
                for (int r = 0; r < x.Length / stride; r++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < stride; c++) m = MathF.Max(m, x[r * stride + c]); //~ LG0001
                    float z = 0f;
                    for (int k = 0; k < count; k++) { y[r * count + k] = MathF.Exp(x[r * stride + from + k] - m); z += y[r * count + k]; }
                    for (int k = 0; k < count; k++) y[r * count + k] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task TwoD_LocalFunction_FromCount_WholeRowMax_Double_IsLG0001() => SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
        using System;
        static class C
        {
            static double[,] F(double[,] raw, int classes, int bins)
            {
                int anchors = raw.GetLength(0), stride = raw.GetLength(1);
                var p = new double[anchors, stride];
                for (int a = 0; a < anchors; a++)
                {
                    double shift = double.NegativeInfinity;
                    for (int i = 0; i < stride; i++) shift = Math.Max(shift, raw[a, i]); //~ LG0001
                    Part(classes, bins);

                    void Part(int from, int count)
                    {
                        double z = 0;
                        for (int i = from; i < from + count; i++) { p[a, i] = Math.Exp(raw[a, i] - shift); z += p[a, i]; }
                        for (int i = from; i < from + count; i++) p[a, i] /= z;
                    }
                }
                return p;
            }
        }
        """);
}
