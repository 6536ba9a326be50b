using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on the gaps24 mechanisms, apart from the rules: a sum written out over the slots of a scratch buffer of
/// exps is a sum over the buffer's axis only when it adds every slot; span-to-span <c>TensorPrimitives</c> folds are
/// sums and maxima over what their loop picks; a scaled reciprocal (<c>a[i] / Σ K v</c>) times an exp is a site.
/// </summary>
public class SoftmaxModelUnrolledSumTests
{
    [Fact]
    public void UnrolledSum_OverEverySlot_IsASumOverTheScratchAxis_APartialSumOrATanhIsNot()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void AllSlots(float[][] x, float[][] y) {
                    Span<float> e = stackalloc float[3];
                    for (int r = 0; r < x.Length; r++) {
                        for (int c = 0; c < 3; c++) e[c] = MathF.Exp(x[r][c]);
                        float s = e[2] + e[0] + e[1];
                        for (int c = 0; c < 3; c++) y[r][c] = e[c] / s;
                    }
                }
                static void TwoOfThree(float[] x, float[] y) {
                    var e = new float[3];
                    for (int c = 0; c < 3; c++) e[c] = MathF.Exp(x[c]);
                    float s = e[0] + e[1];
                    y[0] = e[0] / s;
                }
                static void SlotTwice(float[] x, float[] y) {
                    var e = new float[2];
                    for (int c = 0; c < 2; c++) e[c] = MathF.Exp(x[c]);
                    float s = e[0] + e[0];
                    y[0] = e[0] / s;
                }
                static void ScratchOfData(float[] x, float[] y) {
                    var e = new float[2];
                    for (int c = 0; c < 2; c++) e[c] = x[c];
                    float s = e[0] + e[1];
                    y[0] = MathF.Exp(e[0]) / s;
                }
                static double Tanh(double v) {
                    var e = new double[2];
                    e[0] = Math.Exp(v); e[1] = Math.Exp(-v);
                    return (e[0] - e[1]) / (e[0] + e[1]);
                }
            }
            """);
        Assert.Equal("site e[c] / s | dims {x.d0,x.d1} | sum e[2] + e[0] + e[1] {x.d1} | exps 1\n", models["AllSlots"]);
        Assert.Equal(string.Empty, models["TwoOfThree"]);
        Assert.Equal(string.Empty, models["SlotTwice"]);
        Assert.Equal(string.Empty, models["ScratchOfData"]);
        Assert.Equal(string.Empty, models["Tanh"]);
    }

    [Fact]
    public void TwoExpsOfOneRow_AreASumOfThatRow_ExpsOfTwoLoopsAreNot()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void OneRow(double[,] x, double[,] p) {
                    for (int r = 0; r < x.GetLength(0); r++) {
                        double a = Math.Exp(x[r, 0]), b = Math.Exp(x[r, 1]);
                        p[r, 0] = a / (a + b);
                    }
                }
                static void TwoLoops(double[] x, double[] p) {
                    for (int i = 0; i < x.Length; i++)
                        for (int j = 0; j < x.Length; j++)
                            p[i] += Math.Exp(x[i]) / (Math.Exp(x[i]) + Math.Exp(x[j]));
                }
            }
            """);
        Assert.Equal("site a / (a + b) | dims {x.r0} | sum a + b {} | exps 2\n", models["OneRow"]);
        Assert.Equal(string.Empty, models["TwoLoops"]);
    }

    [Fact]
    public void TensorPrimitivesFolds_SumAndMaxOverTheLoopThatPicksTheSlice_ResetWhereAllocated()
    {
        var models = ModelDescriptions.Of("""
            using System;
            using System.Numerics.Tensors;
            static class C {
                static void Columns(float[] x, float[] y, int rows, int cols) {
                    var hi = new float[cols];
                    hi.AsSpan().Fill(float.NegativeInfinity);
                    for (int r = 0; r < rows; r++) TensorPrimitives.Max(hi, x.AsSpan(r * cols, cols), hi);
                    var sums = new float[cols];
                    for (int r = 0; r < rows; r++) {
                        TensorPrimitives.Subtract(x.AsSpan(r * cols, cols), hi, y.AsSpan(r * cols, cols));
                        TensorPrimitives.Exp(y.AsSpan(r * cols, cols), y.AsSpan(r * cols, cols));
                        TensorPrimitives.Add(sums, y.AsSpan(r * cols, cols), sums);
                    }
                    for (int r = 0; r < rows; r++) TensorPrimitives.Divide(y.AsSpan(r * cols, cols), sums, y.AsSpan(r * cols, cols));
                }
                static void AllocatedPerRow(float[] x, float[] y, int rows, int cols) {
                    for (int r = 0; r < rows; r++) {
                        var sums = new float[cols];
                        TensorPrimitives.Exp(x.AsSpan(r * cols, cols), y.AsSpan(r * cols, cols));
                        TensorPrimitives.Add(sums, y.AsSpan(r * cols, cols), sums);
                        TensorPrimitives.Divide(y.AsSpan(r * cols, cols), sums, y.AsSpan(r * cols, cols));
                    }
                }
            }
            """);
        Assert.Equal("site TensorPrimitives.Divide(y.AsSpan(r * cols, cols), sums, y.AsSpan(r * cols, cols)) | dims {x.s:1,x.s:cols} | sum sums {x.s:cols} | max hi {x.s:cols} | exps 1\n", models["Columns"]);

        // Allocated inside the row loop, the accumulator folds over no loop: e / e element-wise, no softmax.
        Assert.Equal(string.Empty, models["AllocatedPerRow"]);
    }

    [Fact]
    public void ScaledReciprocalTimesAnExp_IsASite_ARateIsNot()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void Plan(double[,] cost, double[] v, double[] a, double[,] plan) {
                    for (int i = 0; i < cost.GetLength(0); i++) {
                        double kv = 0;
                        for (int j = 0; j < v.Length; j++) kv += Math.Exp(-cost[i, j]) * v[j];
                        double u = a[i] / kv;
                        for (int j = 0; j < v.Length; j++) plan[i, j] = u * Math.Exp(-cost[i, j]) * v[j];
                    }
                }
                static void Rate(double[] counts, double[] logits, double[] r) {
                    double s = 0;
                    for (int j = 0; j < logits.Length; j++) s += Math.Exp(logits[j]);
                    for (int j = 0; j < counts.Length; j++) r[j] = counts[j] / s * 2.0;
                }
            }
            """);
        Assert.StartsWith("site u * Math.Exp(-cost[i, j]) | dims ", models["Plan"], StringComparison.Ordinal);
        Assert.Contains(" | sum kv {", models["Plan"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, models["Rate"]);
    }
}
