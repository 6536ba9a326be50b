using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A scalar tail with a counter of its own that starts where a vector loop stopped (HeldOut31's
/// <c>VectorT_PeakOverBatch</c>, SoftmaxModel.FoldWalks.cs): at the vector loop's bound (<c>for (i = end; …)</c> after
/// <c>i &lt; end; i += w</c>) or at that bound in lanes (<c>blocks.Length * Vector&lt;float&gt;.Count</c> after a walk of
/// <c>MemoryMarshal.Cast</c> blocks) finishes the same walk, so a max too wide for the row is one LG0001 at the vector
/// fold, not a second one at the tail, as for a tail that continues the vector loop's counter. The same kernels per
/// row stay silent.
/// </summary>
public class SoftmaxModelVectorTailWalkTests
{
    /// <summary>A batched softmax whose rows are shifted by <c>max</c>, computed by <c>$MAX</c> (over <c>x</c>, <c>total</c> elements).</summary>
    private const string Batch = """
        using System;
        using System.Numerics;
        using System.Runtime.InteropServices;
        using System.Runtime.Intrinsics;
        static class Kernels {
            static void Forward(float[] x, float[] y, int rows, int n) {
                int total = rows * n;
                $MAX
                for (int r = 0; r < rows; r++) {
                    Span<float> outRow = y.AsSpan(r * n, n);
                    float sum = 0f;
                    for (int j = 0; j < n; j++) { outRow[j] = MathF.Exp(x[r * n + j] - max); sum += outRow[j]; }
                    for (int j = 0; j < n; j++) outRow[j] /= sum;
                }
            }
        }
        """;

    public static TheoryData<string> WholeBufferMaxima() => new()
    {
        "ReadOnlySpan<float> all = x.AsSpan(0, total); var blocks = MemoryMarshal.Cast<float, Vector<float>>(all); var lanes = new Vector<float>(float.NegativeInfinity);"
            + " for (int b = 0; b < blocks.Length; b++) lanes = Vector.Max(lanes, blocks[b]);"
            + " float max = float.NegativeInfinity; for (int k = 0; k < Vector<float>.Count; k++) max = MathF.Max(max, lanes[k]);"
            + " for (int i = blocks.Length * Vector<float>.Count; i < all.Length; i++) max = MathF.Max(max, all[i]);",
        "int w = Vector<float>.Count; int end = total - total % w; var lanes = new Vector<float>(float.NegativeInfinity);"
            + " for (int i = 0; i < end; i += w) lanes = Vector.Max(lanes, new Vector<float>(x, i));"
            + " float max = float.NegativeInfinity; for (int k = 0; k < w; k++) max = MathF.Max(max, lanes[k]);"
            + " for (int i = end; i < total; i++) max = MathF.Max(max, x[i]);",
        "int blocks = total / 4; var lanes = Vector128.Create(float.NegativeInfinity);"
            + " for (int b = 0; b < blocks; b++) lanes = Vector128.Max(lanes, Vector128.Create(x, b * 4));"
            + " float max = float.NegativeInfinity; for (int k = 0; k < 4; k++) max = MathF.Max(max, lanes.GetElement(k));"
            + " for (int i = 4 * blocks; i < total; i++) if (x[i] > max) max = x[i];",
    };

    [Theory]
    [MemberData(nameof(WholeBufferMaxima))]
    public async Task AVectorMaxOverTheBatchWithAScalarTailStartingWhereItStopped_IsOneLG0001(string max)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Batch.Replace("$MAX", max, StringComparison.Ordinal)));
    }

    /// <summary>The same kernels per row: <c>$MAX</c> sees the row span <c>row</c> and its offset <c>o</c>.</summary>
    private const string PerRow = """
        using System;
        using System.Numerics;
        using System.Runtime.InteropServices;
        using System.Runtime.Intrinsics;
        static class Kernels {
            static void Forward(float[] x, float[] y, int rows, int n) {
                for (int r = 0; r < rows; r++) {
                    int o = r * n;
                    ReadOnlySpan<float> row = x.AsSpan(o, n);
                    $MAX
                    Span<float> outRow = y.AsSpan(o, n);
                    float sum = 0f;
                    for (int j = 0; j < n; j++) { outRow[j] = MathF.Exp(row[j] - max); sum += outRow[j]; }
                    for (int j = 0; j < n; j++) outRow[j] /= sum;
                }
            }
        }
        """;

    [Theory]
    [InlineData("var blocks = MemoryMarshal.Cast<float, Vector<float>>(row); var lanes = new Vector<float>(float.NegativeInfinity);"
        + " for (int b = 0; b < blocks.Length; b++) lanes = Vector.Max(lanes, blocks[b]);"
        + " float max = float.NegativeInfinity; for (int k = 0; k < Vector<float>.Count; k++) max = MathF.Max(max, lanes[k]);"
        + " for (int i = blocks.Length * Vector<float>.Count; i < row.Length; i++) max = MathF.Max(max, row[i]);")]
    [InlineData("int w = Vector<float>.Count; int end = n - n % w; var lanes = new Vector<float>(float.NegativeInfinity);"
        + " for (int i = 0; i < end; i += w) lanes = Vector.Max(lanes, new Vector<float>(x, o + i));"
        + " float max = float.NegativeInfinity; for (int k = 0; k < w; k++) max = MathF.Max(max, lanes[k]);"
        + " for (int i = end; i < n; i++) max = MathF.Max(max, row[i]);")]
    public async Task TheSameVectorMaxWithItsTailPerRow_IsSilent(string max)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(PerRow.Replace("$MAX", max, StringComparison.Ordinal)));
    }
}
