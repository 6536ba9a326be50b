using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A shift written with the subtraction reversed and negated (<c>Math.Exp(-(m - v))</c>, <c>-(m - v) * invT</c>,
/// <c>-(m - v) / T</c>, <c>-1 * (m - v)</c>) is the shift <c>v - m</c>: by the slice's max it is silent, by a batch-wide
/// peak it is LG0001, as the same exponent written <c>v - m</c> is; inline and through helpers. A negated difference
/// with something that is no max (a mean, a constant, a minimum) stays LG0003.
/// </summary>
public class SoftmaxModelNegatedShiftTests
{
    /// <summary>Exponents of <c>V</c> shifted by <c>M</c>, negated and reversed, with a data-free <c>t</c> and <c>invT</c>.</summary>
    private static readonly string[] NegatedSpellings =
    {
        "-(M - V)",
        "-(M - V) * invT",
        "-(M - V) / t",
        "-1 * (M - V)",
        "-1.0 * (M - V) * invT",
        "(M - V) * -1.0",
        "(M - V) * -0.5",
        "(M - V) / -2.0",
        "invT * -(M - V)",
        "-(M - V) * invT + 0.25",
    };

    public static TheoryData<string> Spellings()
    {
        var data = new TheoryData<string>();
        foreach (var spelling in NegatedSpellings)
        {
            data.Add(spelling);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task RowMaxNegated_IsSilent(string exponent)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Rows(Of(exponent, "x[r, c]", "rowMax"), batchPeak: false)));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task OneVectorMaxNegated_IsSilent(string exponent)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Vector(Of(exponent, "x[i]", "max"))));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task BatchPeakNegated_IsLG0001(string exponent)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Rows(Of(exponent, "x[r, c]", "peak"), batchPeak: true)));
    }

    /// <summary>A negated difference with no max in it is raw logits: LG0003 (a mean, a constant, a scale parameter).</summary>
    [Theory]
    [InlineData("-(mean - x[i])")]
    [InlineData("-(mean - x[i]) * invT")]
    [InlineData("-(1.0 - x[i])")]
    [InlineData("-1 * (mean - x[i])")]
    [InlineData("-(0.0 - x[i]) / t")]
    public async Task NegatedDifferenceWithNoMax_IsLG0003(string exponent)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Vector(exponent)));
    }

    /// <summary>The negated form reports exactly what the reversed difference written directly reports (a minimum, a max).</summary>
    [Theory]
    [InlineData("-(min - x[i])", "x[i] - min")]
    [InlineData("-(max - x[i])", "x[i] - max")]
    [InlineData("-(x[i] - max)", "max - x[i]")]
    [InlineData("-(min - x[i]) / t", "(x[i] - min) / t")]
    public async Task NegatedDifference_ReportsAsTheReversedDifference(string negated, string reversed)
    {
        Assert.Equal(await FixRunner.ReportedIdsAsync(Vector(reversed)), await FixRunner.ReportedIdsAsync(Vector(negated)));
    }

    /// <summary>Helpers whose exponent is a negated reversed difference of their parameters, given a max or not.</summary>
    [Theory]
    [InlineData("static double E(double v, double m) => Math.Exp(-(m - v));", "E(x[r, c], rowMax)", "E(x[r, c], peak)", "E(x[r, c], 0.0)")]
    [InlineData("static double E(double v, double m, double t) => Math.Exp(-(m - v) / t);", "E(x[r, c], rowMax, t)", "E(x[r, c], peak, t)", "E(x[r, c], 0.0, t)")]
    [InlineData("static double E(double v, double m, double k) { return Math.Exp(-1 * (m - v) * k); }", "E(x[r, c], rowMax, invT)", "E(x[r, c], peak, invT)", "E(x[r, c], 0.0, invT)")]
    [InlineData("static double E(double v, double m, double k) { var z = -(m - v) * k; return Math.Exp(z); }", "E(x[r, c], rowMax, invT)", "E(x[r, c], peak, invT)", "E(x[r, c], 0.0, invT)")]
    public async Task HelperWithNegatedShift(string helper, string rowCall, string batchCall, string rawCall)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Rows(rowCall, batchPeak: false, helper)));
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Rows(batchCall, batchPeak: true, helper)));
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Rows(rawCall, batchPeak: false, helper)));
    }

    /// <summary><paramref name="exponent"/> with <c>V</c> and <c>M</c> replaced.</summary>
    private static string Of(string exponent, string v, string m) => exponent.Replace("M", m).Replace("V", v);

    private static string Vector(string exponent) => $$"""
        using System;

        public static class C
        {
            public static void F(double[] x, double[] y, double t)
            {
                double invT = 1.0 / t;
                double max = double.MinValue, min = double.MaxValue, total = 0;
                for (int i = 0; i < x.Length; i++) { max = Math.Max(max, x[i]); min = Math.Min(min, x[i]); total += x[i]; }
                double mean = total / x.Length;
                double sum = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp({{exponent}}); sum += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= sum;
            }
        }
        """;

    private static string Rows(string exponentOrCall, bool batchPeak, string helper = "")
    {
        var value = helper.Length == 0 ? $"Math.Exp({exponentOrCall})" : exponentOrCall;
        return $$"""
            using System;

            public static class C
            {
                {{helper}}

                public static void F(double[,] x, double[,] y, double t)
                {
                    double invT = 1.0 / t;
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    {{(batchPeak ? "double peak = double.MinValue; for (int q = 0; q < rows; q++) for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[q, c]);" : "")}}
                    for (int r = 0; r < rows; r++)
                    {
                        double rowMax = double.MinValue;
                        for (int c = 0; c < cols; c++) rowMax = Math.Max(rowMax, x[r, c]);
                        double sum = 0;
                        for (int c = 0; c < cols; c++) { y[r, c] = {{value}}; sum += y[r, c]; }
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                }
            }
            """;
    }
}
