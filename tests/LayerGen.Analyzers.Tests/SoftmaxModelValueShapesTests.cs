using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on the value shapes HeldOut4 found it blind to: a max over scaled values matched to the exp's
/// scaled argument, statistics in a record reset by whole-value assignment and updated by <c>with</c>, members of a
/// struct copied out of its container, <c>with</c>/record-constructor values, mask terms (not shifts), folds of folds,
/// and strided walks to the end of the whole buffer. Each shape is compared with a twin the model must tell apart.
/// </summary>
public class SoftmaxModelValueShapesTests
{
    private const string Normalise = "for (int i = 0; i < y.Length; i++) y[i] /= s;";

    [Theory]
    [InlineData("float v = x[i] * k; if (v > m) m = v;", "x[i] * k - m")]
    [InlineData("m = MathF.Max(m, x[i] / k);", "x[i] / k - m")]
    [InlineData("m = MathF.Max(m, x[i]);", "x[i] / k - m / k")]
    [InlineData("m = MathF.Max(m, x[i]);", "(x[i] - m) * k")]
    [InlineData("m = MathF.Max(m, x[i]);", "x[i] * k - m * k")]
    public void MaxOfTheSameScaledValue_IsAShift(string fold, string exponent)
    {
        var model = ModelDescriptions.Method(OneRow(fold, exponent), "F");
        Assert.True(model.IsShiftedByAMaximum(OnlyExp(model)));
    }

    [Theory]
    [InlineData("m = MathF.Max(m, x[i]);", "x[i] * k - m")]
    [InlineData("m = MathF.Max(m, x[i]);", "x[i] / k - m")]
    public void RawMaxSubtractedFromScaledValues_IsNoShift(string fold, string exponent)
    {
        var model = ModelDescriptions.Method(OneRow(fold, exponent), "F");
        Assert.False(model.IsShiftedByAMaximum(OnlyExp(model)));
    }

    [Fact]
    public void ScaledScratchBufferMax_IsAShift()
    {
        var model = ModelDescriptions.Method("""
            using System;
            static class C {
                static void F(float[] x, float[] y, float k) {
                    var z = new float[x.Length]; for (int i = 0; i < x.Length; i++) z[i] = x[i] * k;
                    float m = float.NegativeInfinity; for (int i = 0; i < z.Length; i++) m = MathF.Max(m, z[i]);
                    float s = 0f; for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] * k - m); s += y[i]; }
                    for (int i = 0; i < y.Length; i++) y[i] /= s;
                }
            }
            """, "F");
        Assert.True(model.IsShiftedByAMaximum(OnlyExp(model)));
    }

    [Theory]
    [InlineData("logits[i] + (1f - mask[i]) * -1e9f", false)]
    [InlineData("logits[i] - (1f - mask[i]) * 1e9f", false)]
    [InlineData("0f - logits[i]", false)]
    [InlineData("logits[i] - m - (1f - mask[i]) * 1e9f", true)]
    [InlineData("logits[i] + (1f - mask[i]) * -1e9f - m", true)]
    public void MaskTerms_AreNoShift_TheMaxStillIs(string exponent, bool shifted)
    {
        var model = ModelDescriptions.Method($$"""
            using System;
            static class C {
                static void F(float[] logits, float[] mask, float[] y) {
                    float m = float.NegativeInfinity; for (int i = 0; i < logits.Length; i++) m = MathF.Max(m, logits[i] + (1f - mask[i]) * -1e9f);
                    float s = 0f; for (int i = 0; i < logits.Length; i++) { y[i] = MathF.Exp({{exponent}}); s += y[i]; }
                    {{Normalise}}
                }
            }
            """, "F");
        Assert.Equal(shifted, model.IsShiftedByAMaximum(OnlyExp(model)));
    }

    [Fact]
    public void RunningMaxOfAnOnlineSoftmax_StaysAShift()
    {
        var model = ModelDescriptions.Method("""
            using System;
            static class C {
                static void F(float[] x, float[] y) {
                    float m = float.NegativeInfinity, d = 0f;
                    for (int i = 0; i < x.Length; i++) { float n = MathF.Max(m, x[i]); d = d * MathF.Exp(m - n) + MathF.Exp(x[i] - n); m = n; }
                    for (int i = 0; i < x.Length; i++) y[i] = MathF.Exp(x[i] - m) / d;
                }
            }
            """, "F");
        Assert.All(model.Sites.SelectMany(site => site.Exps), exp => Assert.True(model.IsShiftedByAMaximum(exp)));
    }

