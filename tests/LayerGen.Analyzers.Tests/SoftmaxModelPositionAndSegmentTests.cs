using LayerGen.Analyzers.Tests.Verification;
using static LayerGen.Analyzers.Tests.SoftmaxModelSubtrahendTests;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on HeldOut12's extent and shift misses (gaps33): a term computed from loop positions is no
/// shift; each element of a tuple key is a dimension of its own; a CSR segment of a rank or depth position is split
/// from the loop that picks the segment; a loop bounded by the size a flat buffer was created with walks all of it.
/// </summary>
public class SoftmaxModelPositionAndSegmentTests
{
    private const string Rows = """
        for (int r = 0; r < x.GetLength(0); r++) {
            SHIFT
            double z = 0;
            for (int k = 0; k < x.GetLength(1); k++) { p[r, k] = Math.Exp(EXPONENT); z += p[r, k]; }
            for (int k = 0; k < x.GetLength(1); k++) p[r, k] /= z;
        }
        """;

    private static string Method(string name, string parameters, string shift, string exponent) =>
        $"static void {name}(double[,] x, double[,] p{parameters}) {{ {Rows.Replace("SHIFT", shift).Replace("EXPONENT", exponent)} }}";

    [Fact]
    public void PositionTerm_IsNoShift()
    {
        // fast_align's tension, in a local and inline; ALiBi's distance; a bare index; a ternary window penalty.
        const string distance = "double h = 0;";
        var local = Method("Local", ", double t", distance, "x[r, k] - t * h").Replace("{ p[r, k] =", "{ h = Math.Abs((r + 1.0) / x.GetLength(0) - (k + 1.0) / x.GetLength(1)); p[r, k] =");
        Assert.Contains("h = Math.Abs", local);
        Assert.Equal(new[] { false }, ShiftedExps("Local", local));
        Assert.Equal(new[] { false }, ShiftedExps("Inline", Method("Inline", ", double t", string.Empty, "x[r, k] - t * Math.Abs(r - k)")));
        Assert.Equal(new[] { false }, ShiftedExps("Index", Method("Index", string.Empty, string.Empty, "x[r, k] - k")));
        Assert.Equal(new[] { false }, ShiftedExps("Window", Method("Window", ", int w, double b", string.Empty, "x[r, k] - (k < w ? 0.0 : b * (k - w))")));
    }

    [Fact]
    public void PositionTermBesideAMaximum_StaysShifted()
    {
        const string max = "double m = double.NegativeInfinity; for (int k = 0; k < x.GetLength(1); k++) m = Math.Max(m, x[r, k] - t * k);";
        Assert.Equal(new[] { true }, ShiftedExps("Separate", Method("Separate", ", double t", max, "x[r, k] - t * k - m")));
        Assert.Equal(new[] { true }, ShiftedExps("Together", Method("Together", ", double t", max, "x[r, k] - (t * k + m)")));

        // A scalar passed in (a caller's maximum) added to a position term: one part is not computed from positions.
        Assert.Equal(new[] { true }, ShiftedExps("Passed", Method("Passed", ", double t, double m", string.Empty, "x[r, k] - (m + t * k)")));

        // The position only as an index of other data: a per-row (or per-column) element read, not a position term.
        Assert.Equal(new[] { true }, ShiftedExps("RowMax", Method("RowMax", ", double[] rowMax", string.Empty, "x[r, k] - rowMax[r]")));

        // A position compared, not computed with: one of two scalars, still a possible maximum.
        Assert.Equal(new[] { true }, ShiftedExps("Picked", Method("Picked", ", double a, double b", string.Empty, "x[r, k] - (k == 0 ? a : b)")));
    }

