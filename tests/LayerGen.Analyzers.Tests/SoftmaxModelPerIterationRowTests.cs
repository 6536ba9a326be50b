using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A local array built afresh in each iteration over an outer collection (a <c>foreach</c>/<c>for</c> over the seeds,
/// a statement lambda of <c>seeds.Select</c>) from ANOTHER collection (<c>set.Select(x =&gt; Dot(q, x)).ToArray()</c>,
/// <c>new double[set.Count]</c> filled in a loop, <c>ToList()</c>) is one slice: this iteration's row. Its own max is a
/// per-row max (no LG0001/LG0004), and a denominator carried over every iteration folds every row (LG0002; HeldOut37's
/// <c>SetPooling_MassOverAllSeeds</c>, branch seeds). Each bug has a correct twin with the per-row sum that stays silent.
/// </summary>
public sealed class SoftmaxModelPerIterationRowTests
{
    /// <summary>How the seeds are walked; BODY computes this seed's exps <c>e</c>.</summary>
    public static readonly string[] Outers =
    [
        "var exps = new List<double[]>(); foreach (var q in seeds) { BODY exps.Add(e); }",
        "var exps = new List<double[]>(); for (int s = 0; s < seeds.Count; s++) { var q = seeds[s]; BODY exps.Add(e); }",
        "var exps = seeds.Select(q => { BODY return e; }).ToList();",
    ];

    /// <summary>This seed's logits, a local row computed from <c>set</c> (not from the seeds).</summary>
    public static readonly string[] Rows =
    [
        "double[] logits = set.Select(x => Dot(q, x) * scale).ToArray();",
        "var logits = set.Select(x => x[0] * q[0]).ToList();",
        "var logits = new double[set.Count]; for (int j = 0; j < set.Count; j++) logits[j] = Dot(q, set[j]) * scale;",
    ];

    public static IEnumerable<object[]> Cases() =>
        from outer in Enumerable.Range(0, Outers.Length)
        from row in Enumerable.Range(0, Rows.Length)
        select new object[] { outer, row };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TotalOverEverySeedsExps_IsLG0002(int outer, int row)
    {
        var body = Rows[row] + " double top = logits.Max(); double[] e = logits.Select(l => Math.Exp(l - top)).ToArray();";
        var ids = await FixRunner.ReportedIdsAsync(Method(outer, body,
            "double mass = exps.Sum(r => r.Sum()); return exps.Select(r => r.Select(v => v / mass).ToArray()).ToList();"));
        Assert.Equal(new[] { "LG0002" }, ids);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PerSeedSumAfterTheWalk_IsSilent(int outer, int row)
    {
        var body = Rows[row] + " double top = logits.Max(); double[] e = logits.Select(l => Math.Exp(l - top)).ToArray();";
        var ids = await FixRunner.ReportedIdsAsync(Method(outer, body,
            "return exps.Select(r => { double z = r.Sum(); return r.Select(v => v / z).ToArray(); }).ToList();"));
        Assert.Empty(ids);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MassNeverResetAcrossSeeds_IsLG0002_NotAMaxFinding(int outer, int row)
    {
        var body = Rows[row] + " double top = logits.Max(); var e = new double[logits.Count()];"
            + " for (int k = 0; k < e.Length; k++) { e[k] = Math.Exp(logits[k] - top); mass += e[k]; }";
        var ids = await FixRunner.ReportedIdsAsync(Method(outer, body,
            "return exps.Select(r => r.Select(v => v / mass).ToArray()).ToList();", "double mass = 0;"));
        Assert.Equal(new[] { "LG0002" }, ids);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MassResetPerSeed_IsSilent(int outer, int row)
    {
        var body = Rows[row] + " double top = logits.Max(); var e = new double[logits.Count()]; double mass = 0;"
            + " for (int k = 0; k < e.Length; k++) { e[k] = Math.Exp(logits[k] - top); mass += e[k]; }"
            + " for (int k = 0; k < e.Length; k++) e[k] /= mass;";
        var ids = await FixRunner.ReportedIdsAsync(Method(outer, body, "return exps.ToList();"));
        Assert.Empty(ids);
    }

    private static string Method(int outer, string body, string tail, string head = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class Pooling
        {
            public static List<double[]> Weights(List<double[]> seeds, List<double[]> set)
            {
                double scale = 1.0 / Math.Sqrt(seeds[0].Length);
                {{head}}
                {{Outers[outer].Replace("BODY", body, System.StringComparison.Ordinal)}}
                {{tail}}
            }

            private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
        }
        """;
}
