using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Spellings the equivalence rewrites exposed (over Recreations and HeldOut–HeldOut14): a buffer of per-slice maxima
/// folded by <c>foreach</c>, a seeded maximum computed in a local function, a window sum carried across windows whose
/// loop bounds are parameters, a local function of an inlined helper that calls another helper, arrays read through
/// fixed pointers (block walks, vector loads), a clamp written as a ternary, and a block or chunk start hoisted into a
/// local. Each spelling must get what the plain spelling gets, and the correct twin must stay silent.
/// </summary>
public class SoftmaxModelRewrittenSpellingsTests
{
    [Theory]
    [InlineData("for (int n = 0; n < rowMax.Length; n++) shift = MathF.Max(shift, rowMax[n]);")]
    [InlineData("foreach (var v in rowMax) shift = MathF.Max(shift, v);")]
    [InlineData("foreach (float v in (ReadOnlySpan<float>)rowMax) shift = MathF.Max(shift, v);")]
    public void MaximumOfPerRowMaxima_FoldsEveryRow_HoweverTheBufferIsWalked(string fold)
    {
        var description = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static void F(float[][] x, float[][] p) {
                    var rowMax = new float[x.Length];
                    for (int n = 0; n < x.Length; n++) {
                        rowMax[n] = float.NegativeInfinity;
                        foreach (float v in x[n]) rowMax[n] = MathF.Max(rowMax[n], v);
                    }
                    float shift = float.NegativeInfinity;
                    {{fold}}
                    for (int n = 0; n < x.Length; n++) {
                        float total = 0f;
                        for (int c = 0; c < x[n].Length; c++) { p[n][c] = MathF.Exp(x[n][c] - shift); total += p[n][c]; }
                        for (int c = 0; c < x[n].Length; c++) p[n][c] /= total;
                    }
                }
            }
            """)["F"];
        Assert.Contains("| sum total {x.d1} | max shift {x.d0,x.d1} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void ForeachOverAPlainBuffer_IsNoFoldOfFolds()
    {
        // The walked buffer holds data, not folds: the maximum folds the bias, nothing more.
        var description = ModelDescriptions.Of("""
            using System;
            static class C {
                static void F(float[] bias, float[] x, float[] p) {
                    float shift = float.NegativeInfinity;
                    foreach (var b in bias) shift = MathF.Max(shift, b);
                    float total = 0f;
                    for (int c = 0; c < x.Length; c++) { p[c] = MathF.Exp(x[c] - shift); total += p[c]; }
                    for (int c = 0; c < x.Length; c++) p[c] /= total;
                }
            }
            """)["F"];
        Assert.Contains("| max shift {bias.whole} |", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("float best = 0f; for (int j = 0; j < n; j++) best = MathF.Max(best, s[i * n + j]);")]
    [InlineData("float best = Peak(); float Peak() { float acc = 0f; for (int j = 0; j < n; j++) acc = MathF.Max(acc, s[i * n + j]); return acc; }")]
    [InlineData("float best = Peak(); float Peak() { float acc = floor; for (int j = 0; j < n; j++) acc = MathF.Max(acc, s[i * n + j]); return acc; }", "floor")]
    public Task SeededMaximumWithItsSeedTerm_IsSilent_InlineOrInALocalFunction(string maximum, string seed = "0f") =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(float[] s, float[] p, float[] rest, int rows, int n, float floor) {
                    for (int i = 0; i < rows; i++) {
                        {{maximum}}
                        float own = MathF.Exp({{seed}} - best);
                        float total = own;
                        for (int j = 0; j < n; j++) { p[i * n + j] = MathF.Exp(s[i * n + j] - best); total += p[i * n + j]; }
                        for (int j = 0; j < n; j++) p[i * n + j] /= total;
                        rest[i] = own / total;
                    }
                }
            }
            """);

    [Theory]
    [InlineData("float best = 0f; for (int j = 0; j < n; j++) best = MathF.Max(best, s[i * n + j]);")]
    [InlineData("float best = Peak(); float Peak() { float acc = 0f; for (int j = 0; j < n; j++) acc = MathF.Max(acc, s[i * n + j]); return acc; }")]
    public Task SeededMaximumWithoutItsSeedTerm_StaysUnshifted_InlineOrInALocalFunction(string maximum) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(float[] s, float[] p, int rows, int n) {
                    for (int i = 0; i < rows; i++) {
                        {{maximum}}
                        float total = 0f;
                        for (int j = 0; j < n; j++) { p[i * n + j] = MathF.Exp(s[i * n + j] - best); total += p[i * n + j]; } //~ LG0003
                        for (int j = 0; j < n; j++) p[i * n + j] /= total;
                    }
                }
            }
            """);

    [Theory]
    [InlineData("int count = scores.Length - window + 1;", "")]
    [InlineData("", ", int count")]
    public Task WindowSumCarriedAcrossWindows_IsTooWide_NotAMaximumOverAnotherPart(string countLocal, string countParameter) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static double[,] F(double[] scores, int window{{countParameter}}) {
                    {{countLocal}}
                    var weights = new double[count, window];
                    double sum = 0;
                    for (int k = 0; k < count; k++) {
                        double hi = scores[k];
                        for (int j = 1; j < window; j++) hi = Math.Max(hi, scores[k + j]);
                        for (int j = 0; j < window; j++) { weights[k, j] = Math.Exp(scores[k + j] - hi); sum += weights[k, j]; } //~ LG0002
                        for (int j = 0; j < window; j++) weights[k, j] /= sum;
                    }
                    return weights;
                }
            }
            """);

    [Fact]
    public Task MaximumOverFirstEntriesOfAWiderSum_StaysAnotherPart() =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            using System;
            static class C {
                static void F(float[] x, float[] o, int batch, int channels, int width) {
                    for (int y = 0; y < batch; y++) {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < channels; c++) m = MathF.Max(m, x[y * width + c]); //~ LG0004
                        float s = 0f;
                        for (int k = 0; k < width; k++) s += MathF.Exp(x[y * width + k] - m);
                        for (int k = 0; k < width; k++) o[y * width + k] = MathF.Exp(x[y * width + k] - m) / s;
                    }
                }
            }
            """);

    [Fact]
    public Task LocalFunctionOfAnInlinedMethod_CallingAHelper_IsAnalysedWithoutThrowing() =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            using System;
            using System.Collections.Generic;
            public sealed record Hypothesis(double Acoustic, double Language);
            public static class C {
                public static double[][] F(IReadOnlyList<IReadOnlyList<Hypothesis>> nbest, double scale) {
                    var posterior = new double[nbest.Count][];
                    for (int u = 0; u < nbest.Count; u++) {
                        IReadOnlyList<Hypothesis> list = nbest[u];
                        double best = Best(list, scale);
                        var p = new double[list.Count];
                        double total = Exps(list, p, scale, best);
                        for (int h = 0; h < p.Length; h++) p[h] /= total;
                        posterior[u] = p;
                    }
                    return posterior;

                    static double Best(IReadOnlyList<Hypothesis> list, double scale) {
                        double best = double.NegativeInfinity;
                        foreach (Hypothesis h in list) best = Math.Max(best, Combined(h, scale));
                        return best;
                    }
                }

                static double Exps(IReadOnlyList<Hypothesis> list, double[] p, double scale, double best) {
                    double total = 0.0;
                    for (int h = 0; h < list.Count; h++) { p[h] = Math.Exp(Combined(list[h], scale) - best); total += p[h]; }
                    return total;
                }

                private static double Combined(Hypothesis h, double scale) => scale * h.Acoustic + h.Language;
            }
            """);

    [Theory]
    [InlineData("x", "y")]
    [InlineData("xPointer", "yPointer")]
    public Task SumOverAWholeStridedBlock_IsTooWide_ThroughArraysOrFixedPointers(string x, string y) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static unsafe class C {
                static void F(float[] x, float[] y, int outer, int axis, int inner) {
                    fixed (float* xPointer = x) fixed (float* yPointer = y) {
                        var maxes = new float[inner];
                        for (int o = 0; o < outer; o++) {
                            int block = o * axis * inner;
                            for (int i = 0; i < inner; i++) {
                                maxes[i] = float.NegativeInfinity;
                                for (int p = block + i; p < block + axis * inner; p += inner) maxes[i] = MathF.Max(maxes[i], {{x}}[p]);
                            }
                            float sum = 0f;
                            for (int p = block; p < block + axis * inner; p++) { {{y}}[p] = MathF.Exp({{x}}[p] - maxes[(p - block) % inner]); sum += {{y}}[p]; } //~ LG0002
                            for (int p = block; p < block + axis * inner; p++) {{y}}[p] /= sum;
                        }
                    }
                }
            }
            """);

    [Theory]
    [InlineData("ref x[o]")]
    [InlineData("ref xPointer[o]")]
    public Task VectorMaximumOverTheWholeBuffer_IsTooWide_LoadedFromAnArrayOrAPinnedPointer(string load) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Numerics;
            static unsafe class C {
                static void F(float[] x, float[] y, int rows, int cols) {
                    fixed (float* xPointer = x) {
                        var peak = new Vector<float>(float.MinValue);
                        for (int o = 0; o < x.Length; o += Vector<float>.Count) peak = Vector.Max(peak, Vector.LoadUnsafe({{load}})); //~ LG0001
                        float max = float.MinValue;
                        for (int lane = 0; lane < Vector<float>.Count; lane++) max = MathF.Max(max, peak.GetElement(lane));
                        for (int r = 0; r < rows; r++) {
                            float sum = 0f;
                            for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(xPointer[r * cols + c] - max); sum += y[r * cols + c]; }
                            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                        }
                    }
                }
            }
            """);

    [Theory]
    [InlineData("if (v > 50) v = 50; else if (v < -50) v = -50;", "")]
    [InlineData("if (v > 50) v = 50; else v = v < -50 ? -50 : v;", "")]
    [InlineData("v = v < -50 ? -50 : v;", " //~ LG0003")]
    public Task ClampBranch_KeepsTheExpBounded_WhenEveryWriteKeepsAConstantBound(string clamp, string marker) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(double[] x, double[] p) {
                    double total = 0;
                    for (int c = 0; c < x.Length; c++) {
                        double v = x[c];
                        {{clamp}}
                        p[c] = Math.Exp(v);{{marker}}
                        total += p[c];
                    }
                    for (int c = 0; c < x.Length; c++) p[c] /= total;
                }
            }
            """);

    [Theory]
    [InlineData("for (int k = g * block; k < (g + 1) * block; k++)")]
    [InlineData("int first = g * block; for (int k = first; k < (g + 1) * block; k++)")]
    public Task MaximumOverAWholeGroupBlock_IsTooWide_WithTheStartInlineOrInALocal(string walk) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(double[] x, double[] y, int groups, int radix, int channels) {
                    int block = radix * channels;
                    for (int g = 0; g < groups; g++) {
                        double m = double.NegativeInfinity;
                        {{walk}}
                            m = Math.Max(m, x[k]); //~ LG0001
                        for (int c = 0; c < channels; c++) {
                            double s = 0;
                            for (int r = 0; r < radix; r++) { y[g * block + r * channels + c] = Math.Exp(x[g * block + r * channels + c] - m); s += y[g * block + r * channels + c]; }
                            for (int r = 0; r < radix; r++) y[g * block + r * channels + c] /= s;
                        }
                    }
                }
            }
            """);

    [Theory]
    [InlineData("for (int i = c * chunk; i < Math.Min(n, (c + 1) * chunk); i++)")]
    [InlineData("int first = c * chunk; for (int i = first; i < Math.Min(n, (c + 1) * chunk); i++)")]
    public Task ChunkMaximaOfOneDistribution_AreSilent_WithTheStartInlineOrInALocal(string walk) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(double[] x, int chunk) {
                    int n = x.Length;
                    int chunks = (n + chunk - 1) / chunk;
                    var chunkMax = new double[chunks];
                    for (int c = 0; c < chunks; c++) {
                        chunkMax[c] = double.NegativeInfinity;
                        {{walk}}
                            if (x[i] > chunkMax[c]) chunkMax[c] = x[i];
                    }
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < chunks; c++) if (chunkMax[c] > max) max = chunkMax[c];
                    double sum = 0;
                    for (int i = 0; i < n; i++) { x[i] = Math.Exp(x[i] - max); sum += x[i]; }
                    for (int i = 0; i < n; i++) x[i] /= sum;
                }
            }
            """);
}