    [Fact]
    public void TupleKey_ElementsAreDimensionsOfTheirOwn()
    {
        var models = ModelDescriptions.Of("""
            using System;
            using System.Collections.Generic;
            static class C {
                static void PerRow(Dictionary<(int, int), double> s, int n, int m, double[,] p) {
                    for (int i = 0; i < n; i++) {
                        double top = double.NegativeInfinity;
                        for (int j = 0; j < m; j++) top = Math.Max(top, s[(i, j)]);
                        double z = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = Math.Exp(s[(i, j)] - top); z += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= z;
                    }
                }
                static void Total(IReadOnlyDictionary<(string, string), double> s, string[] a, string[] b, double[,] p) {
                    double z = 0;
                    for (int i = 0; i < a.Length; i++) {
                        double top = double.NegativeInfinity;
                        for (int j = 0; j < b.Length; j++) top = Math.Max(top, s[(a[i], b[j])]);
                        for (int j = 0; j < b.Length; j++) { p[i, j] = Math.Exp(s[(a[i], b[j])] - top); z += p[i, j]; }
                    }
                    for (int i = 0; i < a.Length; i++) for (int j = 0; j < b.Length; j++) p[i, j] /= z;
                }
            }
            """);
        Assert.Equal("site p[i, j] /= z | dims {s.r0,s.r1} | sum z {s.r1} | max top {s.r1} | exps 1\n", models["PerRow"]);
        Assert.Equal("site p[i, j] /= z | dims {s.r0,s.r1} | sum z {s.r0,s.r1} | max top {s.r1} | exps 1\n", models["Total"]);
    }

    [Fact]
    public void CsrSegmentOfARankOrDepthPosition_IsSplitFromTheSegmentPicker()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void Rank(double[,] v, int[] start) {
                    for (int t = 0; t + 1 < start.Length; t++) {
                        double z = 0;
                        for (int c = start[t]; c < start[t + 1]; c++) { v[c, 0] = Math.Exp(v[c, 0]); z += v[c, 0]; }
                        for (int c = start[t]; c < start[t + 1]; c++) v[c, 0] /= z;
                    }
                }
                static void Depth(double[][] v, int[] start) {
                    for (int t = 0; t + 1 < start.Length; t++) {
                        double z = 0;
                        for (int c = start[t]; c < start[t + 1]; c++) { v[c][0] = Math.Exp(v[c][0]); z += v[c][0]; }
                        for (int c = start[t]; c < start[t + 1]; c++) v[c][0] /= z;
                    }
                }
                static void Window(double[,] v, double[,] p) {
                    for (int i = 1; i + 1 < v.GetLength(0); i++) {
                        double z = 0;
                        for (int d = -1; d <= 1; d++) { p[i + d, 0] = Math.Exp(v[i + d, 0]); z += p[i + d, 0]; }
                        for (int d = -1; d <= 1; d++) p[i + d, 0] /= z;
                    }
                }
            }
            """);
        Assert.Equal("site v[c, 0] /= z | dims {v.r0,v.r0:?} | sum z {v.r0} stale {v.r1} | exps 1\n", models["Rank"]);
        Assert.Equal("site v[c][0] /= z | dims {v.d0,v.d0:?} | sum z {v.d0} | exps 1\n", models["Depth"]);

        // Two unit-stride loops in one position (a moving window) are one position, as before: no segment atom.
        Assert.DoesNotContain(":?", models["Window"]);
    }

    [Fact]
    public void LoopToTheCreatedSize_WalksTheWholeFlatBuffer()
    {
        const string source = """
            using System;
            static class C {
                static double[] Flat(double[,] v, int[] start, int extra) {
                    int n = v.GetLength(0);
                    var p = new double[n];
                    for (int t = 0; t + 1 < start.Length; t++) {
                        double m = double.NegativeInfinity;
                        for (int c = start[t]; c < start[t + 1]; c++) m = Math.Max(m, v[c, 0]);
                        for (int c = start[t]; c < start[t + 1]; c++) p[c] = Math.Exp(v[c, 0] - m);
                    }
                    double z = 0;
                    for (int c = 0; c < BOUND; c++) z += p[c];
                    for (int c = 0; c < BOUND; c++) p[c] /= z;
                    return p;
                }
            }
            """;
        Assert.Equal(
            "site p[c] /= z | dims {v.r0,v.r0:?} | sum z {v.r0,v.r0:?} | max m {v.r0} stale {v.r1} | exps 1\n",
            ModelDescriptions.Of(source.Replace("BOUND", "n"))["Flat"]);

        // Another bound (not the size p was created with) is a walk of p's unit stride only, as before.
        Assert.Equal(
            "site p[c] /= z | dims {v.r0} | sum z {v.r0} | max m {v.r0} stale {v.r1} | exps 1\n",
            ModelDescriptions.Of(source.Replace("BOUND", "extra"))["Flat"]);
    }
}
