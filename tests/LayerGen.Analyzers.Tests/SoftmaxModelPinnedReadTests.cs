using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on element reads through a pointer pinned to an array (<c>fixed (T* p = a)</c>,
/// <c>fixed (T* p = &amp;a[0])</c>): <c>p[i]</c> and <c>*(p + i)</c> are reads of the array itself, so a lookup table, a
/// gather's index list or a segment key read through its pointer is the same table, list or key as read by index.
/// A whole-buffer maximum then still spans more than the gathered or keyed slice, a per-slice maximum still folds
/// exactly the slice, a helper's <c>shift[k]</c> is still the caller's buffer, and a per-class centre read through its
/// pointer is still no shift.
/// </summary>
public class SoftmaxModelPinnedReadTests
{
    /// <summary>One CSR row's softmax over score[colIdx[k]] (READ), shifted by MAX (a whole-buffer or a per-row maximum).</summary>
    private const string CsrRows = """
        static unsafe void F(double[] score, int[] rowPtr, int[] colIdx, double[] a) {
            fixed (double* sp = score) fixed (int* cp = colIdx) fixed (int* cq = &colIdx[0]) {
                WHOLE
                for (int r = 0; r + 1 < rowPtr.Length; r++) {
                    ROW
                    double z = 0; for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) { a[k] = Math.Exp(READ - m); z += a[k]; }
                    for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) a[k] /= z;
                }
            }
        }
        """;

    [Theory]
    [InlineData("score[colIdx[k]]")]
    [InlineData("sp[colIdx[k]]")]
    [InlineData("score[cp[k]]")]
    [InlineData("sp[cp[k]]")]
    [InlineData("*(sp + cq[k])")]
    [InlineData("score[*(cq + k)]")]
    public void GatherThroughPinnedPointers_WholeMaxSpansTheUngathered(string read)
    {
        var model = Describe(CsrRows.Replace("WHOLE", "double m = score.Max();").Replace("ROW", string.Empty).Replace("READ", read));
        Assert.Contains("| sum z {score.g:colIdx} | max m {score.g:colIdx,score.g:~rest} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score[colIdx[k]]")]
    [InlineData("sp[cp[k]]")]
    [InlineData("*(sp + cq[k])")]
    public void GatherThroughPinnedPointers_RowMaxFoldsTheRowsGatherOnly(string read)
    {
        var rowMax = $"double m = double.NegativeInfinity; for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) m = Math.Max(m, {read});";
        var model = Describe(CsrRows.Replace("WHOLE", string.Empty).Replace("ROW", rowMax).Replace("READ", read));
        Assert.Contains("| sum z {score.g:colIdx} | max m {score.g:colIdx} |", model, StringComparison.Ordinal);
    }

    /// <summary>Edge softmax per destination node: KEY reads the edge's destination (dst[e] by index or through a pointer).</summary>
    private const string EdgeSoftmax = """
        static unsafe void F(double[] s, int[] dst, int nodes, double[] a) {
            fixed (int* dp = dst) fixed (int* dq = &dst[0]) {
                MAX
                var den = new double[nodes];
                for (int e = 0; e < s.Length; e++) { a[e] = Math.Exp(s[e] - SHIFT); den[KEY] += a[e]; }
                for (int e = 0; e < s.Length; e++) a[e] /= den[KEY];
            }
        }
        """;

    [Theory]
    [InlineData("dst[e]")]
    [InlineData("dp[e]")]
    [InlineData("*(dq + e)")]
    public void SegmentKeyThroughAPinnedPointer_WholeMaxSpansEverySegment(string key)
    {
        var model = Describe(EdgeSoftmax.Replace("MAX", "double m = double.MinValue; for (int e = 0; e < s.Length; e++) if (s[e] > m) m = s[e];")
            .Replace("SHIFT", "m").Replace("KEY", key));
        Assert.Contains("| sum den {a.seg:dst:whole} | max m {a.seg:dst:whole,a.which:dst:whole} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dst[e]")]
    [InlineData("dp[e]")]
    [InlineData("*(dq + e)")]
    public void SegmentKeyThroughAPinnedPointer_KeyedMaxFoldsOneSegment(string key)
    {
        var keyedMax = $"var m = new double[nodes]; Array.Fill(m, double.NegativeInfinity); for (int e = 0; e < s.Length; e++) {{ int v = {key}; m[v] = Math.Max(m[v], s[e]); }}";
        var model = Describe(EdgeSoftmax.Replace("MAX", keyedMax).Replace("SHIFT", $"m[{key}]").Replace("KEY", key));
        Assert.Contains("| sum den {a.seg:dst:whole} | max m {a.seg:dst:whole} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a[k, s] = Math.Exp(z[k, s] - shift[k]);")]
    [InlineData("fixed (double* p = shift) a[k, s] = Math.Exp(z[k, s] - p[k]);")]
    [InlineData("fixed (double* p = &shift[0]) a[k, s] = Math.Exp(z[k, s] - *(p + k));")]
    public void HelperSubtractingAPinnedShiftParameter_ShiftsByTheCallersBuffer(string exp)
    {
        // The caller passes its per-class maxima; the helper subtracts shift[k] (read by index or through its pointer).
        var models = ModelDescriptions.Of($$"""
            using System;
            static class C {
                public static void F(double[,] z, double[,] a) {
                    int classes = z.GetLength(0), samples = z.GetLength(1);
                    var classMax = new double[classes];
                    for (int k = 0; k < classes; k++) { classMax[k] = double.NegativeInfinity; for (int s = 0; s < samples; s++) classMax[k] = Math.Max(classMax[k], z[k, s]); }
                    for (int s = 0; s < samples; s++) { double sum = Fill(classes, a, s, z, classMax); for (int k = 0; k < classes; k++) a[k, s] /= sum; }
                }
                static unsafe double Fill(int classes, double[,] a, int s, double[,] z, double[] shift) {
                    double sum = 0; for (int k = 0; k < classes; k++) { {{exp}} sum += a[k, s]; } return sum;
                }
            }
            """);
        Assert.Contains("| max classMax {z.r1} |", models["F"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c[k]", "centre[k] = a * centre[k] + (1f - a) * mean;")]
    [InlineData("c[k]", "c[k] = a * c[k] + (1f - a) * mean;")]
    [InlineData("*(d + k)", "*(d + k) = a * *(d + k) + (1f - a) * mean;")]
    [InlineData("c[k]", "")]
    public void CentreReadThroughAPinnedPointer_IsNoShift(string read, string update)
    {
        // A per-class centre (one number per element of the softmax axis) bounds nothing, read by index or through its
        // pointer, also when the method updates it from the batch mean afterwards.
        var method = $$"""
            static unsafe void Centre(float[,] x, float[] centre, float a, float[,] p) {
                fixed (float* c = centre) fixed (float* d = &centre[0]) {
                    for (int r = 0; r < x.GetLength(0); r++) {
                        float z = 0f;
                        for (int k = 0; k < x.GetLength(1); k++) { p[r, k] = MathF.Exp(x[r, k] - {{read}}); z += p[r, k]; }
                        for (int k = 0; k < x.GetLength(1); k++) p[r, k] /= z;
                    }
                    for (int k = 0; k < centre.Length; k++) { float mean = 0f; for (int r = 0; r < x.GetLength(0); r++) mean += x[r, k]; {{update}} }
                }
            }
            """;
        Assert.Equal(new[] { false }, SoftmaxModelSubtrahendTests.ShiftedExps("Centre", method));
    }

    [Fact]
    public void PerRowElementReadThroughAPinnedPointer_StaysAShift()
    {
        // c[r] is one number per row (a per-slice shift, like a stored row maximum): still a shift through the pointer.
        Assert.Equal(new[] { true }, SoftmaxModelSubtrahendTests.ShiftedExps("PerRow", """
            static unsafe void PerRow(float[,] x, float[] rowMax, float[,] p) {
                fixed (float* c = rowMax) {
                    for (int r = 0; r < x.GetLength(0); r++) {
                        float z = 0f;
                        for (int k = 0; k < x.GetLength(1); k++) { p[r, k] = MathF.Exp(x[r, k] - c[r]); z += p[r, k]; }
                        for (int k = 0; k < x.GetLength(1); k++) p[r, k] /= z;
                    }
                }
            }
            """));
    }

    /// <summary>Per query row of a map summed over heads, exponentiated in place through its pinned pointer at OVERWRITE.</summary>
    private const string HeadSummedMap = """
        static unsafe void F(float[] logits, int heads, int n, float[] map) {
            for (int h = 0; h < heads; h++) for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
            fixed (float* q = map) {
                for (int i = 0; i < n; i++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
                    float z = 0f;
                    for (int j = 0; j < n; j++) { int at = OVERWRITE; q[at] = MathF.Exp(q[at] - m); z += q[i * n + j]; }
                    for (int j = 0; j < n; j++) map[i * n + j] /= z;
                }
            }
        }
        """;

    /// <summary>A site whose sum and maximum fold the same single axis and nothing else (no stale or partial fold).</summary>
    private const string OneAxisSlice = @"\| sum z \{(?<axis>[^,}]+)\} \| max m \{\k<axis>\} \| exps 1";

    [Fact]
    public void ElementOverwrittenThroughAPinnedPointer_IsTheElementReadBack()
    {
        // q[at] with at = i * n + j is q[i * n + j]: the sum reads the exps, not the heads' sum.
        Assert.Matches(OneAxisSlice, Describe(HeadSummedMap.Replace("OVERWRITE", "i * n + j")));
    }

    [Fact]
    public void AnotherElementOverwrittenThroughAPinnedPointer_StillCarriesTheHeadsSum()
    {
        Assert.DoesNotMatch(OneAxisSlice, Describe(HeadSummedMap.Replace("OVERWRITE", "j * n + i")));
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Linq;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
