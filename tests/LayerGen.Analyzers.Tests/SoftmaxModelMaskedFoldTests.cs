using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Masked maxima: a fold that keeps the accumulator's old value on one branch of a ternary or an <c>if</c>
/// (<c>m = mask ? m : Math.Max(m, v)</c>, <c>m = mask ? Math.Max(m, v) : m</c>, <c>if (mask) m = Math.Max(m, v)</c>) is
/// still that fold, and a diagnostic on it points at the fold, never at the masking guard. A comparison guard
/// (<c>if (v &gt; m) m = v</c>) is the fold itself and stays the reported statement. Per-instance masked peaks stay silent.
/// </summary>
public class SoftmaxModelMaskedFoldTests
{
    /// <summary>Peaks per node over the instances (<c>{0}</c> folds <c>peak[n]</c>), sum per instance: LG0004.</summary>
    private const string PeakPerNode = """
        using System;
        static class C {
            static void F(float[,] x, bool[,] visited, float[,] y) {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var peak = new float[cols];
                for (int n = 0; n < cols; n++) {
                    peak[n] = float.NegativeInfinity;
                    for (int b = 0; b < rows; b++) {
        {0}
                    }
                }
                for (int b = 0; b < rows; b++) {
                    float sum = 0f;
                    for (int n = 0; n < cols; n++) { y[b, n] = MathF.Exp(x[b, n] - peak[n]); sum += y[b, n]; }
                    for (int n = 0; n < cols; n++) y[b, n] /= sum;
                }
            }
        }
        """;

    [Theory]
    [InlineData("if (!visited[b, n])\n{\n    peak[n] = MathF.Max(peak[n], x[b, n]); //~ LG0004\n}")]
    [InlineData("if (!visited[b, n])\n    peak[n] = MathF.Max(peak[n], x[b, n]); //~ LG0004")]
    [InlineData("if (visited[b, n]) continue;\npeak[n] = MathF.Max(peak[n], x[b, n]); //~ LG0004")]
    [InlineData("peak[n] = visited[b, n] ? peak[n] : MathF.Max(peak[n], x[b, n]); //~ LG0004")]
    [InlineData("peak[n] = !visited[b, n] ? MathF.Max(peak[n], x[b, n]) : peak[n]; //~ LG0004")]
    [InlineData("peak[n] = visited[b, n] ? peak[n] : Math.Max(x[b, n], peak[n]); //~ LG0004")]
    [InlineData("peak[n] = visited[b, n] ? peak[n] : (x[b, n] > peak[n] ? x[b, n] : peak[n]); //~ LG0004")]
    [InlineData("if (!visited[b, n] && x[b, n] > peak[n])\n    peak[n] = x[b, n]; //~ LG0004")]
    public async Task MaskedPeakPerNode_IsOtherAxisAtTheFold(string fold)
    {
        // The compare-and-assign guard is the fold: reported at the if, the line before the assignment.
        var source = PeakPerNode.Replace("{0}", fold);
        if (fold.StartsWith("if (!visited[b, n] &&", StringComparison.Ordinal))
        {
            source = source.Replace("    peak[n] = x[b, n]; //~ LG0004", "    peak[n] = x[b, n];").Replace("if (!visited[b, n] && x[b, n] > peak[n])", "if (!visited[b, n] && x[b, n] > peak[n]) //~ LG0004");
        }

        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>One peak over every instance and node (<c>{0}</c> folds <c>m</c>), softmax per instance: LG0001.</summary>
    private const string WholeBatchPeak = """
        using System;
        static class C {
            static void F(double[,] x, bool[,] mask, double[,] y) {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                double m = double.NegativeInfinity;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
        {0}
                    }
                for (int i = 0; i < rows; i++) {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - m); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """;

    [Theory]
    [InlineData("m = mask[i, j] ? m : Math.Max(m, x[i, j]); //~ LG0001")]
    [InlineData("m = mask[i, j] ? Math.Max(m, x[i, j]) : m; //~ LG0001")]
    [InlineData("if (mask[i, j])\n    m = Math.Max(m, x[i, j]); //~ LG0001")]
    [InlineData("if (mask[i, j])\n{\n    m = Math.Max(x[i, j], m); //~ LG0001\n}")]
    [InlineData("if (x[i, j] > m) //~ LG0001\n    m = x[i, j];")]
    public async Task MaskedPeakOverTheWholeBatch_IsTooWideAtTheFold(string fold) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(WholeBatchPeak.Replace("{0}", fold));

    [Theory]
    [InlineData("m = mask[i, j] ? m : Math.Max(m, x[i, j]);")]
    [InlineData("m = mask[i, j] ? Math.Max(m, x[i, j]) : m;")]
    [InlineData("if (!mask[i, j]) m = Math.Max(m, x[i, j]);")]
    [InlineData("if (!mask[i, j] && x[i, j] > m) m = x[i, j];")]
    public async Task MaskedPeakPerInstance_StaysSilent(string fold) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync($$"""
            using System;
            static class C {
                static void F(double[,] x, bool[,] mask, double[,] y) {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    for (int i = 0; i < rows; i++) {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < cols; j++) {{fold}}
                        double sum = 0;
                        for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - m); sum += y[i, j]; }
                        for (int j = 0; j < cols; j++) y[i, j] /= sum;
                    }
                }
            }
            """));

    [Fact]
    public async Task MaskedPeakOfOneVector_StaysSilent() =>
        // NaN entries skipped by the mask: the peak of the one slice there is.
        Assert.Empty(await FixRunner.ReportedIdsAsync("""
            using System;
            static class C {
                static void F(double[] x, double[] y) {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < x.Length; j++) m = double.IsNaN(x[j]) ? m : Math.Max(m, x[j]);
                    double sum = 0;
                    for (int j = 0; j < x.Length; j++) { y[j] = Math.Exp(x[j] - m); sum += y[j]; }
                    for (int j = 0; j < x.Length; j++) y[j] /= sum;
                }
            }
            """));
}
