using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on walks whose slice is not in the index expression: a pointer stepped by a loop
/// (<c>for (float* q = p; q &lt; p + n; q++)</c>) reads its start's buffer at the loop's position, so a walk over the
/// whole buffer spans every dimension and a walk inside a row spans only the row; an index loop's start
/// (<c>for (i = b; …)</c>) is part of its index.
/// </summary>
public class SoftmaxModelWalkTests
{
    [Fact]
    public void PointerWalk_OverTheWholeBuffer_SpansEveryDimension_InsideARow_OnlyTheRow()
    {
        const string rows = """
                    for (int r = 0; r < rows; r++) {
                        float* src = px + r * cols; float* dst = py + r * cols; float sum = 0f;
                        for (int c = 0; c < cols; c++) { dst[c] = MathF.Exp(src[c] - max); sum += dst[c]; }
                        for (int c = 0; c < cols; c++) dst[c] /= sum;
                    }
            """;
        var models = DescribeMethods($$"""
            using System;
            static class C {
                static unsafe void Whole(float[] x, float[] y, int rows, int cols) {
                    fixed (float* px = x, py = y) {
                        float max = float.MinValue;
                        for (float* q = px; q < px + rows * cols; q++) max = MathF.Max(max, *q);
            {{rows}}
                    }
                }
                static unsafe void EndPointer(float[] x, float[] y, int rows, int cols) {
                    fixed (float* px = x, py = y) {
                        float max = float.MinValue; float* end = px + x.Length; float* q = px;
                        while (q < end) { max = MathF.Max(max, *q); q++; }
            {{rows}}
                    }
                }
                static unsafe void RowWalk(float[] x, float[] y, int rows, int cols) {
                    fixed (float* px = x, py = y) {
                        for (int r = 0; r < rows; r++) {
                            float* src = px + r * cols; float* dst = py + r * cols;
                            float max = float.MinValue;
                            for (float* q = src; q < src + cols; q++) max = MathF.Max(max, *q);
                            float sum = 0f;
                            for (int c = 0; c < cols; c++) { dst[c] = MathF.Exp(src[c] - max); sum += dst[c]; }
                            for (float* d = dst; d < dst + cols; d++) *d /= sum;
                        }
                    }
                }
                static unsafe void RowPointer(float[] x, float[] y, int cols) {
                    fixed (float* px = x, py = y) {
                        float* dst = py;
                        for (float* row = px; row < px + x.Length; row += cols) {
                            float max = row[0];
                            for (int c = 1; c < cols; c++) max = MathF.Max(max, row[c]);
                            float sum = 0f;
                            for (int c = 0; c < cols; c++) { dst[c] = MathF.Exp(row[c] - max); sum += dst[c]; }
                            for (int c = 0; c < cols; c++) dst[c] /= sum;
                            dst += cols;
                        }
                    }
                }
            }
            """);
        Assert.Contains("| sum sum {x.s:1} | max max {x.s:1,x.s:cols} |", models["Whole"], StringComparison.Ordinal);
        Assert.Contains("| sum sum {x.s:1} | max max {x.s:1,x.s:cols} |", models["EndPointer"], StringComparison.Ordinal);

        // Walks from a row's start pointer to its end stay in the row; a row pointer stepped by cols is the row index.
        Assert.Contains("site *d /= sum | dims {x.s:1,x.s:cols} | sum sum {x.s:1} | max max {x.s:1} |", models["RowWalk"], StringComparison.Ordinal);
        Assert.Contains("| dims {x.s:1,x.s:cols} | sum sum {x.s:1} | max max {x.s:1} |", models["RowPointer"], StringComparison.Ordinal);
    }

    [Fact]
    public void PointerRestartedInsideTheLoop_IsNoWalk()
    {
        // q is re-pointed at each row inside the row loop and stepped by the inner loop: it is not one loop's position,
        // so nothing is claimed about the max's span (no dims rather than a wrong one).
        var models = DescribeMethods("""
            using System;
            static class C {
                static unsafe void Restarted(float[] x, float[] y, int rows, int cols) {
                    fixed (float* px = x, py = y) {
                        float* q = px;
                        for (int r = 0; r < rows; r++) {
                            float max = float.MinValue;
                            q = px + r * cols;
                            for (int c = 0; c < cols; c++) { max = MathF.Max(max, *q); q++; }
                            float sum = 0f;
                            for (int c = 0; c < cols; c++) { py[r * cols + c] = MathF.Exp(px[r * cols + c] - max); sum += py[r * cols + c]; }
                            for (int c = 0; c < cols; c++) py[r * cols + c] /= sum;
                        }
                    }
                }
            }
            """);
        Assert.DoesNotContain("max max {x.s:1,x.s:cols}", models["Restarted"], StringComparison.Ordinal);
        Assert.Contains("| sum sum {x.s:1} |", models["Restarted"], StringComparison.Ordinal);
    }

    [Fact]
    public void LoopStart_IsPartOfTheIndex_AUnitStrideLoopToTheEndSpansTheBatch()
    {
        const string head = """
                    int n = classes * batch;
                    for (int b = 0; b < batch; b++) {
                        float max = float.NegativeInfinity;
                        for (int i = b; i < n; i += batch) max = MathF.Max(max, z[i]);
                        for (int i = b; i < n; i += batch) a[i] = MathF.Exp(z[i] - max);
                        float sum = 0f;
            """;
        var models = DescribeMethods($$"""
            using System;
            static class C {
                static void Strided(float[] z, float[] a, int classes, int batch) {
            {{head}}
                        for (int i = b; i < n; i += batch) sum += a[i];
                        for (int i = b; i < n; i += batch) a[i] /= sum;
                    }
                }
                static void ToTheEnd(float[] z, float[] a, int classes, int batch) {
            {{head}}
                        for (int i = b; i < n; i++) sum += a[i];
                        for (int i = b; i < n; i += batch) a[i] /= sum;
                    }
                }
                static void StartEnd(float[] x, float[] y, int cols) {
                    for (int row = 0; row < x.Length / cols; row++) {
                        int start = row * cols; int end = start + cols; float max = float.NegativeInfinity; float sum = 0f;
                        for (int i = start; i < end; i++) max = MathF.Max(max, x[i]);
                        for (int i = start; i < end; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                        for (int i = start; i < end; i++) y[i] /= sum;
                    }
                }
            }
            """);

        // The sample loop b is the unit stride (its start), the class loop strides by batch.
        Assert.Contains("| dims {z.s:1,z.s:batch} | sum sum {z.s:batch} | max max {z.s:batch} |", models["Strided"], StringComparison.Ordinal);
        Assert.Contains("| dims {z.s:1,z.s:batch} | sum sum {z.s:1,z.s:batch} | max max {z.s:batch} |", models["ToTheEnd"], StringComparison.Ordinal);
        Assert.Contains("| dims {x.s:1,x.s:cols} | sum sum {x.s:1} | max max {x.s:1} |", models["StartEnd"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> DescribeMethods(string source) => ModelDescriptions.Of(source);
}
