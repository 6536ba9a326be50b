using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on its own, separate from the rules: which dimensions a site's sum and max fold (as
/// <see cref="SoftmaxModel.Describe"/> prints them), whatever the layout; and the shipped TensorPrimitives.SoftMax
/// behaviour LG0003 relies on.
/// </summary>
public class SoftmaxModelTests
{
    [Fact]
    public void RowMajor_SumAndMaxFoldTheColumnDimension()
    {
        var description = Describe("""
            static void F(float[,] x, float[,] y) {
                for (int i = 0; i < x.GetLength(0); i++) {
                    float m = float.MinValue;
                    for (int j = 0; j < x.GetLength(1); j++) m = System.Math.Max(m, x[i, j]);
                    float s = 0;
                    for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = System.MathF.Exp(x[i, j] - m); s += y[i, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= s;
                }
            }
            """);
        Assert.Equal("site y[i, j] /= s | dims {x.r0,x.r1} | sum s {x.r1} | max m {x.r1} | exps 1\n", description);
    }

    [Fact]
    public void ColumnMajor_SumAndMaxFoldTheRowDimension()
    {
        var description = Describe("""
            static void F(double[,] z, double[,] a, int classes, int batch) {
                for (int b = 0; b < batch; b++) {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) if (z[c, b] > m) m = z[c, b];
                    double s = 0;
                    for (int c = 0; c < classes; c++) { a[c, b] = System.Math.Exp(z[c, b] - m); s += a[c, b]; }
                    for (int c = 0; c < classes; c++) a[c, b] /= s;
                }
            }
            """);
        Assert.Contains("| sum s {z.r0} | max m {z.r0} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void SumNeverReset_FoldsTheBatchToo_AndIsReadWhileAccumulating()
    {
        var description = Describe("""
            static void F(float[] x, float[] y, int rows, int cols) {
                float s = 0;
                for (int i = 0; i < rows; i++) {
                    float m = float.MinValue;
                    for (int j = 0; j < cols; j++) m = System.Math.Max(m, x[i * cols + j]);
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = System.MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }
            """);
        Assert.Contains("| sum s {x.s:1,x.s:cols} partial |", description, StringComparison.Ordinal);
        Assert.Contains("| max m {x.s:1} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void ResetAfterTheUse_StillResetsEveryRow()
    {
        // The reset is the last statement of the row loop: tree order would call it "after", the control flow graph
        // sees that no value survives into the next row.
        var description = Describe("""
            static void F(float[,] x, float[,] y, int rows, int cols) {
                float m = float.MinValue, s = 0;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) m = System.Math.Max(m, x[i, j]);
                    for (int j = 0; j < cols; j++) { y[i, j] = System.MathF.Exp(x[i, j] - m); s += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= s;
                    m = float.MinValue;
                    s = 0;
                }
            }
            """);
        Assert.Equal("site y[i, j] /= s | dims {x.r0,x.r1} | sum s {x.r1} | max m {x.r1} | exps 1\n", description);
    }

    [Fact]
    public void StridedMiddleAxis_FoldsTheAxisStride()
    {
        var description = Describe("""
            static void F(float[] x, float[] y, int outer, int axis, int inner) {
                for (int o = 0; o < outer; o++)
                for (int n = 0; n < inner; n++) {
                    float m = float.MinValue;
                    for (int a = 0; a < axis; a++) m = System.MathF.Max(m, x[(o * axis + a) * inner + n]);
                    float s = 0;
                    for (int a = 0; a < axis; a++) { y[(o * axis + a) * inner + n] = System.MathF.Exp(x[(o * axis + a) * inner + n] - m); s += y[(o * axis + a) * inner + n]; }
                    for (int a = 0; a < axis; a++) y[(o * axis + a) * inner + n] /= s;
                }
            }
            """);
        Assert.Contains("| sum s {x.s:inner} | max m {x.s:inner} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void LinqOverJaggedRows_MaxOfMaxesFoldsBothLevels()
    {
        var description = Describe("""
            static double[][] F(double[][] x) {
                double max = System.Linq.Enumerable.Max(x, r => System.Linq.Enumerable.Max(r));
                return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(x, row => {
                    var e = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(row, v => System.Math.Exp(v - max)));
                    var s = System.Linq.Enumerable.Sum(e);
                    return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(e, v => v / s));
                }));
            }
            """);
        Assert.Contains("| sum s {x.d1} | max max {x.d0,x.d1} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void LinqSequenceOfSequences_InnerLambdaGetsTheOuterDimension()
    {
        var description = Describe("""
            static double[][] F(double[][] x) {
                var e = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(x, row => {
                    double m = System.Linq.Enumerable.Max(row);
                    return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(row, v => System.Math.Exp(v - m)));
                }));
                double z = System.Linq.Enumerable.Sum(System.Linq.Enumerable.SelectMany(e, r => r));
                return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(e, r => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(r, v => v / z))));
            }
            """);
        Assert.Equal("site v / z | dims {x.d0,x.d1} | sum z {x.d0,x.d1} | max m {x.d1} | exps 1\n", description);
    }

    [Fact]
    public void GaussianKernel_IsNotASoftmaxSite()
    {
        var description = Describe("""
            static void F(float[,] k, int size) {
                float sum = 0;
                for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) { k[i, j] = System.MathF.Exp(-(i * i + j * j) / 8f); sum += k[i, j]; }
                for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) k[i, j] /= sum;
            }
            """);
        Assert.Equal(string.Empty, description);
    }

    [Fact]
    public void ShippedTensorPrimitivesSoftMax_StillSubtractsNoMaximum()
    {
        // LG0003 reports TensorPrimitives.SoftMax for System.Numerics.Tensors versions below
        // UnshiftedExpRule.FirstUncheckedTensorsMajorVersion. If a future version subtracts the maximum, this test
        // fails on upgrade: then raise the version bound so the rule stops firing for the fixed library.
        float[] logits = [100f, 101f];
        var probabilities = new float[2];
        System.Numerics.Tensors.TensorPrimitives.SoftMax(logits, probabilities);

        Assert.True(float.IsNaN(probabilities[0]) || float.IsNaN(probabilities[1]), $"got {probabilities[0]}, {probabilities[1]}");
        var version = typeof(System.Numerics.Tensors.TensorPrimitives).Assembly.GetName().Version!;
        Assert.True(version.Major < UnshiftedExpRule.FirstUncheckedTensorsMajorVersion, $"System.Numerics.Tensors {version} is not covered by the rule's version bound");
    }

    [Fact]
    public void ShippedTensorSoftMax_SubtractsNoMaximum_AndNormalisesTheWholeTensor()
    {
        // LG0003 reports Tensor.SoftMax like TensorPrimitives.SoftMax (same version bound): the shipped method computes
        // exp(x) / Σ exp(x) over every element. If a future version subtracts the maximum, this test fails on upgrade.
#pragma warning disable SYSLIB5001 // Tensor<T> is experimental
        var pair = System.Numerics.Tensors.Tensor.SoftMax<float>(System.Numerics.Tensors.Tensor.Create(new[] { 100f, 101f }, [2]));
        Assert.All(pair.ToArray(), value => Assert.True(float.IsNaN(value), $"got {value}"));

        // Rows offset by +1000 (overflow: inf / inf) and -1000 (underflow: 0 / 0), in double.
        var above = System.Numerics.Tensors.Tensor.SoftMax<double>(System.Numerics.Tensors.Tensor.Create(new[] { 1000.0, 1001.0, 1002.0 }, [3]));
        var below = System.Numerics.Tensors.Tensor.SoftMax<double>(System.Numerics.Tensors.Tensor.Create(new[] { -1000.0, -1001.0, -1002.0 }, [3]));
        Assert.All(above.ToArray().Concat(below.ToArray()), value => Assert.True(double.IsNaN(value), $"got {value}"));

        // Ordinary logits are fine, but a [2, 3] tensor is one distribution over its six cells, not one per row.
        var grid = System.Numerics.Tensors.Tensor.SoftMax<double>(System.Numerics.Tensors.Tensor.Create(new[] { 1.0, 2.0, 3.0, 1.0, 2.0, 3.0 }, [2, 3])).ToArray();
        Assert.Equal(1.0, grid.Sum(), 12);
        Assert.Equal(0.5, grid.Take(3).Sum(), 12);
#pragma warning restore SYSLIB5001

        var version = typeof(System.Numerics.Tensors.Tensor).Assembly.GetName().Version!;
        Assert.True(version.Major < UnshiftedExpRule.FirstUncheckedTensorsMajorVersion, $"System.Numerics.Tensors {version} is not covered by the rule's version bound");
    }

    [Fact]
    public void PointerRows_IndexAndDereference_FoldTheUnitStride()
    {
        // p[i] and *(p + i) are OperationKind.None in Roslyn: the model reads them by syntax, and p + offset is a slice.
        var description = Describe("""
            static void F(float* x, float* y, int rows, int cols) {
                for (int i = 0; i < rows; i++) {
                    float* row = x + i * cols;
                    float* outRow = y + i * cols;
                    float m = float.MinValue;
                    for (int j = 0; j < cols; j++) m = System.MathF.Max(m, *(row + j));
                    float s = 0;
                    for (int j = 0; j < cols; j++) { outRow[j] = System.MathF.Exp(row[j] - m); s += outRow[j]; }
                    for (int j = 0; j < cols; j++) outRow[j] /= s;
                }
            }
            """);
        Assert.Equal("site outRow[j] /= s | dims {x.s:1,x.s:cols} | sum s {x.s:1} | max m {x.s:1} | exps 1\n", description);
    }

    [Fact]
    public void FixedPointer_IsTheArrayItPins()
    {
        var description = Describe("""
            static void F(float[] x, int rows, int cols) {
                float m = float.MinValue;
                fixed (float* p = x) {
                    for (int k = 0; k < x.Length; k++) m = System.MathF.Max(m, p[k]);
                    for (int i = 0; i < rows; i++) {
                        float s = 0;
                        for (int j = 0; j < cols; j++) { p[i * cols + j] = System.MathF.Exp(p[i * cols + j] - m); s += p[i * cols + j]; }
                        for (int j = 0; j < cols; j++) p[i * cols + j] /= s;
                    }
                }
            }
            """);
        Assert.Equal("site p[i * cols + j] /= s | dims {x.s:1,x.s:cols} | sum s {x.s:1} | max m {x.s:1,x.s:cols} | exps 1\n", description);
    }

    [Fact]
    public void Extents_CertainBoundsAreKeptPerFoldedDimension()
    {
        var model = Build("""
            static void F(float[] x, float[] y, int rows, int channels, int width) {
                for (int i = 0; i < rows; i++) {
                    float m = float.MinValue;
                    for (int c = 0; c < channels; c++) m = System.MathF.Max(m, x[i * width + c]);
                    float s = 0;
                    for (int k = 0; k <= width - 1; k++) { y[i * width + k] = System.MathF.Exp(x[i * width + k] - m); s += y[i * width + k]; }
                    for (int k = 0; k < x.Length / rows; k++) y[i * width + k] /= s;
                }
            }
            """);
        var site = Assert.Single(model.Sites);
        Assert.Equal("p:channels", Assert.Single(site.Maxima).Extents.Single().Value);
        Assert.Equal("p:width", site.Sum.Extents.Single().Value);
        Assert.Equal("y.s:1", site.Sum.Extents.Single().Key.ToString());
        Assert.True(model.ExtentsDiffer(site.Maxima[0], site.Sum));
    }

    [Fact]
    public void Extents_UncertainBoundsAreUnknown()
    {
        // row.Length, a loop variable (causal prefix) and a call may equal anything: no extent, so no disagreement.
        var model = Build("""
            static void F(float[][] x, int t) {
                foreach (var row in x) {
                    float m = float.MinValue;
                    for (int c = 0; c <= t; c++) m = System.MathF.Max(m, row[c]);
                    float s = 0;
                    for (int k = 0; k < row.Length; k++) { row[k] = System.MathF.Exp(row[k] - m); s += row[k]; }
                    for (int k = 0; k < System.Math.Min(row.Length, 4); k++) row[k] /= s;
                }
            }
            """);
        var site = Assert.Single(model.Sites);
        Assert.Empty(Assert.Single(site.Maxima).Extents);
        Assert.Empty(site.Sum.Extents);
        Assert.False(model.ExtentsDiffer(site.Maxima[0], site.Sum));
    }

    [Fact]
    public void HelperSummaries_TranslateParameterDimensionsToTheArguments()
    {
        // The field max of a helper over its jagged parameter becomes a max over both levels of the caller's batch;
        // the out-parameter max of a slice helper becomes the unit stride of the caller's buffer, picked per row.
        var description = DescribeMethod("""
            using System;
            sealed class Layer {
                private float _largest;
                public void Forward(float[][] batch) {
                    FindLargest(batch);
                    foreach (float[] row in batch) {
                        float s = 0;
                        for (int c = 0; c < row.Length; c++) { row[c] = System.MathF.Exp(row[c] - _largest); s += row[c]; }
                        for (int c = 0; c < row.Length; c++) row[c] /= s;
                    }
                }
                public static void Flat(float[] x, int rows, int cols) {
                    for (int i = 0; i < rows; i++) {
                        SliceMax(x.AsSpan(i * cols, cols), out float m);
                        float s = 0;
                        for (int j = 0; j < cols; j++) { x[i * cols + j] = System.MathF.Exp(x[i * cols + j] - m); s += x[i * cols + j]; }
                        for (int j = 0; j < cols; j++) x[i * cols + j] /= s;
                    }
                }
                private void FindLargest(float[][] values) {
                    _largest = float.MinValue;
                    foreach (var r in values) foreach (var v in r) _largest = System.MathF.Max(_largest, v);
                }
                private static void SliceMax(System.Span<float> v, out float max) {
                    max = float.MinValue;
                    for (int k = 0; k < v.Length; k++) max = System.MathF.Max(max, v[k]);
                }
            }
            """);
        Assert.Contains("Forward: site row[c] /= s | dims {batch.d0,batch.d1} | sum s {batch.d1} | max _largest {batch.d0,batch.d1} | exps 1", description, StringComparison.Ordinal);
        Assert.Contains("Flat: site x[i * cols + j] /= s | dims {x.s:1,x.s:cols} | sum s {x.s:1} | max m {x.s:1} | exps 1", description, StringComparison.Ordinal);
    }

    [Fact]
    public void HelperNormalisation_IsASiteAtTheCall_WithTheHelpersSumOnTheArgument()
    {
        var description = DescribeMethod("""
            using System;
            using System.Linq;
            static class S {
                static double[] Softmax(double[][] x, int i) => Normalize(x[i].Select(v => Math.Exp(v - x[i].Max())).ToArray());
                private static double[] Normalize(double[] values) { double total = values.Sum(); return values.Select(v => v / total).ToArray(); }
            }
            """);
        // i is a parameter the method never writes: x[i].Max() is row i's maximum only (stale in x.d0, FixedRows.cs);
        // the site is row i as well, so nothing is reported.
        Assert.Equal("Softmax: site Normalize(x[i].Select(v => Math.Exp(v - x[i].Max())).ToArray()) | dims {x.d1} | sum total {x.d1} | max x[i].Max() {x.d1} stale {x.d0} | exps 1\nNormalize: ", description);
    }

    [Fact]
    public void InPlaceShift_IsAShiftOfTheLaterExpArgument()
    {
        var model = Build("""
            static void F(float[,] x) {
                for (int i = 0; i < x.GetLength(0); i++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++) m = System.MathF.Max(m, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++) x[i, j] -= m;
                    float s = 0;
                    for (int j = 0; j < x.GetLength(1); j++) { x[i, j] = System.MathF.Exp(x[i, j]); s += x[i, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) x[i, j] /= s;
                }
            }
            """);
        var exp = Assert.Single(Assert.Single(model.Sites).Exps);
        var argument = model.ExpArgument(exp);
        Assert.Equal(new[] { "x" }, argument.RawRoots.Select(root => root.Name));
        Assert.Equal(new[] { "m" }, argument.Shifts.Select(shift => shift.Syntax.ToString()));
        Assert.True(model.IsShiftedByAMaximum(exp));
        Assert.Contains("| max m {x.r1} |", model.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddedNegation_IsAShift_ButAConstantOrAMeanIsNoMaximum()
    {
        var model = Build("""
            static void F(float[] x, float[] p, float[] q, float[] r) {
                float m = float.NegativeInfinity;
                foreach (float v in x) m = System.MathF.Max(m, v);
                float negM = -m;
                float total = 0;
                foreach (float v in x) total += v;
                float mean = total / x.Length;
                float s = 0, t = 0, u = 0;
                for (int j = 0; j < x.Length; j++) { p[j] = System.MathF.Exp(x[j] + negM); s += p[j]; }
                for (int j = 0; j < x.Length; j++) p[j] /= s;
                for (int j = 0; j < x.Length; j++) { q[j] = System.MathF.Exp(x[j] - 2f); t += q[j]; }
                for (int j = 0; j < x.Length; j++) q[j] /= t;
                for (int j = 0; j < x.Length; j++) { r[j] = System.MathF.Exp(x[j] - mean); u += r[j]; }
                for (int j = 0; j < x.Length; j++) r[j] /= u;
            }
            """);
        Assert.Equal(3, model.Sites.Count);
        var exps = model.Sites.Select(site => Assert.Single(site.Exps)).ToList();
        Assert.Equal(new[] { "m" }, model.ExpArgument(exps[0]).Shifts.Select(shift => shift.Syntax.ToString()));
        Assert.Equal(new[] { true, false, false }, exps.Select(model.IsShiftedByAMaximum));
    }

    [Fact]
    public void RefForeachVariable_IsTheElement_AndSizesAreNoOpaqueValues()
    {
        var refForeach = Build("""
            static void F(System.Span<float> x) {
                float s = 0;
                foreach (ref float v in x) { v = System.MathF.Exp(v); s += v; }
                foreach (ref float v in x) v /= s;
            }
            """);
        var argument = refForeach.ExpArgument(Assert.Single(Assert.Single(refForeach.Sites).Exps));
        Assert.Equal(new[] { "x" }, argument.RawRoots.Select(root => root.Name));

        var score = Build("""
            static void F(double[,] q, double[,] w) {
                for (int i = 0; i < q.GetLength(0); i++) {
                    double s = 0;
                    for (int j = 0; j < q.GetLength(0); j++) {
                        double dot = 0;
                        for (int d = 0; d < q.GetLength(1); d++) dot += q[i, d] * q[j, d];
                        w[i, j] = System.Math.Exp(dot / System.Math.Sqrt(q.GetLength(1)));
                        s += w[i, j];
                    }
                    for (int j = 0; j < q.GetLength(0); j++) w[i, j] /= s;
                }
            }
            """);
        var scoreArgument = score.ExpArgument(Assert.Single(Assert.Single(score.Sites).Exps));
        Assert.False(scoreArgument.IsOpaque);
        Assert.Equal(new[] { "q" }, scoreArgument.RawRoots.Select(root => root.Name));
    }

    [Theory]
    [InlineData("for (int j = 0; j < v.Length; j++) r[j] = v[j] - m;", true)]
    [InlineData("System.Threading.Tasks.Parallel.For(0, v.Length, j => { r[j] = v[j] - m; });", true)]
    [InlineData("System.Threading.Tasks.Parallel.For(0, v.Length, j => r[j] = v[j] - m);", true)]
    [InlineData("System.Threading.Tasks.Parallel.For(0, v.Length, j => { r[j] = v[j]; });", false)]
    [InlineData("System.Threading.Tasks.Parallel.For(0, v.Length, j => { r[j] = v[j] * m; });", false)]
    public void HelperShift_ReturnedCopyWrittenInALambda_IsAShiftOnlyWhenItSubtracts(string write, bool isShifted)
    {
        var model = Build($$"""
            static void F(double[] x) {
                double[] shifted = Shift(x);
                double s = 0;
                for (int j = 0; j < x.Length; j++) { shifted[j] = System.Math.Exp(shifted[j]); s += shifted[j]; }
                for (int j = 0; j < x.Length; j++) shifted[j] /= s;
            }
            static double[] Shift(double[] v) {
                double m = double.NegativeInfinity;
                foreach (double e in v) m = System.Math.Max(m, e);
                var r = new double[v.Length];
                {{write}}
                return r;
            }
            """, methodName: "F");
        var exp = Assert.Single(Assert.Single(model.Sites).Exps);
        Assert.Equal(isShifted, model.IsShiftedByAMaximum(exp));
    }

    [Fact]
    public void HelperShifts_ReturnedCopyAndInPlaceParameter()
    {
        var model = Build("""
            static void F(double[] x, double[] y) {
                double[] shifted = Shift(x);
                SubtractMax(y);
                double s = 0, t = 0;
                for (int j = 0; j < x.Length; j++) { shifted[j] = System.Math.Exp(shifted[j]); s += shifted[j]; }
                for (int j = 0; j < x.Length; j++) shifted[j] /= s;
                for (int j = 0; j < y.Length; j++) { y[j] = System.Math.Exp(y[j]); t += y[j]; }
                for (int j = 0; j < y.Length; j++) y[j] /= t;
            }
            static double[] Shift(double[] v) {
                double m = double.NegativeInfinity;
                foreach (double e in v) m = System.Math.Max(m, e);
                var r = new double[v.Length];
                for (int j = 0; j < v.Length; j++) r[j] = v[j] - m;
                return r;
            }
            static void SubtractMax(double[] v) {
                double m = double.NegativeInfinity;
                foreach (double e in v) m = System.Math.Max(m, e);
                for (int j = 0; j < v.Length; j++) v[j] -= m;
            }
            """, methodName: "F");
        Assert.Equal(2, model.Sites.Count);
        foreach (var site in model.Sites)
        {
            var exp = Assert.Single(site.Exps);
            Assert.True(model.IsShiftedByAMaximum(exp), exp.Syntax.ToString());
            Assert.IsAssignableFrom<IInvocationOperation>(Assert.Single(model.ExpArgument(exp).Shifts));
        }
    }

    /// <summary>
    /// The LG0008 predicate over the model: max, sum and division reduce over one set of dimensions that covers the
    /// whole buffer. Each method below has one site; the bool says whether it is a whole-buffer softmax.
    /// </summary>
    [Theory]
    [InlineData(true, """
        static void F(float[,] x, float[,] y, int rows, int cols) {
            float m = float.MinValue;
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m = System.Math.Max(m, x[i, j]);
            float s = 0;
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) { y[i, j] = System.MathF.Exp(x[i, j] - m); s += y[i, j]; }
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) y[i, j] /= s;
        }
        """)]
    [InlineData(true, """
        static void F(double[] x, double[] y, int h, int w) {
            double m = double.NegativeInfinity;
            for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) m = System.Math.Max(m, x[r * w + c]);
            double s = 0;
            for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) s += y[r * w + c] = System.Math.Exp(x[r * w + c] - m);
            for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) y[r * w + c] /= s;
        }
        """)]
    [InlineData(false, """
        static void F(float[,] x, float[,] y, int rows, int cols) {
            float s = 0;
            for (int i = 0; i < rows; i++) {
                float m = float.MinValue;
                for (int j = 0; j < cols; j++) m = System.Math.Max(m, x[i, j]);
                for (int j = 0; j < cols; j++) { y[i, j] = System.MathF.Exp(x[i, j] - m); s += y[i, j]; }
            }
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) y[i, j] /= s;
        }
        """)]
    [InlineData(false, """
        static void F(float[,] x, float[,] y, int rows, int cols) {
            float m = float.MinValue;
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m = System.Math.Max(m, x[i, j]);
            float s = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) { y[i, j] = System.MathF.Exp(x[i, j] - m); s += y[i, j]; }
                for (int j = 0; j < cols; j++) y[i, j] /= s;
            }
        }
        """)]
    [InlineData(false, """
        static void F(float[,,] x, float[,,] y, int b) {
            float m = float.MinValue;
            for (int i = 0; i < x.GetLength(1); i++) for (int j = 0; j < x.GetLength(2); j++) m = System.Math.Max(m, x[b, i, j]);
            float s = 0;
            for (int i = 0; i < x.GetLength(1); i++) for (int j = 0; j < x.GetLength(2); j++) { y[b, i, j] = System.MathF.Exp(x[b, i, j] - m); s += y[b, i, j]; }
            for (int i = 0; i < x.GetLength(1); i++) for (int j = 0; j < x.GetLength(2); j++) y[b, i, j] /= s;
        }
        """)]
    [InlineData(false, """
        static void F(float[,] x, float[,] y, int rows, int cols) {
            for (int i = 0; i < rows; i++) {
                float m = float.MinValue;
                for (int j = 0; j < cols; j++) m = System.Math.Max(m, x[i, j]);
                float s = 0;
                for (int j = 0; j < cols; j++) { y[i, j] = System.MathF.Exp(x[i, j] - m); s += y[i, j]; }
                for (int j = 0; j < cols; j++) y[i, j] /= s;
            }
        }
        """)]
    public void WholeBuffer_OnlyWhenMaxSumAndDivisionSpanEveryDimension(bool expected, string method)
    {
        var model = Build(method);
        var site = Assert.Single(model.Sites);
        Assert.Equal(expected, WholeBufferSoftmaxRule.IsWholeBuffer(model, site, site.Axes(model.Classes)));
    }

    private static string DescribeMethod(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var semanticModel = compilation.GetSemanticModel(tree);
        var symbols = WellKnownSymbols.Create(compilation);
        var builder = new System.Text.StringBuilder();
        foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var body = (IMethodBodyOperation)semanticModel.GetOperation(declaration)!;
            var model = SoftmaxModel.Build(body, symbols, ControlFlowGraph.Create(body), CancellationToken.None);
            builder.Append(declaration.Identifier.ValueText).Append(": ").Append(model.Describe());
        }

        return builder.ToString();
    }

    private static string Describe(string method) => Build(method).Describe();

    private static SoftmaxModel Build(string method, string? methodName = null)
    {
        var compilation = FixRunner.CompileRecreation("static unsafe class C {\n" + method + "\n}");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var semanticModel = compilation.GetSemanticModel(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(candidate => methodName is null || candidate.Identifier.ValueText == methodName);
        var body = (IMethodBodyOperation)semanticModel.GetOperation(declaration)!;
        return SoftmaxModel.Build(body, WellKnownSymbols.Create(compilation), ControlFlowGraph.Create(body), CancellationToken.None);
    }
}
