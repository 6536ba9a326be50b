using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row of logits computed afresh in each iteration over the seeds by a HELPER (branch rowhelpers; the inline spellings
/// are <see cref="SoftmaxModelPerIterationRowTests"/>): a method of the same type, a local function, a lambda stored in a
/// local (capturing or static), or a static method of another file of the project, called once per seed
/// (<c>var logits = Logits(q, set, scale);</c>, <c>LogitsAt(s)</c>). Its value is that seed's row: its own max is a
/// per-row max, and a denominator carried over every seed folds every seed's row (LG0002). Each bug has a correct twin
/// with a per-seed sum that stays silent.
/// </summary>
public sealed class SoftmaxModelHelperRowTests
{
    /// <summary>How the seeds are walked; ROW is this seed's logits, BODY computes this seed's exps <c>e</c>.</summary>
    public static readonly string[] Outers =
    [
        "var exps = new List<double[]>(); foreach (var q in seeds) { double[] logits = ROW; BODY exps.Add(e); }",
        "var exps = new List<double[]>(); for (int s = 0; s < seeds.Count; s++) { var q = seeds[s]; double[] logits = ROW; BODY exps.Add(e); }",
        "var exps = seeds.Select(q => { double[] logits = ROW; BODY return e; }).ToList();",
    ];

    /// <summary>The helpers computing a seed's row from the seed: (call, declaration inside the method).</summary>
    public static readonly (string Call, string Local)[] Helpers =
    [
        // A method of the same type: a loop filling a fresh array, and LINQ.
        ("Logits(q, set, scale)", ""),
        ("LogitsLinq(q, set, scale)", ""),

        // A local function capturing the set, and a static one given it.
        ("LogitsOf(q)", "double[] LogitsOf(double[] v) { var z = new double[set.Count]; for (int j = 0; j < set.Count; j++) z[j] = Dot(v, set[j]) * scale; return z; }"),
        ("StaticLogitsOf(q, set, scale)", "static double[] StaticLogitsOf(double[] v, List<double[]> xs, double c) => xs.Select(x => Dot(v, x) * c).ToArray();"),

        // A lambda stored in a local, capturing the set, and a static one given it.
        ("logitsOf(q)", "Func<double[], double[]> logitsOf = v => set.Select(x => Dot(v, x) * scale).ToArray();"),
        ("staticLogitsOf(q, set)", "Func<double[], List<double[]>, double[]> staticLogitsOf = static (v, xs) => { var z = new double[xs.Count]; for (int j = 0; j < xs.Count; j++) z[j] = Dot(v, xs[j]); return z; };"),

        // A static method of another file of the project.
        ("Scorer.Logits(q, set, scale)", ""),
        ("Scorer.LogitsLinq(q, set, scale)", ""),
    ];

    /// <summary>Helpers given the seed's index <c>s</c> (a <c>for</c> over the seeds, <c>Enumerable.Range(…).Select</c>).</summary>
    public static readonly (string Call, string Local)[] IndexHelpers =
    [
        ("LogitsAt(s)", "double[] LogitsAt(int k) { var z = new double[set.Count]; for (int j = 0; j < set.Count; j++) z[j] = Dot(seeds[k], set[j]) * scale; return z; }"),
        ("logitsAt(s)", "Func<int, double[]> logitsAt = k => set.Select(x => Dot(seeds[k], x) * scale).ToArray();"),
        ("Scorer.LogitsAt(seeds, s, set)", ""),
        ("IndexedLogits(seeds, s, set)", ""),
    ];

    /// <summary>The index drivers: BODY computes seed <c>s</c>'s exps <c>e</c>.</summary>
    public static readonly string[] IndexOuters =
    [
        "var exps = new List<double[]>(); for (int s = 0; s < seeds.Count; s++) { double[] logits = ROW; BODY exps.Add(e); }",
        "var exps = Enumerable.Range(0, seeds.Count).Select(s => { double[] logits = ROW; BODY return e; }).ToList();",
    ];

    private const string ShiftedExps = " double top = logits.Max(); double[] e = logits.Select(l => Math.Exp(l - top)).ToArray();";

    private const string TotalOverEverySeed = "double mass = exps.Sum(r => r.Sum()); return exps.Select(r => r.Select(v => v / mass).ToArray()).ToList();";

    private const string PerSeedSum = "return exps.Select(r => { double z = r.Sum(); return r.Select(v => v / z).ToArray(); }).ToList();";

    private const string MassNeverReset = " double top = logits.Max(); var e = new double[logits.Length];"
        + " for (int k = 0; k < e.Length; k++) { e[k] = Math.Exp(logits[k] - top); mass += e[k]; }";

    private const string MassResetPerSeed = " double top = logits.Max(); var e = new double[logits.Length]; double mass = 0;"
        + " for (int k = 0; k < e.Length; k++) { e[k] = Math.Exp(logits[k] - top); mass += e[k]; }"
        + " for (int k = 0; k < e.Length; k++) e[k] /= mass;";

    public static IEnumerable<object[]> Cases() =>
        from outer in Enumerable.Range(0, Outers.Length)
        from helper in Enumerable.Range(0, Helpers.Length)
        select new object[] { outer, helper };

    public static IEnumerable<object[]> IndexCases() =>
        from outer in Enumerable.Range(0, IndexOuters.Length)
        from helper in Enumerable.Range(0, IndexHelpers.Length)
        select new object[] { outer, helper };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TotalOverEverySeedsHelperRow_IsLG0002(int outer, int helper) =>
        Assert.Equal(new[] { "LG0002" }, await Reported(Outers[outer], Helpers[helper], ShiftedExps, TotalOverEverySeed));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PerSeedSumOfHelperRow_IsSilent(int outer, int helper) =>
        Assert.Empty(await Reported(Outers[outer], Helpers[helper], ShiftedExps, PerSeedSum));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MassNeverResetAcrossSeeds_IsLG0002_NotAMaxFinding(int outer, int helper) =>
        Assert.Equal(new[] { "LG0002" }, await Reported(Outers[outer], Helpers[helper], MassNeverReset, "return exps.Select(r => r.Select(v => v / mass).ToArray()).ToList();", "double mass = 0;"));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MassResetPerSeed_IsSilent(int outer, int helper) =>
        Assert.Empty(await Reported(Outers[outer], Helpers[helper], MassResetPerSeed, "return exps.ToList();"));

    /// <summary>The <c>for</c> driver; <c>Enumerable.Range(…).Select</c> is judged the same (below; a known gap until linqrows).</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task TotalOverEverySeedsIndexedHelperRow_IsLG0002(int helper) =>
        Assert.Equal(new[] { "LG0002" }, await Reported(IndexOuters[0], IndexHelpers[helper], ShiftedExps, TotalOverEverySeed));

    /// <summary>
    /// Formerly a known gap (closed by linqrows, BufferView.IndexRanges.cs): the rows a statement lambda of
    /// <c>Enumerable.Range(0, n).Select(s =&gt; …)</c> returns walk what the lambda reads with its index, so a total over
    /// every row of the list is seen, for an inline row too.
    /// </summary>
    [Theory]
    [InlineData("set.Select(x => Dot(seeds[s], x) * scale).ToArray()")]
    [InlineData("LogitsAt(s)")]
    public async Task TotalOverEveryRowOfARangeSelect_IsLG0002(string row) =>
        Assert.Equal(new[] { "LG0002" }, await Reported(IndexOuters[1], (row, IndexHelpers[0].Local), ShiftedExps, TotalOverEverySeed));

    [Theory]
    [MemberData(nameof(IndexCases))]
    public async Task PerSeedSumOfIndexedHelperRow_IsSilent(int outer, int helper) =>
        Assert.Empty(await Reported(IndexOuters[outer], IndexHelpers[helper], ShiftedExps, PerSeedSum));

    [Theory]
    [MemberData(nameof(IndexCases))]
    public async Task IndexedMassNeverReset_IsLG0002(int outer, int helper) =>
        Assert.Equal(new[] { "LG0002" }, await Reported(IndexOuters[outer], IndexHelpers[helper], MassNeverReset, "return exps.Select(r => r.Select(v => v / mass).ToArray()).ToList();", "double mass = 0;"));

    [Theory]
    [MemberData(nameof(IndexCases))]
    public async Task IndexedMassResetPerSeed_IsSilent(int outer, int helper) =>
        Assert.Empty(await Reported(IndexOuters[outer], IndexHelpers[helper], MassResetPerSeed, "return exps.ToList();"));

    /// <summary>
    /// A helper that returns a buffer it keeps across calls (a field it refills) is no fresh row per seed; with the
    /// per-seed sum it stays silent too.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task PerSeedSumOfASharedScratchRow_IsSilent(int outer) =>
        Assert.Empty(await Reported(Outers[outer], ("Scratch(q, set)", ""), ShiftedExps, PerSeedSum));

    private static async Task<List<string>> Reported(string outer, (string Call, string Local) helper, string body, string tail, string head = "")
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Pooling
            {
                private static readonly double[] _scratch = new double[64];

                public static List<double[]> Weights(List<double[]> seeds, List<double[]> set)
                {
                    double scale = 1.0 / Math.Sqrt(seeds[0].Length);
                    {{helper.Local}}
                    {{head}}
                    {{outer.Replace("ROW", helper.Call, System.StringComparison.Ordinal).Replace("BODY", body, System.StringComparison.Ordinal)}}
                    {{tail}}
                }

                private static double[] Logits(double[] q, List<double[]> set, double scale)
                {
                    var z = new double[set.Count];
                    for (int j = 0; j < set.Count; j++) z[j] = Dot(q, set[j]) * scale;
                    return z;
                }

                private static double[] LogitsLinq(double[] q, List<double[]> set, double scale) => set.Select(x => Dot(q, x) * scale).ToArray();

                private static double[] IndexedLogits(List<double[]> seeds, int s, List<double[]> set)
                {
                    var z = new double[set.Count];
                    for (int j = 0; j < z.Length; j++) z[j] = Dot(seeds[s], set[j]);
                    return z;
                }

                private static double[] Scratch(double[] q, List<double[]> set)
                {
                    for (int j = 0; j < set.Count; j++) _scratch[j] = Dot(q, set[j]);
                    return _scratch;
                }

                private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
            }
            """;
        var compilation = FixRunner.CompileRecreation(source, ScorerFile);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Select(diagnostic => diagnostic.Id).ToList();
    }

    /// <summary>The other file of the project: static scorers the analysed file calls.</summary>
    private const string ScorerFile = """
        using System.Collections.Generic;
        using System.Linq;

        public static class Scorer
        {
            public static double[] Logits(double[] q, List<double[]> set, double scale)
            {
                var z = new double[set.Count];
                for (int j = 0; j < set.Count; j++) z[j] = Similarity(q, set[j]) * scale;
                return z;
            }

            public static double[] LogitsLinq(double[] q, List<double[]> set, double scale) => set.Select(x => Similarity(q, x) * scale).ToArray();

            public static double[] LogitsAt(List<double[]> seeds, int s, List<double[]> set)
            {
                var z = new double[set.Count];
                for (int j = 0; j < z.Length; j++) z[j] = Similarity(seeds[s], set[j]);
                return z;
            }

            private static double Similarity(double[] a, double[] b)
            {
                double acc = 0;
                for (int i = 0; i < a.Length; i++) acc += a[i] * b[i];
                return acc;
            }
        }
        """;
}
