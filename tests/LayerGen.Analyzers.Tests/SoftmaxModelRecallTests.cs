using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on the shapes added for held-out recall (issue 8), separate from the rules: online-softmax
/// denominators, sums of a few scalar exps, matrix types read through an indexer, dictionaries, <c>Tensor&lt;T&gt;</c>,
/// <c>Parallel.For&lt;TLocal&gt;</c> thread-local folds and LINQ folds (seedless <c>Aggregate</c>, <c>Range</c> over a
/// whole buffer, a sum of row sums). Each shape is checked on a buggy and a correct form.
/// </summary>
public class SoftmaxModelRecallTests
{
    [Fact]
    public void OnlineDenominator_IsASumOverTheRow_CarriedAcrossRowsWhenNeverReset()
    {
        const string body = """
                for (int j = 0; j < cols; j++) {
                    float v = x[o + j];
                    float next = MathF.Max(m, v);
                    d = d * MathF.Exp(m - next) + MathF.Exp(v - next);
                    m = next;
                }
                for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / d;
            """;
        var models = DescribeMethods($$"""
            using System;
            static class C {
                static void Reset(float[] x, float[] y, int rows, int cols) {
                    for (int r = 0; r < rows; r++) { int o = r * cols; float m = x[o]; float d = 0f;
            {{body}}
                    }
                }
                static void Carried(float[] x, float[] y, int rows, int cols) {
                    float d = 0f;
                    for (int r = 0; r < rows; r++) { int o = r * cols; float m = x[o];
            {{body}}
                    }
                }
                static void ClearedByInfinity(float[] x, float[] y, int rows, int cols) {
                    float d = 0f;
                    for (int r = 0; r < rows; r++) { int o = r * cols; float m = float.NegativeInfinity;
            {{body}}
                    }
                }
                static void Decayed(float[] x, float[] y) {
                    float d = 0f;
                    for (int j = 0; j < x.Length; j++) d = d * 0.9f + MathF.Exp(x[j]);
                    for (int j = 0; j < x.Length; j++) y[j] = MathF.Exp(x[j]) / d;
                }
            }
            """);
        // The running max in the temporary `next` shifts the sum's exps as well as the division's: two reads of m, neither partial.
        Assert.Contains("| sum d {x.s:1} | max m {x.s:1} | max m {x.s:1} | exps 2", models["Reset"], StringComparison.Ordinal);
        Assert.Contains("| sum d {x.s:1,x.s:cols} partial | max m {x.s:1} | max m {x.s:1} | exps 2", models["Carried"], StringComparison.Ordinal);

        // A maximum restarting at -inf clears the carried sum at the row's first rescale (exp(-inf) = 0): a reset.
        Assert.Contains("| sum d {x.s:1} | max m {x.s:1} | max m {x.s:1} | exps 2", models["ClearedByInfinity"], StringComparison.Ordinal);

        // Only an exp factor rescales a running sum: d * 0.9f + e is a decay, not a sum of exps.
        Assert.Equal(string.Empty, models["Decayed"]);
    }

