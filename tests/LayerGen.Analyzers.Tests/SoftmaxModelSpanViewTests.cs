using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A span view of a whole flat buffer written as a slice from its start (<c>all = x.AsSpan(0, rows * n)</c>) is the
/// buffer (SoftmaxModel.WholeSpanViews.cs): a max folded over it once, before the rows, is a batch max subtracted
/// from per-row sums (LG0001), as the same fold over x is. A view of one row (<c>x.AsSpan(r * n, n)</c>, and the first
/// row <c>x.AsSpan(0, n)</c> of a one-row softmax) stays a slice and is silent.
/// </summary>
public class SoftmaxModelSpanViewTests
{
    public static TheoryData<string> WholeViews() => new()
    {
        "ReadOnlySpan<float> all = x.AsSpan(0, rows * n);",
        "ReadOnlySpan<float> all = x.AsSpan(0, n * rows);",
        "ReadOnlySpan<float> all = x.AsSpan(0, x.Length);",
        "int total = rows * n; ReadOnlySpan<float> all = x.AsSpan(0, total);",
        "ReadOnlySpan<float> all = new ReadOnlySpan<float>(x).Slice(0, rows * n);",
    };

    [Theory]
    [MemberData(nameof(WholeViews))]
    public async Task ScalarMaxOverAWholeBufferView_BeforeTheRows_IsLG0001(string view)
    {
        var fold = "float max = float.NegativeInfinity; for (int i = 0; i < all.Length; i++) max = MathF.Max(max, all[i]);";
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(Batch(view, fold)));
    }

    [Theory]
    [MemberData(nameof(WholeViews))]
    public async Task LibraryMaxOverAWholeBufferView_BeforeTheRows_IsLG0001(string view)
    {
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(Batch(view, "float max = TensorPrimitives.Max(all);")));
    }

    [Fact]
    public async Task VectorMaxOverCastLanesOfAWholeBufferView_IsLG0001()
    {
        var fold = """
            ReadOnlySpan<Vector<float>> blocks = MemoryMarshal.Cast<float, Vector<float>>(all);
            var lanes = new Vector<float>(float.NegativeInfinity);
            for (int b = 0; b < blocks.Length; b++) lanes = Vector.Max(lanes, blocks[b]);
            float max = float.NegativeInfinity;
            for (int k = 0; k < Vector<float>.Count; k++) max = MathF.Max(max, lanes[k]);
            for (int i = blocks.Length * Vector<float>.Count; i < all.Length; i++) max = MathF.Max(max, all[i]);
            """;
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(Batch("ReadOnlySpan<float> all = x.AsSpan(0, rows * n);", fold)));
    }

    [Theory]
    [InlineData("float max = float.NegativeInfinity; for (int i = 0; i < row.Length; i++) max = MathF.Max(max, row[i]);")]
    [InlineData("float max = TensorPrimitives.Max(row);")]
    public async Task MaxOverTheRowsOwnView_IsSilent(string fold)
    {
        var source = $$"""
            using System;
            using System.Numerics.Tensors;

            static class C {
                static void F(float[] x, float[] y, int rows, int n) {
                    for (int r = 0; r < rows; r++) {
                        ReadOnlySpan<float> row = x.AsSpan(r * n, n);
                        {{fold}}
                        float sum = 0f;
                        for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(row[j] - max); sum += y[r * n + j]; }
                        for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task OneRowSoftmaxOverTheFirstRowsView_IsSilent()
    {
        var source = """
            using System;
            using System.Numerics.Tensors;

            static class C {
                static void F(float[] x, float[] y, int n) {
                    ReadOnlySpan<float> row = x.AsSpan(0, n);
                    float max = TensorPrimitives.Max(row);
                    float sum = 0f;
                    for (int j = 0; j < n; j++) { y[j] = MathF.Exp(row[j] - max); sum += y[j]; }
                    for (int j = 0; j < n; j++) y[j] /= sum;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    private static string Batch(string view, string fold) => $$"""
        using System;
        using System.Numerics;
        using System.Numerics.Tensors;
        using System.Runtime.InteropServices;

        static class C {
            static void F(float[] x, float[] y, int rows, int n) {
                {{view}}
                {{fold}}
                for (int r = 0; r < rows; r++) {
                    ReadOnlySpan<float> row = x.AsSpan(r * n, n);
                    float sum = 0f;
                    for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(row[j] - max); sum += y[r * n + j]; }
                    for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                }
            }
        }
        """;
}
