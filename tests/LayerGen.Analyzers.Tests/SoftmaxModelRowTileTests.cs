using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Tiles of rows (HeldOut31's <c>BlockedTiles_TilePeak</c>, SoftmaxModel.RowTiles.cs): a stretch of a flat buffer whose
/// length is a count of rows times the row stride (<c>x.AsSpan(t * n, count * n)</c> with
/// <c>count = Math.Min(8, rows - t)</c>, a walk from <c>t * n</c> to <c>(t + count) * n</c>) spans several rows although
/// the count is not a constant, so a max over it subtracted from each row of the tile is LG0001, in every spelling of
/// the tile (library call, span local, <c>foreach</c>, a walk to the span's length, a flat walk over the tile's range).
/// The same tiling with a max per row, a one-row length (<c>1 * n</c>) or a softmax over the whole tile stays silent.
/// </summary>
public class SoftmaxModelRowTileTests
{
    /// <summary>Tiled rows whose exps are shifted by <c>peak</c>, computed once per tile by <c>$PEAK</c>.</summary>
    private const string PeakPerTile = """
        using System;
        using System.Numerics.Tensors;
        static class Tiles {
            static void Forward(float[] x, float[] y, int rows, int n) {
                for (int t = 0; t < rows; t += 8) {
                    $COUNT
                    $PEAK
                    for (int r = t; r < t + count; r++) {
                        ReadOnlySpan<float> row = x.AsSpan(r * n, n);
                        Span<float> outRow = y.AsSpan(r * n, n);
                        float sum = 0f;
                        for (int j = 0; j < n; j++) { outRow[j] = MathF.Exp(row[j] - peak); sum += outRow[j]; }
                        for (int j = 0; j < n; j++) outRow[j] /= sum;
                    }
                }
            }
        }
        """;

    private const string ClampedCount = "int count = Math.Min(8, rows - t);";

    public static TheoryData<string, string> TilePeaks() => new()
    {
        { ClampedCount, "float peak = TensorPrimitives.Max(x.AsSpan(t * n, count * n));" },
        { ClampedCount, "ReadOnlySpan<float> tile = x.AsSpan(t * n, count * n); float peak = TensorPrimitives.Max(tile);" },
        { ClampedCount, "float peak = TensorPrimitives.Max(x.AsSpan().Slice(t * n, n * count));" },
        { ClampedCount, "int length = count * n; float peak = TensorPrimitives.Max(new ReadOnlySpan<float>(x, t * n, length));" },
        { ClampedCount, "float peak = float.NegativeInfinity; foreach (float v in x.AsSpan(t * n, count * n)) peak = MathF.Max(peak, v);" },
        { ClampedCount, "var tile = x.AsSpan(t * n, count * n); float peak = float.NegativeInfinity; for (int k = 0; k < tile.Length; k++) peak = MathF.Max(peak, tile[k]);" },
        { ClampedCount, "float peak = float.NegativeInfinity; for (int k = t * n; k < (t + count) * n; k++) peak = MathF.Max(peak, x[k]);" },
        { ClampedCount, "float peak = float.NegativeInfinity; for (int k = t * n; k < t * n + count * n; k++) if (x[k] > peak) peak = x[k];" },
        { ClampedCount, "float peak = float.NegativeInfinity; for (int k = 0; k < count * n; k++) peak = MathF.Max(peak, x[t * n + k]);" },
        { "int count = rows - t < 8 ? rows - t : 8;", "float peak = TensorPrimitives.Max(x.AsSpan(t * n, count * n));" },
        { "int count = 8;", "float peak = TensorPrimitives.Max(x.AsSpan(t * n, 8 * n));" },
        { ClampedCount, "float peak = float.NegativeInfinity; for (int r = t; r < t + count; r++) for (int j = 0; j < n; j++) peak = MathF.Max(peak, x[r * n + j]);" },
    };

    [Theory]
    [MemberData(nameof(TilePeaks))]
    public async Task AMaxOverATileOfRows_ShiftingEachRowOfTheTile_IsLG0001(string count, string peak)
    {
        var source = PeakPerTile.Replace("$COUNT", count, StringComparison.Ordinal).Replace("$PEAK", peak, StringComparison.Ordinal);
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The same tiling, the peak taken per row inside the row loop (<c>$PEAK</c> sees <c>r</c> and <c>row</c>).</summary>
    private const string PeakPerRow = """
        using System;
        using System.Numerics.Tensors;
        static class Tiles {
            static void Forward(float[] x, float[] y, int rows, int n) {
                for (int t = 0; t < rows; t += 8) {
                    int count = Math.Min(8, rows - t);
                    for (int r = t; r < t + count; r++) {
                        ReadOnlySpan<float> row = x.AsSpan(r * n, n);
                        Span<float> outRow = y.AsSpan(r * n, n);
                        $PEAK
                        float sum = 0f;
                        for (int j = 0; j < n; j++) { outRow[j] = MathF.Exp(row[j] - peak); sum += outRow[j]; }
                        for (int j = 0; j < n; j++) outRow[j] /= sum;
                    }
                }
            }
        }
        """;

    [Theory]
    [InlineData("float peak = TensorPrimitives.Max(row);")]
    [InlineData("float peak = TensorPrimitives.Max(x.AsSpan(r * n, 1 * n));")]
    [InlineData("float peak = float.NegativeInfinity; for (int k = r * n; k < (r + 1) * n; k++) peak = MathF.Max(peak, x[k]);")]
    [InlineData("float peak = float.NegativeInfinity; for (int k = r * n; k < r * n + n; k++) peak = MathF.Max(peak, x[k]);")]
    [InlineData("float peak = float.NegativeInfinity; foreach (float v in x.AsSpan(r * n, n)) peak = MathF.Max(peak, v);")]
    public async Task TheSameTilingWithAMaxPerRow_IsSilent(string peak)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(PeakPerRow.Replace("$PEAK", peak, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("var tile = x.AsSpan(t * n, count * n); var outTile = y.AsSpan(t * n, count * n); float peak = TensorPrimitives.Max(tile); float sum = 0f;"
        + " for (int k = 0; k < tile.Length; k++) { outTile[k] = MathF.Exp(tile[k] - peak); sum += outTile[k]; } for (int k = 0; k < tile.Length; k++) outTile[k] /= sum;")]
    [InlineData("float peak = float.NegativeInfinity; for (int k = t * n; k < (t + count) * n; k++) peak = MathF.Max(peak, x[k]); float sum = 0f;"
        + " for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - peak); sum += y[k]; } for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum;")]
    public async Task ASoftmaxOverTheWholeTile_MaxAndSumOverTheSameTile_IsSilent(string body)
    {
        var source = $$"""
            using System;
            using System.Numerics.Tensors;
            static class Tiles {
                static void Forward(float[] x, float[] y, int rows, int n) {
                    for (int t = 0; t < rows; t += 8) {
                        int count = Math.Min(8, rows - t);
                        {{body}}
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task PerRowStatisticsKeyedByTheRowInsideTheTile_AreSilent()
    {
        const string source = """
            using System;
            using System.Numerics.Tensors;
            static class Tiles {
                static void Forward(float[] x, float[] y, int rows, int n) {
                    Span<float> rowMax = stackalloc float[8];
                    for (int t = 0; t < rows; t += 8) {
                        int count = Math.Min(8, rows - t);
                        for (int i = 0; i < count; i++) rowMax[i] = TensorPrimitives.Max(x.AsSpan((t + i) * n, n));
                        for (int i = 0; i < count; i++) {
                            ReadOnlySpan<float> row = x.AsSpan((t + i) * n, n);
                            Span<float> outRow = y.AsSpan((t + i) * n, n);
                            float sum = 0f;
                            for (int j = 0; j < n; j++) { outRow[j] = MathF.Exp(row[j] - rowMax[i]); sum += outRow[j]; }
                            TensorPrimitives.Divide(outRow, sum, outRow);
                        }
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
