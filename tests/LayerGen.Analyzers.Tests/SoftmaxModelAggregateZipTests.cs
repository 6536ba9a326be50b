using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An element-wise fold of rows written with LINQ (SoftmaxModel.ElementwiseAggregates.cs):
/// <c>rows.Aggregate((acc, row) =&gt; acc.Zip(row, Math.Max).ToArray())</c> pairs elements of equal index, so element j
/// of the result is the max of every row's element j — a max over the rows, one per column, like the loop
/// <c>peaks[j] = Math.Max(peaks[j], rows[i][j])</c>. Subtracted from a softmax whose sum runs per row it is LG0004;
/// a softmax per column (max and sum over the rows) is silent, and so are the scalar folds of one row
/// (<c>row.Aggregate(Math.Max)</c>).
/// </summary>
public class SoftmaxModelAggregateZipTests
{
    public static TheoryData<string> ColumnPeaks() => new()
    {
        "x.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray())",
        "x.Aggregate((acc, row) => row.Zip(acc, Math.Max).ToArray())",
        "x.Aggregate((acc, row) => acc.Zip(row, (a, b) => Math.Max(a, b)).ToArray())",
        "x.Aggregate((acc, row) => acc.Zip(row, (a, b) => Math.Max(b, a)).ToArray())",
        "x.Aggregate((acc, row) => acc.Zip(row, (a, b) => a > b ? a : b).ToArray())",
        "x.Aggregate((acc, row) => acc.Zip(row, (a, b) => a < b ? b : a).ToArray())",
        "x.Aggregate(Enumerable.Repeat(double.NegativeInfinity, k).ToArray(), (acc, row) => acc.Zip(row, Math.Max).ToArray())",
        "x.AsParallel().Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray())",
    };

    [Theory]
    [MemberData(nameof(ColumnPeaks))]
    public async Task AColumnPeakFoldedWithZip_UnderPerRowSums_IsLG0004(string fold)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x, int k) {
                    double[] peaks = {{fold}};
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        y[i] = new double[k];
                        double s = 0;
                        for (int j = 0; j < k; j++) { y[i][j] = Math.Exp(x[i][j] - peaks[j]); s += y[i][j]; }
                        for (int j = 0; j < k; j++) y[i][j] /= s;
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ColumnPeaks))]
    public async Task AColumnPeakFoldedWithZip_UnderPerColumnSums_IsSilent(string fold)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x, int k) {
                    double[] peaks = {{fold}};
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) y[i] = new double[k];
                    for (int j = 0; j < k; j++) {
                        double s = 0;
                        for (int i = 0; i < x.Length; i++) { y[i][j] = Math.Exp(x[i][j] - peaks[j]); s += y[i][j]; }
                        for (int i = 0; i < x.Length; i++) y[i][j] /= s;
                    }
                    return y;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("x[i].Aggregate(Math.Max)")]
    [InlineData("x[i].Aggregate((a, b) => a > b ? a : b)")]
    [InlineData("x[i].Aggregate(double.NegativeInfinity, (a, b) => Math.Max(a, b))")]
    [InlineData("x[i].AsParallel().Aggregate(double.NegativeInfinity, Math.Max)")]
    public async Task ARowsOwnAggregatePeak_IsSilent(string peak)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x, int k) {
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        double m = {{peak}};
                        y[i] = new double[k];
                        double s = 0;
                        for (int j = 0; j < k; j++) { y[i][j] = Math.Exp(x[i][j] - m); s += y[i][j]; }
                        for (int j = 0; j < k; j++) y[i][j] /= s;
                    }
                    return y;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("x.SelectMany(r => r).Aggregate(Math.Max)", "LG0001")]
    [InlineData("x.SelectMany(r => r).Aggregate((a, b) => a > b ? a : b)", "LG0001")]
    [InlineData("x.Select(r => r.Aggregate(Math.Max)).Aggregate(Math.Max)", "LG0001")]
    public async Task AScalarAggregatePeakOverTheBatch_IsLG0001(string peak, string expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x, int k) {
                    double m = {{peak}};
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        y[i] = new double[k];
                        double s = 0;
                        for (int j = 0; j < k; j++) { y[i][j] = Math.Exp(x[i][j] - m); s += y[i][j]; }
                        for (int j = 0; j < k; j++) y[i][j] /= s;
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("x[i].Aggregate((a, b) => a + b)", null)]
    [InlineData("x[i].Aggregate(0.0, (t, v) => t + v)", null)]
    [InlineData("x.SelectMany(r => r).Aggregate(0.0, (t, v) => t + v)", "LG0002")]
    public async Task AnAggregateSumOfExps_IsJudgedByWhatItAdds(string total, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] raw, int k) {
                    var x = new double[raw.Length][];
                    for (int i = 0; i < raw.Length; i++) {
                        double m = raw[i].Max();
                        x[i] = raw[i].Select(v => Math.Exp(v - m)).ToArray();
                    }
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        double s = {{total}};
                        y[i] = x[i].Select(v => v / s).ToArray();
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    public static TheoryData<string, string> ZipExps() => new()
    {
        // the column peaks, the per-row exps
        { "x.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray())", "x[i].Zip(peaks, (s, m) => Math.Exp(s - m)).ToArray()" },
        { "x.Aggregate((acc, row) => acc.Zip(row, (a, b) => Math.Max(a, b)).ToArray())", "x[i].Zip(peaks, (s, m) => Math.Exp(s - m)).ToArray()" },
        { "x.Aggregate((acc, row) => row.Zip(acc, (a, b) => a > b ? a : b).ToArray())", "x[i].Zip(peaks, (s, m) => Math.Exp(s - m)).ToArray()" },
        { "x.AsParallel().Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray())", "x[i].AsParallel().AsOrdered().Zip(peaks.AsParallel().AsOrdered(), (s, m) => Math.Exp(s - m)).ToArray()" },
    };

    [Theory]
    [MemberData(nameof(ZipExps))]
    public async Task AnExpZippedWithColumnPeaks_UnderPerRowSums_IsLG0004(string fold, string exps)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x) {
                    double[] peaks = {{fold}};
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        double[] e = {{exps}};
                        double sum = e.Sum();
                        y[i] = e.Select(v => v / sum).ToArray();
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("x[i].Zip(Enumerable.Repeat(x[i].Max(), x[i].Length), (s, m) => Math.Exp(s - m)).ToArray()")]
    [InlineData("x[i].Zip(x[i], (s, t) => Math.Exp(s - x[i].Max())).ToArray()")]
    [InlineData("x[i].Zip(rowPeaks, (s, m) => Math.Exp(s - rowPeaks[i])).ToArray()")]
    public async Task AnExpZippedWithTheRowsOwnShift_IsSilent(string exps)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x) {
                    double[] rowPeaks = x.Select(r => r.Max()).ToArray();
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        double[] e = {{exps}};
                        double sum = e.Sum();
                        y[i] = e.Select(v => v / sum).ToArray();
                    }
                    return y;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
