using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on folds kept in SIMD vectors: a lane-wise accumulator folds the lanes of the buffer it loads
/// (a loop stepping by the vector width walks the unit stride), and the scalar that reads its lanes (horizontal max,
/// <c>Sum</c>) folds what the vector folded, with the scalar tail. Each vector shape is compared with the same
/// computation written with scalars only.
/// </summary>
public class SoftmaxModelVectorFoldTests
{
    private const string Softmax = "float s = 0f; for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(row[j] - m); s += y[r * cols + j]; } for (int j = 0; j < cols; j++) y[r * cols + j] /= s;";

    [Theory]
    [InlineData("var v = Vector256.Create(float.MinValue);", "Vector256.Max(v, Vector256.Create(row.Slice(i, Vector256<float>.Count)))", "i + Vector256<float>.Count <= row.Length", "i += Vector256<float>.Count", "for (int k = 0; k < Vector256<float>.Count; k++) m = MathF.Max(m, v.GetElement(k));")]
    [InlineData("var v = new Vector<float>(float.MinValue);", "Vector.Max(v, new Vector<float>(row.Slice(i)))", "i <= row.Length - Vector<float>.Count", "i += Vector<float>.Count", "for (int k = 0; k < Vector<float>.Count; k++) m = MathF.Max(m, v[k]);")]
    [InlineData("var v = Vector128.Create(float.MinValue);", "Vector128.Max(v, Vector128.Create(row.Slice(i, 4)))", "i + 4 <= row.Length", "i += 4", "m = MathF.Max(m, MathF.Max(MathF.Max(v.GetElement(0), v.GetElement(1)), MathF.Max(v.GetElement(2), v.GetElement(3))));")]
    public void VectorMax_ResetPerRow_IsThePerRowMax_CarriedItSpansTheBatch(string create, string fold, string condition, string step, string horizontal)
    {
        var vectorLoop = $"int i = 0; for (; {condition}; {step}) v = {fold}; float m = float.MinValue; {horizontal} for (; i < row.Length; i++) m = MathF.Max(m, row[i]);";
        var models = DescribeMethods($$"""
            static void Scalar(float[] x, float[] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) { ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
                    float m = float.MinValue; for (int i = 0; i < row.Length; i++) m = MathF.Max(m, row[i]);
                    {{Softmax}} }
            }
            static void PerRow(float[] x, float[] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) { ReadOnlySpan<float> row = x.AsSpan(r * cols, cols); {{create}} {{vectorLoop}} {{Softmax}} }
            }
            static void Hoisted(float[] x, float[] y, int rows, int cols) {
                {{create}}
                for (int r = 0; r < rows; r++) { ReadOnlySpan<float> row = x.AsSpan(r * cols, cols); {{vectorLoop}} {{Softmax}} }
            }
            """);
        Assert.Contains("| max m {x.s:1} |", models["Scalar"], StringComparison.Ordinal);
        Assert.Equal(models["Scalar"], models["PerRow"]);
        Assert.True(models["Hoisted"].Contains("| max m {x.s:1,x.s:cols} partial |", StringComparison.Ordinal), models["Hoisted"]);
    }

    [Fact]
    public void VectorSumOfExps_ReducedWithSum_IsTheRowSum_OrTheBatchSumWhenNeverCleared()
    {
        const string exps = "float m = float.MinValue; for (int j = 0; j < cols; j++) m = MathF.Max(m, row[j]); for (int j = 0; j < cols; j++) dst[j] = MathF.Exp(row[j] - m);";
        const string vectorSum = "int i = 0; for (; i + 4 <= cols; i += 4) acc += Vector128.Create((ReadOnlySpan<float>)dst.Slice(i, 4)); float s = Vector128.Sum(acc); for (; i < cols; i++) s += dst[i]; for (int j = 0; j < cols; j++) dst[j] /= s;";
        var models = DescribeMethods($$"""
            static void Scalar(float[] x, float[] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) { ReadOnlySpan<float> row = x.AsSpan(r * cols, cols); Span<float> dst = y.AsSpan(r * cols, cols); {{exps}}
                    float s = 0f; for (int i = 0; i < cols; i++) s += dst[i]; for (int j = 0; j < cols; j++) dst[j] /= s; }
            }
            static void PerRow(float[] x, float[] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) { ReadOnlySpan<float> row = x.AsSpan(r * cols, cols); Span<float> dst = y.AsSpan(r * cols, cols); {{exps}}
                    var acc = Vector128<float>.Zero; {{vectorSum}} }
            }
            static void Hoisted(float[] x, float[] y, int rows, int cols) {
                var acc = Vector128<float>.Zero;
                for (int r = 0; r < rows; r++) { ReadOnlySpan<float> row = x.AsSpan(r * cols, cols); Span<float> dst = y.AsSpan(r * cols, cols); {{exps}} {{vectorSum}} }
            }
            """);
        Assert.Contains("| sum s {x.s:1} |", models["Scalar"], StringComparison.Ordinal);
        Assert.Equal(models["Scalar"], models["PerRow"]);
        Assert.True(models["Hoisted"].Contains("| sum s {x.s:1,x.s:cols} partial |", StringComparison.Ordinal), models["Hoisted"]);
    }

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        using System.Numerics;
        using System.Runtime.Intrinsics;
        static class C {
        {{methods}}
        }
        """);
}