    [Fact]
    public void RecordStatistics_ResetByWholeValue_ArePerRow_CarriedOnesSpanTheBatch()
    {
        const string update = "float n = MathF.Max(st.Max, x[r, c]); st = st with { Max = n, Sum = st.Sum * MathF.Exp(st.Max - n) + MathF.Exp(x[r, c] - n) };";
        const string use = "for (int c = 0; c < x.GetLength(1); c++) y[r, c] = MathF.Exp(x[r, c] - st.Max) / st.Sum;";
        var models = ModelDescriptions.Of($$"""
            using System;
            readonly record struct St(float Max, float Sum) { public static St Empty => new(float.NegativeInfinity, 0f); }
            static class C {
                static void Reset(float[,] x, float[,] y) {
                    for (int r = 0; r < x.GetLength(0); r++) { var st = St.Empty; for (int c = 0; c < x.GetLength(1); c++) { {{update}} } {{use}} }
                }
                static void ResetByDefault(float[,] x, float[,] y) {
                    St st;
                    for (int r = 0; r < x.GetLength(0); r++) { st = default; st = st with { Max = float.NegativeInfinity }; for (int c = 0; c < x.GetLength(1); c++) { {{update}} } {{use}} }
                }
                static void Carried(float[,] x, float[,] y) {
                    var st = St.Empty;
                    for (int r = 0; r < x.GetLength(0); r++) { for (int c = 0; c < x.GetLength(1); c++) { {{update}} } {{use}} }
                }
            }
            """);
        Assert.Contains("| sum Sum {x.r1} | max Max {x.r1} |", models["Reset"], StringComparison.Ordinal);
        Assert.Contains("| sum Sum {x.r1} | max Max {x.r1} |", models["ResetByDefault"], StringComparison.Ordinal);
        Assert.Contains("| sum Sum {x.r0,x.r1} partial | max Max {x.r0,x.r1} partial |", models["Carried"], StringComparison.Ordinal);
    }

    [Fact]
    public void MemberOfAStructCopiedFromItsContainer_IsThatElement()
    {
        var models = ModelDescriptions.Of("""
            using System;
            using System.Collections.Generic;
            struct Cand { public int Id; public float Score; }
            static class C {
                static float[] Copy(List<Cand> cs) {
                    var w = new float[cs.Count]; float s = 0f;
                    for (int i = 0; i < cs.Count; i++) { Cand c = cs[i]; w[i] = MathF.Exp(c.Score); s += w[i]; }
                    for (int i = 0; i < w.Length; i++) w[i] /= s;
                    return w;
                }
                static float[] Indexed(List<Cand> cs) {
                    var w = new float[cs.Count]; float s = 0f;
                    for (int i = 0; i < cs.Count; i++) { w[i] = MathF.Exp(cs[i].Score); s += w[i]; }
                    for (int i = 0; i < w.Length; i++) w[i] /= s;
                    return w;
                }
            }
            """);
        Assert.Contains("| sum s {w.s:1} |", models["Copy"], StringComparison.Ordinal);
        Assert.Equal(models["Indexed"], models["Copy"]);
    }

    [Theory]
    [InlineData("p[i] = p[i] with { S = MathF.Exp(p[i].L) }; s += p[i].S;")]
    [InlineData("p[i] = new P(p[i].C, p[i].L, MathF.Exp(p[i].L)); s += p[i].S;")]
    [InlineData("var q = p[i] with { S = MathF.Exp(p[i].L) }; p[i] = q; s += q.S;")]
    public void ExpWrittenThroughWithOrRecordConstructor_IsARawExpSite(string body)
    {
        var model = ModelDescriptions.Method($$"""
            using System;
            readonly record struct P(int C, float L, float S);
            static class C {
                static void F(P[] p) {
                    float s = 0f; for (int i = 0; i < p.Length; i++) { {{body}} }
                    for (int i = 0; i < p.Length; i++) p[i] = p[i] with { S = p[i].S / s };
                }
            }
            """, "F");
        var exp = Assert.Single(model.Sites.SelectMany(site => site.Exps));
        Assert.Contains(model.ExpArgument(exp).RawRoots, root => root.Name == "p");
        Assert.False(model.IsShiftedByAMaximum(exp));
    }

