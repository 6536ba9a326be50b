using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A total declared before the row loop that adds each row's whole sum (<c>total += p.Sum()</c>, <c>p</c> a list or
/// array allocated afresh per row and filled by <c>Add</c> or by index) and is never reset: it sums every row so far,
/// so dividing a row by it is LG0002, in the row loop or in a later pass. Reset per row (declared in the row loop,
/// <c>total = 0</c> at its top, or <c>total = p.Sum()</c>), it is one row's sum and silent.
/// </summary>
public class SoftmaxModelCarriedRowSumTests
{
    [Theory]
    [InlineData("double total = 0;", "total += p.Sum();", "for (int k = 0; k < p.Count; k++) p[k] /= total;")]
    [InlineData("double total = 0;", "total = total + p.Sum();", "for (int k = 0; k < p.Count; k++) p[k] /= total;")]
    [InlineData("double total = 0;", "total += p.Sum();", "for (int k = 0; k < p.Count; k++) p[k] = p[k] / total;")]
    [InlineData("double total = 0;", "total += p.Sum();", "p = p.Select(v => v / total).ToList();")]
    [InlineData("double total = 0;", "total += p.Aggregate(0.0, (a, b) => a + b);", "for (int k = 0; k < p.Count; k++) p[k] /= total;")]
    [InlineData("double total = 0.0;", "total += Enumerable.Sum(p);", "int j = 0; while (j < p.Count) { p[j] /= total; j++; }")]
    [InlineData("double total = 0;", "total += p.Sum();", "result.Add(p.Select(v => v / total).ToList());")]
    [InlineData("double total = 0;", "total += p.Sum();", "result.Add(p.ConvertAll(v => v / total));")]
    public async Task ATotalOfRowSumsNeverReset_DividingInTheRowLoop_IsLG0002(string before, string carry, string divide)
    {
        var source = Lists(before, "", carry, divide);
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("", "double total = 0;", "total += p.Sum();")]
    [InlineData("double total = 0;", "total = 0;", "total += p.Sum();")]
    [InlineData("double total;", "", "total = p.Sum();")]
    [InlineData("", "", "double total = p.Sum();")]
    [InlineData("", "double total = 0;", "total = total + p.Sum();")]
    public async Task ATotalResetPerRow_IsSilent(string before, string reset, string carry)
    {
        var source = Lists(before, reset, carry, "for (int k = 0; k < p.Count; k++) p[k] /= total;");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double total = 0;", "", "LG0002")]
    [InlineData("double total = 0;", "total = 0;", null)]
    [InlineData("", "double total = 0;", null)]
    public async Task AFreshArrayPerRow_IsJudgedTheSameWay(string before, string reset, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] scores) {
                    var result = new double[scores.Length][];
                    {{before}}
                    for (int r = 0; r < scores.Length; r++) {
                        {{reset}}
                        double[] row = scores[r];
                        double m = row.Max();
                        var p = new double[row.Length];
                        for (int i = 0; i < row.Length; i++) p[i] = Math.Exp(row[i] - m);
                        total += p.Sum();
                        for (int k = 0; k < p.Length; k++) p[k] /= total;
                        result[r] = p;
                    }

                    return result;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task ATotalOfRowSumsNeverReset_DividingALaterPass_IsLG0002()
    {
        var source = Lists("double total = 0;", "", "total += p.Sum();", "", "foreach (var q in result) for (int k = 0; k < q.Count; k++) q[k] /= total;");
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Lists(string before, string reset, string carry, string divide, string pass = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static List<List<double>> F(double[][] scores) {
                var result = new List<List<double>>();
                {{before}}
                foreach (var row in scores) {
                    {{reset}}
                    double m = double.NegativeInfinity;
                    foreach (var v in row) m = Math.Max(m, v);
                    var p = new List<double>();
                    foreach (var v in row) p.Add(Math.Exp(v - m));
                    {{carry}}
                    {{divide}}
                    result.Add(p);
                }
                {{pass}}
                return result;
            }
        }
        """;
}
