using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Slice-end resets: one flat walk over a <c>[rows, cols]</c> block whose running max or sum is stored and reset by a
/// guard that fires at every slice boundary (<c>(i + 1) % cols == 0</c>, <c>i % cols == cols - 1</c>, a remainder
/// local, a column counter reaching <c>cols</c>, or <c>i % cols == 0</c> before the fold) folds one slice per stored
/// value: a per-row softmax built on those values stays silent. A reset at another period (<c>% (2 * cols)</c>), on the
/// wrong side of the fold, or no reset at all is still a fold over more than the softmax axis (LG0001, LG0002).
/// </summary>
public class SoftmaxModelSliceEndResetTests
{
    /// <summary>Per-row peaks by one flat walk; <c>{0}</c> is the walk's body, which stores row r's peak into <c>maxes[r]</c>.</summary>
    private const string FlatPeaks = """
        using System;
        static class C {
            static void F(float[] x, int n, int m, float[] y) {
                var maxes = new float[n];
                float mx = float.NegativeInfinity;
                int c = 0;
                for (int i = 0; i < n * m; i++) {
        {0}
                }
                for (int r = 0; r < n; r++) {
                    float sum = 0f;
                    for (int j = 0; j < m; j++) { y[r * m + j] = MathF.Exp(x[r * m + j] - maxes[r]); sum += y[r * m + j]; }
                    for (int j = 0; j < m; j++) y[r * m + j] /= sum;
                }
            }
        }
        """;

    [Theory]
    [InlineData("if (x[i] > mx) mx = x[i]; if ((i + 1) % m == 0) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (0 == (1 + i) % m) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = x[i] > mx ? x[i] : mx; if (i % m == m - 1) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (m - 1 == i % m) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); int j = i % m; if (j == m - 1) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % m != 0) continue; maxes[i / m] = mx; mx = float.NegativeInfinity;")]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % m != 0) { } else { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) { maxes[(i + 1) / m - 1] = mx; mx = float.MinValue; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (++c == m) { maxes[i / m] = mx; mx = float.NegativeInfinity; c = 0; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (c++ == m - 1) { c = 0; maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); c++; if (c == m) { maxes[i / m] = mx; mx = float.NegativeInfinity; c = 0; }")]
    public async Task PeakResetAtEachRowEnd_StaysSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(FlatPeaks.Replace("{0}", body)));

    [Theory]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % (2 * m) == 0) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) { maxes[i / m] = mx; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (i % (m + 1) == m) { maxes[i / m] = mx; mx = float.NegativeInfinity; }")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (c++ == m) { maxes[i / m] = mx; mx = float.NegativeInfinity; c = 0; }")]
    public async Task PeakResetAtAnotherPeriodOrNever_IsTooWide(string body) =>
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(FlatPeaks.Replace("{0}", body)));

    /// <summary>A reset that fires at the row end before the row's last element is folded moves that element into the next row.</summary>
    [Fact]
    public async Task PeakResetBeforeTheLastFold_IsNotARowPeak() =>
        Assert.NotEmpty(await FixRunner.ReportedIdsAsync(FlatPeaks.Replace(
            "{0}", "if ((i + 1) % m == 0) { maxes[i / m] = mx; mx = float.NegativeInfinity; } mx = MathF.Max(mx, x[i]);")));

    /// <summary>
    /// One flat walk for the peaks and one for the sums, both reset at each row end; <c>{0}</c> is the sum walk's reset
    /// guard around <c>sums[i / m] = s; s = 0f;</c>, <c>{1}</c> the division by the row's sum.
    /// </summary>
    private const string FlatRows = """
        using System;
        static class C {
            static void F(float[] x, int n, int m, float[] y) {
                var maxes = new float[n];
                var sums = new float[n];
                float mx = float.NegativeInfinity;
                for (int i = 0; i < n * m; i++) {
                    if (x[i] > mx) mx = x[i];
                    if ((i + 1) % m == 0) { maxes[i / m] = mx; mx = float.NegativeInfinity; }
                }
                float s = 0f;
                for (int i = 0; i < n * m; i++) {
                    y[i] = MathF.Exp(x[i] - maxes[i / m]);
                    s += y[i];
        {0}
                }
        {1}
            }
        }
        """;

    [Theory]
    [InlineData("if ((i + 1) % m == 0) { sums[i / m] = s; s = 0f; }")]
    [InlineData("if (i % m == m - 1) { sums[i / m] = s; s = 0; }")]
    [InlineData("if ((i + 1) % m != 0) continue; sums[i / m] = s; s = 0f;")]
    public async Task SumResetAtEachRowEnd_StaysSilent(string reset) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(FlatRows.Replace("{0}", reset).Replace("{1}", RowDivision)));

    [Theory]
    [InlineData("if ((i + 1) % (2 * m) == 0) { sums[i / m] = s; s = 0f; }")]
    [InlineData("if ((i + 1) % m == 0) { sums[i / m] = s; }")]
    public async Task SumResetAtAnotherPeriodOrNever_IsTooWide(string reset) =>
        Assert.Contains("LG0002", await FixRunner.ReportedIdsAsync(FlatRows.Replace("{0}", reset).Replace("{1}", RowDivision)));

    private const string RowDivision = "for (int r = 0; r < n; r++) for (int j = 0; j < m; j++) y[r * m + j] /= sums[r];";

    private const string FlatDivision = "for (int i = 0; i < n * m; i++) y[i] /= sums[i / m];";

    /// <summary>Every walk flat, the rows named only by the keys <c>maxes[i / m]</c> and <c>sums[i / m]</c>: silent.</summary>
    [Theory]
    [InlineData("if ((i + 1) % m == 0) { sums[i / m] = s; s = 0f; }")]
    [InlineData("if ((i + 1) % m != 0) continue; sums[i / m] = s; s = 0f;")]
    public async Task AllFlatWalksResetAtEachRowEnd_StaySilent(string reset) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(FlatRows.Replace("{0}", reset).Replace("{1}", FlatDivision)));

    /// <summary>The row-end peaks of a column-major <c>[m, n]</c> block are peaks along the other axis: LG0004, never silent.</summary>
    [Fact]
    public async Task PeakResetAtEachContiguousRunOfAColumnMajorBlock_IsOtherAxis() =>
        Assert.Contains("LG0004", await FixRunner.ReportedIdsAsync("""
            using System;
            static class C {
                static void F(float[] x, int n, int m, float[] y) {
                    var maxes = new float[n];
                    float mx = float.NegativeInfinity;
                    for (int i = 0; i < n * m; i++) {
                        mx = MathF.Max(mx, x[i]);
                        if ((i + 1) % m == 0) { maxes[i / m] = mx; mx = float.NegativeInfinity; }
                    }
                    for (int r = 0; r < m; r++) {
                        float sum = 0f;
                        for (int j = 0; j < n; j++) { y[j * m + r] = MathF.Exp(x[j * m + r] - maxes[j]); sum += y[j * m + r]; }
                        for (int j = 0; j < n; j++) y[j * m + r] /= sum;
                    }
                }
            }
            """));
}
