using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Performance-kernel spellings of per-row statistics (HeldOut31): a library max of one row's span stored into a
/// slot keyed by the row (<c>rowMax[i] = TensorPrimitives.Max(x.AsSpan((t + i) * n, n))</c>, in a tile of rows or
/// over all rows) is that row's max, read by the same row in the next pass (SoftmaxModel.KeyedDefinitions.cs); a
/// never-reset total fed by several per-row partial sums at once (<c>total += (s0 + s1) + (s2 + s3)</c>) carries
/// across rows like <c>total += s0</c> (SoftmaxModel.PartialSumTerms.cs).
/// </summary>
public class SoftmaxModelPerfKernelTests
{
    public static TheoryData<string> RowMaxStores() => new()
    {
        "rowMax[i] = TensorPrimitives.Max(x.AsSpan((t + i) * n, n));",
        "rowMax[i] = TensorPrimitives.Max(all.Slice((t + i) * n, n));",
        "rowMax[i] = TensorPrimitives.Max(MemoryMarshal.CreateReadOnlySpan(ref x[(t + i) * n], n));",
        "rowMax[i] = TensorPrimitives.Max(new ReadOnlySpan<float>(x, (t + i) * n, n));",
        "{ ReadOnlySpan<float> row = x.AsSpan((t + i) * n, n); rowMax[i] = TensorPrimitives.Max(row); }",
        "{ float m = TensorPrimitives.Max(x.AsSpan((t + i) * n, n)); rowMax[i] = m; }",
    };

    [Theory]
    [MemberData(nameof(RowMaxStores))]
    public async Task RowMaxStoredInTheRowsSlotOfATile_IsSilent(string store)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Tile(store, "Span<float> rowMax = stackalloc float[8];")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Tile(store, "var rowMax = new float[8];")));
    }

    [Fact]
    public async Task RowMaxStoredInTheRowsSlotOfAllRows_IsSilent()
    {
        var source = Rows("rowMax[r] = TensorPrimitives.Max(x.AsSpan(r * n, n));", "var rowMax = new float[rows];", "rowMax[r]");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task WholeBufferMaxStoredInEveryRowsSlot_IsLG0001()
    {
        var source = Rows("rowMax[r] = TensorPrimitives.Max(x);", "var rowMax = new float[rows];", "rowMax[r]");
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task LastRowsMaxKeptInOneSlot_IsLG0001()
    {
        // rowMax[0] is overwritten by every row: the second pass reads the last row's max for every row.
        var source = Rows("rowMax[0] = TensorPrimitives.Max(x.AsSpan(r * n, n));", "var rowMax = new float[1];", "rowMax[0]");
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(source));
    }

    public static TheoryData<string> CarriedPartials() => new()
    {
        "total += (s0 + s1) + (s2 + s3);",
        "total += s0 + s1 + s2 + s3;",
        "total = total + (s0 + s1) + (s2 + s3);",
        "total += s0; total += s1; total += s2; total += s3;",
        "float part = (s0 + s1) + (s2 + s3); total += part;",
    };

    [Theory]
    [MemberData(nameof(CarriedPartials))]
    public async Task TotalOfPartialSumsNeverReset_IsLG0002(string carry)
    {
        Assert.Contains("LG0002", await FixRunner.ReportedIdsAsync(Unrolled("float total = 0f;", string.Empty, carry)));
    }

    [Theory]
    [MemberData(nameof(CarriedPartials))]
    public async Task TotalOfPartialSumsResetPerRow_IsSilent(string carry)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Unrolled("float total;", "total = 0f;", carry)));
    }

    [Fact]
    public async Task RowSumOfPartialsInALocal_IsSilent()
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Unrolled(string.Empty, string.Empty, "float total = (s0 + s1) + (s2 + s3);")));
    }

    private static string Tile(string store, string declaration) => $$"""
        using System;
        using System.Numerics.Tensors;
        using System.Runtime.InteropServices;

        static class C {
            static void F(float[] x, float[] y, int rows, int n) {
                {{declaration}}
                ReadOnlySpan<float> all = x;
                for (int t = 0; t < rows; t += 8) {
                    int count = Math.Min(8, rows - t);
                    for (int i = 0; i < count; i++) {{store}}
                    for (int i = 0; i < count; i++) {
                        Span<float> o = y.AsSpan((t + i) * n, n);
                        float sum = 0f;
                        for (int j = 0; j < n; j++) { o[j] = MathF.Exp(x[(t + i) * n + j] - rowMax[i]); sum += o[j]; }
                        for (int j = 0; j < n; j++) o[j] /= sum;
                    }
                }
            }
        }
        """;

    private static string Rows(string store, string declaration, string read) => $$"""
        using System;
        using System.Numerics.Tensors;

        static class C {
            static void F(float[] x, float[] y, int rows, int n) {
                {{declaration}}
                for (int r = 0; r < rows; r++) {{store}}
                for (int r = 0; r < rows; r++) {
                    float sum = 0f;
                    for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(x[r * n + j] - {{read}}); sum += y[r * n + j]; }
                    for (int j = 0; j < n; j++) y[r * n + j] /= sum;
                }
            }
        }
        """;

    private static string Unrolled(string hoisted, string perRow, string carry) => $$"""
        using System;

        static class C {
            static void F(float[] x, float[] y, int rows, int n) {
                {{hoisted}}
                float s0, s1, s2, s3;
                for (int r = 0; r < rows; r++) {
                    int b = r * n;
                    float max = x[b];
                    for (int j = 1; j < n; j++) max = MathF.Max(max, x[b + j]);
                    {{perRow}}
                    s0 = s1 = s2 = s3 = 0f;
                    int k = 0;
                    for (; k + 4 <= n; k += 4) {
                        y[b + k] = MathF.Exp(x[b + k] - max);
                        y[b + k + 1] = MathF.Exp(x[b + k + 1] - max);
                        y[b + k + 2] = MathF.Exp(x[b + k + 2] - max);
                        y[b + k + 3] = MathF.Exp(x[b + k + 3] - max);
                        s0 += y[b + k]; s1 += y[b + k + 1]; s2 += y[b + k + 2]; s3 += y[b + k + 3];
                    }
                    for (; k < n; k++) { y[b + k] = MathF.Exp(x[b + k] - max); s0 += y[b + k]; }
                    {{carry}}
                    for (k = 0; k < n; k++) y[b + k] /= total;
                }
            }
        }
        """;
}