    [Fact]
    public void RunningMaximum_FoldedInATemporaryAndCopiedBack_IsTheSameRunningMax()
    {
        // One online softmax per row, its running maximum folded in a temporary and copied back in four spellings.
        var models = DescribeMethods("""
            using System;
            static class C {
                static void PerRow(float[] x, float[] y, int rows, int cols) {
                    for (int r = 0; r < rows; r++) { int o = r * cols; float m = float.NegativeInfinity; float d = 0f;
                        for (int j = 0; j < cols; j++) {
                            float v = x[o + j];
                            float next = MathF.Max(m, v);
                            d = d * MathF.Exp(m - next) + MathF.Exp(v - next);
                            m = next;
                        }
                        for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / d;
                    }
                }
                static void Carried(float[] x, float[] y, int rows, int cols) {
                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++) { int o = r * cols; float d = 0f; float previous = m;
                        for (int j = 0; j < cols; j++) {
                            float next = MathF.Max(m, x[o + j]);
                            d = d * MathF.Exp(previous - next) + MathF.Exp(x[o + j] - next);
                            m = next;
                            previous = next;
                        }
                        for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / d;
                    }
                }
                static void InPlace(float[] x, float[] y, int rows, int cols) {
                    for (int r = 0; r < rows; r++) { int o = r * cols; float m = float.NegativeInfinity; float d = 0f;
                        for (int j = 0; j < cols; j++) {
                            float v = x[o + j];
                            float old = m; m = MathF.Max(m, v);
                            d = d * MathF.Exp(old - m) + MathF.Exp(v - m);
                        }
                        for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / d;
                    }
                }
                static void TupleCopy(float[] x, float[] y, int rows, int cols) {
                    for (int r = 0; r < rows; r++) { int o = r * cols; var (m, d) = (float.NegativeInfinity, 0f);
                        for (int j = 0; j < cols; j++) {
                            float mNew = MathF.Max(m, x[o + j]);
                            float dNew = d * MathF.Exp(m - mNew) + MathF.Exp(x[o + j] - mNew);
                            (m, d) = (mNew, dNew);
                        }
                        for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / d;
                    }
                }
                static void SwappedCarried(float[] x, float[] y, int rows, int cols) {
                    float m = float.MinValue, n;
                    for (int r = 0; r < rows; r++) { int o = r * cols; float s = 0f;
                        for (int j = 0; j < cols; j++) {
                            n = x[o + j] > m ? x[o + j] : m;
                            (m, n) = (n, m);
                        }
                        for (int j = 0; j < cols; j++) s += MathF.Exp(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / s;
                    }
                }
                static void NotAFold(float[] x, float[] y, int rows, int cols) {
                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++) { int o = r * cols; float s = 0f;
                        float first = MathF.Max(x[o], x[o + 1]);
                        m = first;
                        for (int j = 0; j < cols; j++) s += MathF.Exp(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / s;
                    }
                }
            }
            """);
        // `next` is m just after the step (RunningMaxTemporaries.cs): the model is the in-place spelling's, whose sum's exps
        // read the running max at each step as well as the division's after the loop (two reads of m, neither partial).
        Assert.Equal(models["InPlace"], models["PerRow"]);
        Assert.Contains("| sum d {x.s:1} | max m {x.s:1} | max m {x.s:1} | exps 2", models["PerRow"], StringComparison.Ordinal);
        Assert.DoesNotContain("partial", models["PerRow"], StringComparison.Ordinal);

        // (m, d) = (mNew, dNew) is a deconstruction, no per-step temporary copy (RunningMaxStep): read as a copied fold, one read of m.
        Assert.Contains("| sum d {x.s:1} | max m {x.s:1} | exps 2", models["TupleCopy"], StringComparison.Ordinal);

        // Declared before the rows and never restarted: the copied-back maximum runs over every row (LG0001). Like PerRow,
        // `next` is m just after the step, so the sum's exps and the division both read the carried maximum.
        Assert.Contains("| sum d {x.s:1} | max m {x.s:1,x.s:cols} partial | max m {x.s:1,x.s:cols} partial | exps 2", models["Carried"], StringComparison.Ordinal);
        Assert.Contains("| sum s {x.s:1} | max m {x.s:1,x.s:cols} partial |", models["SwappedCarried"], StringComparison.Ordinal);

        // m = first, with first = Max(x[o], x[o + 1]): a copy of a value that does not read m folds nothing into m.
        Assert.Equal("site MathF.Exp(x[o + j] - m) / s | dims {x.s:1,x.s:cols} | sum s {x.s:1} | exps 2\n", models["NotAFold"]);
    }

    [Fact]
    public void ExplicitSumOfScalarExps_IsASite_WhoseExpsReadTheScalarsAsLogits()
    {
        var source = """
            using System;
            static class C {
                static double Two(double a, double b) { double ea = Math.Exp(a); double eb = Math.Exp(b); return ea / (ea + eb); }
                static double Sigmoid(double a) { double e = Math.Exp(a); return e / (1 + e); }
                static double Logistic(double a, double b) => 1.0 / (1.0 + Math.Exp(b - a));
                static double Tanh(double a) { var e1 = Math.Exp(a); var e2 = Math.Exp(-a); return (e1 - e2) / (e1 + e2); }
                static double Ratio(double a, double w, double f) { var g = Math.Exp(a); var d = 2 + w * g; return (w + f) / (d + f); }
            }
            """;
        var models = DescribeMethods(source);
        Assert.Equal("site ea / (ea + eb) | dims {} | sum ea + eb {} | exps 2\n", models["Two"]);
        Assert.Equal(string.Empty, models["Sigmoid"]);
        Assert.Equal(string.Empty, models["Logistic"]);

        // Only an exp of the sum's own terms is divided by it (not tanh's difference), and every term is an exp (not
        // arithmetic that merely reads one).
        Assert.Equal(string.Empty, models["Tanh"]);
        Assert.Equal(string.Empty, models["Ratio"]);

        var model = BuildMethod(source, "Two");
        var site = Assert.Single(model.Sites);
        Assert.All(site.Exps, exp => Assert.Single(model.ExpArgument(exp).RawRoots));
        Assert.Equal(new[] { "a", "b" }, site.Exps.Select(exp => model.ExpArgument(exp).RawRoots.Single().Name));
    }

