using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a minimum in the exponent that no data offsets: <c>exp(rows[r].Min())</c> (a softmax over the rows'
/// minima) and <c>exp(x[i] + min)</c> grow with the data (every row +1000 overflows), so the minimum is no shift and the
/// exp is LG0003. A minimum offset by data entering the other way stays a shift: the softmin <c>exp(min - x[i])</c>,
/// a kernel <c>exp(-(d[i] - dmin) / h)</c>; and the row minima shifted by their own maximum are shifted.
/// </summary>
public class SoftmaxModelUnoffsetMinimumTests
{
    private const string Usings = """
        using System;
        using System.Linq;

        """;

    /// <summary>A softmax over i of <paramref name="weight"/> (line 10), with <c>mn</c>, <c>top</c> and the row minima <c>m</c> at hand.</summary>
    private static string Weights(string weight) => Usings + $$"""
        static class C {
            static double[] F(double[][] rows, double[] x, double h) {
                var m = rows.Select(row => row.Min()).ToArray();
                double mn = x.Min(), top = m.Max();
                var w = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) {
                    w[i] = {{weight}};
                    s += w[i];
                }
                for (int i = 0; i < x.Length; i++) w[i] /= s;
                return w;
            }
        }
        """;

    [Theory]
    [InlineData("Math.Exp(rows[i].Min())", "LG0003@10")]
    [InlineData("Math.Exp(m[i])", "LG0003@10")]
    [InlineData("Math.Exp(x[i] + mn)", "LG0003@10")]
    [InlineData("Math.Exp(mn + x[i] / h)", "LG0003@10")]
    [InlineData("Math.Exp(mn - x[i])", "")]
    [InlineData("Math.Exp(mn - rows[i][0] * x[i])", "")]
    [InlineData("Math.Exp(-(x[i] - mn) / h)", "")]
    [InlineData("Math.Exp(m[i] - top)", "")]
    [InlineData("Math.Exp(rows[i].Min() - top)", "")]
    public async Task MinimumInTheExponent_IsAShiftOnlyWhenDataEntersTheOtherWay(string weight, string expected)
    {
        Assert.Equal(expected, await Reported(Weights(weight)));
    }

    [Fact]
    public void RowMinimumFoldedInALoop_IsNoShiftOfItsOwnExp()
    {
        var models = ModelDescriptions.Of(Usings + """
            static class C {
                static double[] Raw(double[,] d) {
                    int n = d.GetLength(0), k = d.GetLength(1);
                    var w = new double[n];
                    double s = 0;
                    for (int r = 0; r < n; r++) {
                        double lo = double.PositiveInfinity;
                        for (int c = 0; c < k; c++) lo = Math.Min(lo, d[r, c]);
                        w[r] = Math.Exp(lo);
                        s += w[r];
                    }
                    for (int r = 0; r < n; r++) w[r] /= s;
                    return w;
                }
                static double[] Softmin(double[,] d, double[] w) {
                    int k = d.GetLength(1);
                    double lo = double.PositiveInfinity;
                    for (int c = 0; c < k; c++) lo = Math.Min(lo, d[0, c]);
                    double s = 0;
                    for (int c = 0; c < k; c++) { w[c] = Math.Exp(lo - d[0, c]); s += w[c]; }
                    for (int c = 0; c < k; c++) w[c] /= s;
                    return w;
                }
            }
            """);
        Assert.DoesNotContain("| max ", models["Raw"], StringComparison.Ordinal);
        Assert.Contains("| max lo {", models["Softmin"], StringComparison.Ordinal);
    }

    /// <summary>The analyzer's diagnostics on <paramref name="source"/> as <c>ID@line</c>, sorted, comma-separated.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
