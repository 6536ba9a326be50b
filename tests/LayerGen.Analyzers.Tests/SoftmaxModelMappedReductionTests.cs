using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on per-row maxima and sums built by LINQ (<c>rows.Select(row => row.Max()).ToArray()</c>): an
/// element read back by row index is the fold of that row, exactly like a per-row array filled by loops.
/// </summary>
public class SoftmaxModelMappedReductionTests
{
    private const string Exps = "for (int i = 0; i < x.Length; i++) { double s = 0; for (int j = 0; j < x[i].Length; j++) { y[i][j] = Math.Exp(x[i][j] - maxes[i]); s += y[i][j]; } for (int j = 0; j < x[i].Length; j++) y[i][j] /= s; }";

    [Theory]
    [InlineData("double[] maxes = x.Select(row => row.Max()).ToArray();")]
    [InlineData("List<double> maxes = x.Select(row => row.Max()).ToList();")]
    [InlineData("var maxes = x.Select(row => { return row.Max(); }).ToArray();")]
    [InlineData("var maxes = x.Select((row, k) => row.Max()).ToArray();")]
    [InlineData("var maxes = new double[x.Length]; for (int r = 0; r < x.Length; r++) { maxes[r] = double.NegativeInfinity; foreach (var v in x[r]) maxes[r] = Math.Max(maxes[r], v); }")]
    public void RowMaximaBuiltByLinq_FoldTheRow_LikeLoops(string maxima)
    {
        var model = Describe($"static void F(double[][] x, double[][] y) {{ {maxima} {Exps} }}");
        Assert.Contains("| dims {x.d0,x.d1} | sum s {x.d1} | max maxes {x.d1} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void RowSumsBuiltByLinq_AreTheSiteSums()
    {
        var model = Describe("""
            static List<double[]> F(List<double[]> batch) {
                double[] maxes = batch.Select(row => row.Max()).ToArray();
                var exps = batch.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).ToArray()).ToList();
                double[] sums = exps.Select(e => e.Sum()).ToArray();
                return exps.Select((e, i) => e.Select(v => v / sums[i]).ToArray()).ToList();
            }
            """);
        Assert.Contains("| sum sums {batch.d1} | max maxes {batch.d1} |", model, StringComparison.Ordinal);
    }

    [Theory]
    // Not a fold: a mapped copy of the first element, a mapped row length.
    [InlineData("var maxes = x.Select(row => row[0]).ToArray();")]
    [InlineData("var maxes = x.Select(row => (double)row.Length).ToArray();")]
    public void MappedValuesThatAreNoFold_AreNoMaximum(string maxima)
    {
        var model = Describe($"static void F(double[][] x, double[][] y) {{ {maxima} {Exps} }}");
        Assert.DoesNotContain("| max maxes", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
