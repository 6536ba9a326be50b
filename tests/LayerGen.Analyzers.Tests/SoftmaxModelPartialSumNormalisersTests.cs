using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser written as the sum of partial sums, <c>1 / (s0 + s1)</c> or <c>/ (s0 + s1)</c>, is one sum over the union
/// of their terms (HeldOut79's blind miss <c>Blocked_PairedRawExpTail</c>: an exp pass unrolled by two into s0/s1 with an
/// <c>if</c> tail was silent, with one sum s it is LG0003 at every raw exp). The same form hid a max over every row
/// (LG0001). Each bug has a twin shifted by the row's own max that stays silent.
/// </summary>
public class SoftmaxModelPartialSumNormalisersTests
{
    /// <summary>How the exps' partial sums are divided out: <c>{e}</c> is the stored exp.</summary>
    public static TheoryData<string> Divisions => new()
    {
        "{e} *= 1.0 / (s0 + s1);",
        "{e} /= (s0 + s1);",
        "{e} = {e} / (s1 + s0);",
    };

    /// <summary>
    /// Jagged rows, the exp pass unrolled by two with an <c>if</c> tail (HeldOut79's layout, double): raw exps are LG0003
    /// at each of the three exp calls; shifted by the row's max, silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Divisions))]
    public async Task JaggedUnrolledByTwo_RawExpsAreLG0003_ShiftedSilent(string division)
    {
        string Source(bool shifted) => $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static double[][] Forward(double[][] x)
                {
                    var y = new double[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        double[] a = x[r];
                        {{(shifted ? "double m = a.Max();" : "")}}
                        var e = new double[a.Length];
                        double s0 = 0, s1 = 0;
                        int i = 0;
                        for (; i + 1 < a.Length; i += 2)
                        {
                            e[i] = Math.Exp(a[i]{{(shifted ? " - m" : "")}});{{(shifted ? "" : " //~ LG0003")}}
                            e[i + 1] = Math.Exp(a[i + 1]{{(shifted ? " - m" : "")}});{{(shifted ? "" : " //~ LG0003")}}
                            s0 += e[i];
                            s1 += e[i + 1];
                        }
                        if (i < a.Length) s0 += e[i] = Math.Exp(a[i]{{(shifted ? " - m" : "")}});{{(shifted ? "" : " //~ LG0003")}}
                        for (i = 0; i < a.Length; i++) {{division.Replace("{e}", "e[i]")}}
                        y[r] = e;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(shifted: false));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(shifted: true));
    }

    /// <summary>
    /// Flat float rows with the partial sums alternating by lane parity: raw exps are LG0003; shifted by the row max, silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Divisions))]
    public async Task FlatAlternatingPartials_RawExpIsLG0003_ShiftedSilent(string division)
    {
        string Source(bool shifted) => $$"""
            using System;

            public static class Repro
            {
                public static void Rows(float[] x, float[] y, int rows, int cols)
                {
                    for (int o = 0; o < rows * cols; o += cols)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[o + j]);
                        float s0 = 0f, s1 = 0f;
                        for (int j = 0; j < cols; j++)
                        {
                            y[o + j] = MathF.Exp(x[o + j]{{(shifted ? " - m" : "")}});{{(shifted ? "" : " //~ LG0003")}}
                            if (j % 2 == 0) s0 += y[o + j]; else s1 += y[o + j];
                        }
                        for (int j = 0; j < cols; j++) {{division.Replace("1.0", "1f").Replace("{e}", "y[o + j]")}}
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(shifted: false));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(shifted: true));
    }

    /// <summary>
    /// A [rows, cols] matrix with one max over every row (rows [0, 0] and [-1000, -1000]: the second row's exps are all 0,
    /// 0 / 0 = NaN) and row sums split into s0/s1 by an unrolled loop: LG0001 at the fold; the per-row max is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Divisions))]
    public async Task MatrixPartials_WholeMatrixMaxIsLG0001_RowMaxSilent(string division)
    {
        string Source(bool perRow) => $$"""
            using System;

            public static class Repro
            {
                public static void Rows(double[,] z, double[,] p)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    double g = double.NegativeInfinity;
                    {{(perRow ? "" : "for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) g = Math.Max(g, z[r, c]); //~ LG0001")}}
                    for (int r = 0; r < rows; r++)
                    {
                        {{(perRow ? "g = double.NegativeInfinity; for (int c = 0; c < cols; c++) g = Math.Max(g, z[r, c]);" : "")}}
                        double s0 = 0, s1 = 0;
                        int k = 0;
                        for (; k + 1 < cols; k += 2)
                        {
                            s0 += p[r, k] = Math.Exp(z[r, k] - g);
                            s1 += p[r, k + 1] = Math.Exp(z[r, k + 1] - g);
                        }
                        if (k < cols) s1 += p[r, k] = Math.Exp(z[r, k] - g);
                        for (int c = 0; c < cols; c++) {{division.Replace("{e}", "p[r, c]")}}
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: false));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: true));
    }

    /// <summary>
    /// Sums that are not partials of one normaliser stay as they were: a sum added to itself, and a sum of exps plus a
    /// plain accumulator of logits (no exps), divide nothing into a softmax; no finding, no crash.
    /// </summary>
    [Fact]
    public async Task NonPartialAdditions_NoFinding()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Rows(double[] a, double[] e)
                {
                    double s = 0, t = 0;
                    for (int i = 0; i < a.Length; i++) { s += Math.Exp(a[i] - 1000); t += a[i]; }
                    for (int i = 0; i < a.Length; i++) e[i] = a[i] / (t + t);
                    for (int i = 0; i < a.Length; i++) e[i] += a[i] / (s + t);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
