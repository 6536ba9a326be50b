using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on walks over a buffer allocated afresh in the row loop (branch pins45; the equivalence rewrites'
/// for → foreach spelling of HeldOut16's PdaTracking_ClusterNormaliser): <c>foreach (var v in w)</c> reads the elements
/// of this row's <c>w</c>, so each is of the row <c>w</c> is filled from, exactly as <c>w[i]</c> is
/// (SoftmaxModel.FreshBuffers.cs). A total keyed by the row's cluster (<c>clusterMass[clusterOf[t]] += v</c>) or carried
/// across rows then folds more than one row (LG0002), whichever walk reads <c>w</c>; per-row totals stay the slice.
/// </summary>
public class SoftmaxModelFreshRowWalkTests
{
    /// <summary>The fold of this row's weights <c>w</c> into TOTAL, by index and by <c>foreach</c>.</summary>
    private static readonly string[] Walks =
    [
        "for (int i = 0; i < w.Length; i++) TOTAL += w[i];",
        "foreach (var v in w) TOTAL += v;",
        "foreach (double v in w) { TOTAL += v; }",
    ];

    [Fact]
    public void ClusterKeyedTotalOverAForeach_FoldsTheClustersRows_AsByIndex()
    {
        var descriptions = Walks.Select(walk => Describe(walk.Replace("TOTAL", "clusterMass[clusterOf[t]]", StringComparison.Ordinal),
            "beta[t][i] /= clusterMass[clusterOf[t]];")).ToList();
        Assert.Contains("sum clusterMass {d.d1,d.seg:clusterOf:d0}", descriptions[0], StringComparison.Ordinal);
        Assert.All(descriptions, description => Assert.Equal(descriptions[0], description));
    }

    [Fact]
    public void TotalNeverResetOverAForeach_FoldsEveryRow_AsByIndex()
    {
        var descriptions = Walks.Select(walk => Describe(walk.Replace("TOTAL", "total", StringComparison.Ordinal), "beta[t][i] /= total;")).ToList();
        Assert.Contains("sum total {d.d0,d.d1}", descriptions[0], StringComparison.Ordinal);
        Assert.All(descriptions, description => Assert.Equal(descriptions[0], description));
    }

    [Fact]
    public void PerRowTotalsOverAForeach_AreTheRow()
    {
        // Look-alikes: a total reset per row, and a slot of the row's own index.
        foreach (var walk in Walks.Skip(1))
        {
            var local = Describe("double z = 0; " + walk.Replace("TOTAL", "z", StringComparison.Ordinal) + " for (int i = 0; i < w.Length; i++) w[i] /= z;", string.Empty);
            Assert.Contains("sum z {d.d1}", local, StringComparison.Ordinal);
            var slot = Describe(walk.Replace("TOTAL", "rowMass[t]", StringComparison.Ordinal), "beta[t][i] /= rowMass[t];");
            Assert.Contains("sum rowMass {d.d1}", slot, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The model of a PDA-style softmax over rows of <c>d</c>: each row's weights <c>w</c> allocated in the row loop and
    /// folded by WALK, then DIVIDE applied to <c>beta[t][i]</c> after the loop (empty: the walk divides itself).
    /// </summary>
    private static string Describe(string walk, string divide)
    {
        var descriptions = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static double[][] F(double[][] d, int[] clusterOf, int clusters) {
                    var clusterMass = new double[clusters];
                    var rowMass = new double[d.Length];
                    double total = 0;
                    var beta = new double[d.Length][];
                    for (int t = 0; t < d.Length; t++) {
                        double nearest = d[t][0];
                        for (int i = 1; i < d[t].Length; i++) nearest = Math.Min(nearest, d[t][i]);
                        var w = new double[d[t].Length];
                        for (int i = 0; i < w.Length; i++) w[i] = Math.Exp(-0.5 * (d[t][i] - nearest));
                        {{walk}}
                        beta[t] = w;
                    }
                    {{(divide.Length == 0 ? string.Empty : "for (int t = 0; t < beta.Length; t++) for (int i = 0; i < beta[t].Length; i++) " + divide)}}
                    return beta;
                }
            }
            """);
        return descriptions["F"];
    }
}
