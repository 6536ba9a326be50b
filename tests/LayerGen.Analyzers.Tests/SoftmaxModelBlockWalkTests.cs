using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on unit-stride walks over one whole [A, B] block of a flat [outer, A, B] buffer, the block picked
/// by an outer loop at stride A·B: the walk folds the strides of the block the method steps by (B, here <c>inner</c>,
/// which the column max steps by) as well as 1. A walk over one row of a flat row-major buffer (a one-factor extent)
/// stays a unit-stride walk.
/// </summary>
public class SoftmaxModelBlockWalkTests
{
    private const string ColumnMax = """
        var maxes = new float[inner];
        for (int i = 0; i < inner; i++) { maxes[i] = float.NegativeInfinity; for (int a = 0; a < axis; a++) maxes[i] = MathF.Max(maxes[i], x[block + a * inner + i]); }
        """;

    [Theory]
    [InlineData("for (int p = block; p < block + axis * inner; p++) { y[p] = MathF.Exp(x[p] - maxes[(p - block) % inner]); s += y[p]; } for (int p = block; p < block + axis * inner; p++) y[p] /= s;")]
    [InlineData("for (int p = block; p < inner * axis + block; p++) { y[p] = MathF.Exp(x[p] - maxes[(p - block) % inner]); s += y[p]; } for (int p = block; p < block + axis * inner; p++) y[p] /= s;")]
    [InlineData("for (int k = 0; k < axis * inner; k++) { y[block + k] = MathF.Exp(x[block + k] - maxes[k % inner]); s += y[block + k]; } for (int k = 0; k < axis * inner; k++) y[block + k] /= s;")]
    [InlineData("{ int p = block; while (p < block + axis * inner) { y[p] = MathF.Exp(x[p] - maxes[(p - block) % inner]); s += y[p]; p++; } } for (int p = block; p < block + axis * inner; p++) y[p] /= s;")]
    [InlineData("for (int p = block; block + axis * inner > p; p++) { y[p] = MathF.Exp(x[p] - maxes[(p - block) % inner]); s += y[p]; } for (int p = block; p < block + axis * inner; p++) y[p] /= s;")]
    public void SumOverAWholeBlock_FoldsBothStrides(string walk)
    {
        var model = Describe($$"""
            static void F(float[] x, float[] y, int outer, int axis, int inner) {
                for (int o = 0; o < outer; o++) { int block = o * axis * inner; {{ColumnMax}} float s = 0f; {{walk}} }
            }
            """);
        Assert.Contains("| sum s {x.s:1,x.s:inner} |", model, StringComparison.Ordinal);
        Assert.Contains("| max maxes {x.s:inner} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void RowWalkOfAFlatRowMajorBuffer_StaysUnitStride()
    {
        var model = Describe("""
            static void F(float[] x, float[] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    int begin = r * cols;
                    float m = float.NegativeInfinity; for (int i = begin; i < begin + cols; i++) m = MathF.Max(m, x[i]);
                    float s = 0f; for (int i = begin; i < begin + cols; i++) { y[i] = MathF.Exp(x[i] - m); s += y[i]; }
                    for (int i = begin; i < begin + cols; i++) y[i] /= s;
                }
            }
            """);
        Assert.Contains("| dims {x.s:1,x.s:cols} | sum s {x.s:1} | max m {x.s:1} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWalkNotPickedByAnOuterLoopAtTheBlockStride_IsNoBlock()
    {
        // The start is a parameter: nothing says the walk is one block of a larger buffer.
        var model = Describe("""
            static void F(float[] x, float[] y, int start, int axis, int inner) {
                float m = float.NegativeInfinity; for (int p = start; p < start + axis * inner; p++) m = MathF.Max(m, x[p]);
                float s = 0f; for (int p = start; p < start + axis * inner; p++) { y[p] = MathF.Exp(x[p] - m); s += y[p]; }
                for (int p = start; p < start + axis * inner; p++) y[p] /= s;
            }
            """);
        Assert.DoesNotContain("x.s:axis", model, StringComparison.Ordinal);
        Assert.Contains("site ", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