    [Fact]
    public void IndexerType_IsAMatrixOfItsIndices_WhateverItsStorageOrder()
    {
        var models = DescribeMethods("""
            using System;
            sealed class ColumnMajor {
                private readonly double[] v; public ColumnMajor(int r, int c) { Rows = r; Cols = c; v = new double[r * c]; }
                public int Rows { get; } public int Cols { get; }
                public double this[int r, int c] { get => v[c * Rows + r]; set => v[c * Rows + r] = value; }
            }
            static class C {
                static void Rows(ColumnMajor m, ColumnMajor p) {
                    for (int r = 0; r < m.Rows; r++) {
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < m.Cols; c++) max = Math.Max(max, m[r, c]);
                        double sum = 0;
                        for (int c = 0; c < m.Cols; c++) { p[r, c] = Math.Exp(m[r, c] - max); sum += p[r, c]; }
                        for (int c = 0; c < m.Cols; c++) p[r, c] /= sum;
                    }
                }
                static void Whole(ColumnMajor m, ColumnMajor p) {
                    double max = double.NegativeInfinity;
                    for (int r = 0; r < m.Rows; r++) for (int c = 0; c < m.Cols; c++) max = Math.Max(max, m[r, c]);
                    for (int r = 0; r < m.Rows; r++) {
                        double sum = 0;
                        for (int c = 0; c < m.Cols; c++) { p[r, c] = Math.Exp(m[r, c] - max); sum += p[r, c]; }
                        for (int c = 0; c < m.Cols; c++) p[r, c] /= sum;
                    }
                }
            }
            """);
        Assert.Equal("site p[r, c] /= sum | dims {m.r0,m.r1} | sum sum {m.r1} | max max {m.r1} | exps 1\n", models["Rows"]);
        Assert.Equal("site p[r, c] /= sum | dims {m.r0,m.r1} | sum sum {m.r1} | max max {m.r0,m.r1} | exps 1\n", models["Whole"]);
    }

