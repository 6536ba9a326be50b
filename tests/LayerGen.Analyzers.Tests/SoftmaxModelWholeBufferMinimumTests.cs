using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A softmin shift <c>exp(-(d - dMin) / T)</c> whose minimum folds over the batch AND the softmax axis (every pixel ×
/// every palette entry) spans more than the slice: LG0001, as its maximum twin <c>exp(x - globalMax)</c> is (HeldOut61's
/// "misclassified" probe). A minimum over the other axis only (one per palette entry, over the pixels, used for each
/// pixel's softmax over the palette) is a wrong-axis reduction: LG0004. A pixel far from the palette (its distances
/// 1000 above the others') underflows to 0/0 with the whole-buffer minimum; the per-pixel minimum never does.
/// </summary>
public class SoftmaxModelWholeBufferMinimumTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // Squared scalar differences written out, minimum over both loops.
        {
            "ScalarWholeMin", """
            static float[][] F(float[] pix, float[] pal, float t) {
                float near = float.MaxValue;
                for (int p = 0; p < pix.Length; p++)
                    for (int c = 0; c < pal.Length; c++) near = MathF.Min(near, (pix[p] - pal[c]) * (pix[p] - pal[c])); //~ LG0001
                var r = new float[pix.Length][];
                for (int p = 0; p < pix.Length; p++) {
                    var w = new float[pal.Length];
                    float z = 0f;
                    for (int c = 0; c < pal.Length; c++) { w[c] = MathF.Exp(-((pix[p] - pal[c]) * (pix[p] - pal[c]) - near) / t); z += w[c]; }
                    for (int c = 0; c < pal.Length; c++) w[c] /= z;
                    r[p] = w;
                }
                return r;
            }
            """
        },
        // The maximum twin: exp(x - globalMax) over the same two loops.
        {
            "ScalarWholeMax", """
            static float[][] F(float[] pix, float[] pal) {
                float top = float.MinValue;
                for (int p = 0; p < pix.Length; p++)
                    for (int c = 0; c < pal.Length; c++) top = MathF.Max(top, pix[p] * pal[c]); //~ LG0001
                var r = new float[pix.Length][];
                for (int p = 0; p < pix.Length; p++) {
                    var w = new float[pal.Length];
                    float z = 0f;
                    for (int c = 0; c < pal.Length; c++) { w[c] = MathF.Exp(pix[p] * pal[c] - top); z += w[c]; }
                    for (int c = 0; c < pal.Length; c++) w[c] /= z;
                    r[p] = w;
                }
                return r;
            }
            """
        },
        // Double, an if-fold, the difference in a local, exp(near - d) with a positive temperature.
        {
            "ScalarWholeMinIfDouble", """
            static double[,] F(double[] values, double[] centres, double beta) {
                int n = values.Length, k = centres.Length;
                double near = double.PositiveInfinity;
                for (int i = 0; i < n; i++)
                    for (int b = 0; b < k; b++) { double d = values[i] - centres[b]; if (d * d < near) near = d * d; } //~ LG0001
                var m = new double[n, k];
                for (int i = 0; i < n; i++) {
                    double z = 0;
                    for (int b = 0; b < k; b++) { double d = values[i] - centres[b]; m[i, b] = Math.Exp(beta * (near - d * d)); z += m[i, b]; }
                    for (int b = 0; b < k; b++) m[i, b] /= z;
                }
                return m;
            }
            """
        },
        // Nested foreach over the values, then per-row softmaxes over a flat output.
        {
            "ForeachWholeMinFlat", """
            static float[] F(float[] pix, float[] pal) {
                float near = float.MaxValue;
                foreach (float p in pix) foreach (float c in pal) near = MathF.Min(near, MathF.Abs(p - c)); //~ LG0001
                int k = pal.Length;
                var w = new float[pix.Length * k];
                for (int p = 0; p < pix.Length; p++) {
                    float z = 0f;
                    for (int c = 0; c < k; c++) { w[p * k + c] = MathF.Exp(near - MathF.Abs(pix[p] - pal[c])); z += w[p * k + c]; }
                    for (int c = 0; c < k; c++) w[p * k + c] /= z;
                }
                return w;
            }
            """
        },
        // Stored distances, minimum over the whole matrix.
        {
            "StoredWholeMin", """
            static float[,] F(float[,] d, float t) {
                int n = d.GetLength(0), k = d.GetLength(1);
                float near = float.MaxValue;
                for (int p = 0; p < n; p++)
                    for (int c = 0; c < k; c++) near = MathF.Min(near, d[p, c]); //~ LG0001
                var w = new float[n, k];
                for (int p = 0; p < n; p++) {
                    float z = 0f;
                    for (int c = 0; c < k; c++) { w[p, c] = MathF.Exp(-(d[p, c] - near) / t); z += w[p, c]; }
                    for (int c = 0; c < k; c++) w[p, c] /= z;
                }
                return w;
            }
            """
        },
        // Genuine wrong axis: one minimum per palette entry over the pixels, used for each pixel's softmax over the palette.
        {
            "ScalarColumnMin", """
            static float[][] F(float[] pix, float[] pal, float t) {
                var near = new float[pal.Length];
                for (int c = 0; c < pal.Length; c++) {
                    near[c] = float.MaxValue;
                    for (int p = 0; p < pix.Length; p++) near[c] = MathF.Min(near[c], (pix[p] - pal[c]) * (pix[p] - pal[c])); //~ LG0004
                }
                var r = new float[pix.Length][];
                for (int p = 0; p < pix.Length; p++) {
                    var w = new float[pal.Length];
                    float z = 0f;
                    for (int c = 0; c < pal.Length; c++) { w[c] = MathF.Exp(-((pix[p] - pal[c]) * (pix[p] - pal[c]) - near[c]) / t); z += w[c]; }
                    for (int c = 0; c < pal.Length; c++) w[c] /= z;
                    r[p] = w;
                }
                return r;
            }
            """
        },
        {
            "StoredColumnMin", """
            static float[,] F(float[,] d, float t) {
                int n = d.GetLength(0), k = d.GetLength(1);
                var near = new float[k];
                for (int c = 0; c < k; c++) {
                    near[c] = float.MaxValue;
                    for (int p = 0; p < n; p++) near[c] = MathF.Min(near[c], d[p, c]); //~ LG0004
                }
                var w = new float[n, k];
                for (int p = 0; p < n; p++) {
                    float z = 0f;
                    for (int c = 0; c < k; c++) { w[p, c] = MathF.Exp(-(d[p, c] - near[c]) / t); z += w[p, c]; }
                    for (int c = 0; c < k; c++) w[p, c] /= z;
                }
                return w;
            }
            """
        },
        // Correct: each pixel shifted by its own nearest palette entry.
        {
            "ScalarRowMin", """
            static float[][] F(float[] pix, float[] pal, float t) {
                var r = new float[pix.Length][];
                for (int p = 0; p < pix.Length; p++) {
                    float near = float.MaxValue;
                    for (int c = 0; c < pal.Length; c++) near = MathF.Min(near, (pix[p] - pal[c]) * (pix[p] - pal[c]));
                    var w = new float[pal.Length];
                    float z = 0f;
                    for (int c = 0; c < pal.Length; c++) { w[c] = MathF.Exp(-((pix[p] - pal[c]) * (pix[p] - pal[c]) - near) / t); z += w[c]; }
                    for (int c = 0; c < pal.Length; c++) w[c] /= z;
                    r[p] = w;
                }
                return r;
            }
            """
        },
        {
            "ScalarRowMinIfDouble", """
            static double[,] F(double[] values, double[] centres, double beta) {
                int n = values.Length, k = centres.Length;
                var m = new double[n, k];
                for (int i = 0; i < n; i++) {
                    double near = double.PositiveInfinity, z = 0;
                    for (int b = 0; b < k; b++) { double d = values[i] - centres[b]; if (d * d < near) near = d * d; }
                    for (int b = 0; b < k; b++) { double d = values[i] - centres[b]; m[i, b] = Math.Exp(beta * (near - d * d)); z += m[i, b]; }
                    for (int b = 0; b < k; b++) m[i, b] /= z;
                }
                return m;
            }
            """
        },
        // Correct, one vector: the minimum over its only axis.
        {
            "OneVectorMin", """
            static float[] F(float x, float[] pal) {
                float near = float.MaxValue;
                for (int c = 0; c < pal.Length; c++) near = MathF.Min(near, (x - pal[c]) * (x - pal[c]));
                var w = new float[pal.Length];
                float z = 0f;
                for (int c = 0; c < pal.Length; c++) { w[c] = MathF.Exp(near - (x - pal[c]) * (x - pal[c])); z += w[c]; }
                for (int c = 0; c < pal.Length; c++) w[c] /= z;
                return w;
            }
            """
        },
    };

    /// <summary>The whole-buffer minima of written differences, LG0001 only through round 2's outer differences (removed in round 3).</summary>
    private static readonly string[] NeedOuterDifferences = { "ScalarWholeMin", "ScalarWholeMinIfDouble", "ForeachWholeMinFlat" };

    public static TheoryData<string, string> ReadWithoutOuterDifferences() => Select(name => !NeedOuterDifferences.Contains(name));

    public static TheoryData<string, string> OuterDifferenceCases() => Select(name => NeedOuterDifferences.Contains(name));

    [Theory]
    [MemberData(nameof(ReadWithoutOuterDifferences))]
    public async Task MinimumShift_GetsTheRuleOfItsSpan(string name, string body)
    {
        _ = name;
        await AssertMarkers(body);
    }

    [Theory]
    [MemberData(nameof(OuterDifferenceCases))]
    public async Task WrittenDifferenceWholeMinimum_IsLG0001(string name, string body)
    {
        _ = name;
        await AssertMarkers(body);
    }

    private static async Task AssertMarkers(string body)
    {
        var source = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nstatic class C {\n" + body + "\n}\n";
        Assert.Equal(ReciprocalSnippets.Expected(source), await ReciprocalSnippets.Reported(source));
    }

    private static TheoryData<string, string> Select(Func<string, bool> keep)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Cases())
        {
            if (keep((string)row[0]))
            {
                data.Add((string)row[0], (string)row[1]);
            }
        }

        return data;
    }
}