    [Fact]
    public void FoldOfPerRowFolds_SpansTheBatch_ACopyOfThemDoesNot()
    {
        var models = ModelDescriptions.Of("""
            using System;
            using System.Threading.Tasks;
            static class C {
                static void Shared(float[] x, float[] y, int rows, int cols) {
                    float g = float.MinValue; object gate = new object();
                    Parallel.For(0, rows, r => { float l = float.MinValue; for (int c = 0; c < cols; c++) l = MathF.Max(l, x[r * cols + c]); lock (gate) { g = MathF.Max(g, l); } });
                    Parallel.For(0, rows, r => { float s = 0f; for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - g); s += y[r * cols + c]; } for (int c = 0; c < cols; c++) y[r * cols + c] /= s; });
                }
                static void Copied(float[] x, float[] y, int rows, int cols) {
                    var g = new float[rows];
                    Parallel.For(0, rows, r => { float l = float.MinValue; for (int c = 0; c < cols; c++) l = MathF.Max(l, x[r * cols + c]); g[r] = l; });
                    Parallel.For(0, rows, r => { float s = 0f; for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - g[r]); s += y[r * cols + c]; } for (int c = 0; c < cols; c++) y[r * cols + c] /= s; });
                }
            }
            """);
        Assert.Contains("| max g {x.s:1,x.s:cols} |", models["Shared"], StringComparison.Ordinal);
        Assert.Contains("| max l {x.s:1} |", models["Copied"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for (int p = i; p < x.Length; p += inner) m = MathF.Max(m, x[p]);", "{x.s:axis*inner,x.s:inner}")]
    [InlineData("int n = outer * axis * inner; for (int p = i; p < n; p += inner) m = MathF.Max(m, x[p]);", "{x.s:axis*inner,x.s:inner}")]
    [InlineData("int p = i; while (p < x.Length) { m = MathF.Max(m, x[p]); p += inner; }", "{x.s:axis*inner,x.s:inner}")]
    [InlineData("for (int p = o * axis * inner + i; p < (o + 1) * axis * inner; p += inner) m = MathF.Max(m, x[p]);", "{x.s:inner}")]
    [InlineData("for (int a = 0; a < axis; a++) m = MathF.Max(m, x[o * axis * inner + a * inner + i]);", "{x.s:inner}")]
    public void StridedWalkToTheBufferEnd_SpansTheOuterBlocks(string maxLoop, string maxAxis)
    {
        var description = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static void F(float[] x, float[] y, int outer, int axis, int inner) {
                    for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) {
                        float m = float.NegativeInfinity; {{maxLoop}}
                        int first = o * axis * inner + i; float s = 0f;
                        for (int a = 0; a < axis; a++) { y[first + a * inner] = MathF.Exp(x[first + a * inner] - m); s += y[first + a * inner]; }
                        for (int a = 0; a < axis; a++) y[first + a * inner] /= s;
                    }
                }
            }
            """)["F"];
        Assert.Contains("| sum s {x.s:inner} | max m " + maxAxis + " |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnMajorStridedWalkToTheEnd_IsOneColumn()
    {
        var description = ModelDescriptions.Of("""
            using System;
            static class C {
                static void F(double[] z, double[] a, int classes, int batch) {
                    int n = classes * batch;
                    for (int b = 0; b < batch; b++) {
                        double m = double.NegativeInfinity; for (int k = b; k < n; k += batch) m = Math.Max(m, z[k]);
                        double s = 0; for (int k = b; k < n; k += batch) { a[k] = Math.Exp(z[k] - m); s += a[k]; }
                        for (int k = b; k < n; k += batch) a[k] /= s;
                    }
                }
            }
            """)["F"];
        Assert.Contains("| sum s {z.s:batch} | max m {z.s:batch} |", description, StringComparison.Ordinal);
    }

    private static string OneRow(string fold, string exponent) => $$"""
        using System;
        static class C {
            static void F(float[] x, float[] y, float k) {
                float m = float.NegativeInfinity; for (int i = 0; i < x.Length; i++) { {{fold}} }
                float s = 0f; for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp({{exponent}}); s += y[i]; }
                {{Normalise}}
            }
        }
        """;

    private static IOperation OnlyExp(SoftmaxModel model) => Assert.Single(model.Sites.SelectMany(site => site.Exps).Distinct());
}