    [Fact]
    public void NumericDictionary_IsAKeyedBuffer_ThroughForeachValuesAndToDictionary()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static Dictionary<string, double> Loop(IReadOnlyDictionary<string, double> scores) {
                    var w = new Dictionary<string, double>();
                    double total = 0;
                    foreach (KeyValuePair<string, double> kv in scores) { double e = Math.Exp(kv.Value); w[kv.Key] = e; total += e; }
                    foreach (string key in w.Keys.ToList()) w[key] /= total;
                    return w;
                }
                static Dictionary<string, double> Linq(Dictionary<string, double> scores) {
                    double max = scores.Values.Max();
                    var exps = scores.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - max));
                    double total = exps.Values.Sum();
                    return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
                }
            }
            """;
        var models = DescribeMethods(source);
        // w[kv.Key] under the walk of scores is scores' element; w[key] under the walk of w's keys is w's (gaps14).
        Assert.Equal("site w[key] /= total | dims {w.s:1} | sum total {w.s:1} | exps 1\n", models["Loop"]);
        Assert.Equal("site kv.Value / total | dims {scores.whole} | sum total {scores.whole} | max max {scores.whole} | exps 1\n", models["Linq"]);

        var loop = BuildMethod(source, "Loop");
        Assert.Equal("scores", model(loop).RawRoots.Single().Name);
        var linq = BuildMethod(source, "Linq");
        Assert.True(linq.IsShiftedByAMaximum(Assert.Single(linq.Sites).Exps.Single()));

        static ValueFacts model(SoftmaxModel built) => built.ExpArgument(Assert.Single(built.Sites).Exps.Single());
    }

    [Fact]
    public void TensorOperations_AreElementwiseViews_AndTensorDivideIsASite()
    {
        var source = """
            #pragma warning disable SYSLIB5001
            using System.Numerics.Tensors;
            static class C {
                static Tensor<float> Raw(Tensor<float> x) { Tensor<float> e = Tensor.Exp<float>(x); return Tensor.Divide<float>(e, Tensor.Sum<float>(e)); }
                static Tensor<float> Shifted(Tensor<float> x) {
                    Tensor<float> e = Tensor.Exp<float>(Tensor.Subtract<float>(x, Tensor.Max<float>(x)));
                    float s = Tensor.Sum<float>(e);
                    return Tensor.Divide<float>(e, s);
                }
            }
            """;
        var models = DescribeMethods(source);
        Assert.Equal("site Tensor.Divide<float>(e, Tensor.Sum<float>(e)) | dims {x.whole} | sum Tensor.Sum<float>(e) {x.whole} | exps 1\n", models["Raw"]);
        Assert.Equal("site Tensor.Divide<float>(e, s) | dims {x.whole} | sum s {x.whole} | max Tensor.Max<float>(x) {x.whole} | exps 1\n", models["Shifted"]);

        var raw = BuildMethod(source, "Raw");
        Assert.False(raw.IsShiftedByAMaximum(Assert.Single(raw.Sites).Exps.Single()));
        var shifted = BuildMethod(source, "Shifted");
        Assert.True(shifted.IsShiftedByAMaximum(Assert.Single(shifted.Sites).Exps.Single()));
    }

    [Fact]
    public void ParallelForThreadLocal_LocalFinallyFoldsWhatTheBodyWalked()
    {
        const string softmax = """
                for (int i = 0; i < rows; i++) {
                    float sum = 0f;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            """;
        var models = DescribeMethods($$"""
            using System;
            using System.Threading.Tasks;
            static class C {
                static void Hoisted(float[,] x, float[,] y, int rows, int cols) {
                    float max = float.MinValue; object gate = new object();
                    Parallel.For(0, rows, () => float.MinValue, (i, _, local) => {
                        for (int j = 0; j < cols; j++) local = MathF.Max(local, x[i, j]);
                        return local;
                    }, local => { lock (gate) { max = MathF.Max(max, local); } });
            {{softmax}}
                }
                static void PerRow(float[,] x, float[,] y, int rows, int cols) {
                    object gate = new object();
                    for (int i = 0; i < rows; i++) {
                        float max = float.MinValue;
                        Parallel.For(0, cols, () => float.MinValue, (j, _, local) => MathF.Max(local, x[i, j]), local => { lock (gate) { max = MathF.Max(max, local); } });
                        float sum = 0f;
                        for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < cols; j++) y[i, j] /= sum;
                    }
                }
            }
            """);
        Assert.Contains("| sum sum {x.r1} | max max {x.r0,x.r1} |", models["Hoisted"], StringComparison.Ordinal);
        Assert.Contains("| sum sum {x.r1} | max max {x.r1} |", models["PerRow"], StringComparison.Ordinal);
    }

    [Fact]
    public void LinqFolds_SeedlessAggregate_RangeOverABuffer_AndASumOfRowSums()
    {
        var models = DescribeMethods("""
            using System;
            using System.Linq;
            static class C {
                static void Aggregate(float[][] x, float[][] y) {
                    float max = x.SelectMany(r => r).Aggregate((a, b) => a > b ? a : b);
                    for (int i = 0; i < x.Length; i++) {
                        float sum = 0f;
                        for (int j = 0; j < x[i].Length; j++) { y[i][j] = MathF.Exp(x[i][j] - max); sum += y[i][j]; }
                        for (int j = 0; j < x[i].Length; j++) y[i][j] /= sum;
                    }
                }
                static void Range(float[] x, float[] y, int cols) {
                    float max = Enumerable.Range(0, x.Length).Max(k => x[k]);
                    for (int r = 0; r < x.Length / cols; r++) {
                        float sum = 0f;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(x[r * cols + j] - max); sum += y[r * cols + j]; }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= sum;
                    }
                }
                static double[][] RowSums(double[][] x) {
                    double[][] e = x.Select(row => row.Select(v => Math.Exp(v - row.Max())).ToArray()).ToArray();
                    double total = e.Sum(row => row.Sum());
                    return e.Select(row => row.Select(v => v / total).ToArray()).ToArray();
                }
            }
            """);
        Assert.Contains("| sum sum {x.d1} | max max {x.d0,x.d1} |", models["Aggregate"], StringComparison.Ordinal);
        Assert.Contains("| sum sum {x.s:1} | max max {x.s:1,x.s:cols} |", models["Range"], StringComparison.Ordinal);
        Assert.Contains("| sum total {x.d0,x.d1} | max row.Max() {x.d1} |", models["RowSums"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> DescribeMethods(string source) => ModelDescriptions.Of(source);

    private static SoftmaxModel BuildMethod(string source, string name) => ModelDescriptions.Method(source, name);
}
