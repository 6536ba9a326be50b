using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A cumulative distribution built from exps, <c>cdf[k] = (p[0] + … + p[k]) / total</c> with <c>total</c> the sum of the
/// same exps, is a softmax normalisation whatever the spelling of its running numerator (Real52's
/// <c>NArmedBandit_PowEulerSelectors</c>, roulette-wheel and Boltzmann-exploration sampling): a compound
/// <c>running += p[k]</c>, an explicit <c>running = running + p[k]</c> or <c>p[k] + running</c>, a term routed through a
/// temporary, a prefix array <c>cum[k] = cum[k - 1] + p[k]</c> seeded with <c>cum[0] = p[0]</c> and divided afterwards, a
/// CDF normalised term by term (<c>cdf[k] = cdf[k - 1] + p[k] / total</c>), a list, a <c>foreach</c>, a reciprocal, or
/// no stored CDF at all (<c>u &lt;= running / total</c> in the walk). Unshifted exps there are LG0003; the same shapes
/// over exps of max-shifted logits, a log-space CDF, and a cumulative sum of data or of exps not divided by a total of
/// those exps stay silent.
/// </summary>
public class SoftmaxModelCumulativeNumeratorTests
{
    /// <summary>CDF bodies over <c>powers</c> (length <c>n</c>) and their sum <c>total</c>, ending in a <c>double[] cdf</c> or list <c>cdf</c>.</summary>
    public static TheoryData<string, string> CdfSpellings() => new()
    {
        // The spelling the model always knew.
        { "compound", "var cdf = new double[n]; double running = 0.0; for (int arm = 0; arm < n; arm++) { running += powers[arm]; cdf[arm] = running / total; }" },

        // The running numerator through a temporary, written out, commuted.
        { "temporary", "var cdf = new double[n]; double running = 0.0; for (int arm = 0; arm < n; arm++) { var t = powers[arm]; running += t; cdf[arm] = running / total; }" },
        { "explicit", "var cdf = new double[n]; double running = 0.0; for (int arm = 0; arm < n; arm++) { running = running + powers[arm]; cdf[arm] = running / total; }" },
        { "commuted", "var cdf = new double[n]; double running = 0.0; for (int arm = 0; arm < n; arm++) { running = powers[arm] + running; cdf[arm] = running / total; }" },
        { "temporaryCommuted", "var cdf = new double[n]; double running = 0.0; for (int arm = 0; arm < n; arm++) { double t = powers[arm]; running = t + running; cdf[arm] = running / total; }" },
        { "explicitThroughQuotientLocal", "var cdf = new double[n]; double running = 0.0; for (int arm = 0; arm < n; arm++) { running = running + powers[arm]; double c = running / total; cdf[arm] = c; }" },

        // A list, a foreach, a reciprocal of the total.
        { "listTemporary", "var cdf = new List<double>(); double running = 0.0; for (int arm = 0; arm < n; arm++) { var t = powers[arm]; running += t; cdf.Add(running / total); }" },
        { "foreachExplicit", "var cdf = new List<double>(); double running = 0.0; foreach (var p in powers) { running = running + p; cdf.Add(running / total); }" },
        { "reciprocal", "var cdf = new double[n]; double running = 0.0; double inv = 1.0 / total; for (int arm = 0; arm < n; arm++) { running = powers[arm] + running; cdf[arm] = running * inv; }" },

        // A running sum captured by a LINQ selector.
        { "linqCaptured", "double running = 0.0; var cdf = powers.Select(p => { running = running + p; return running / total; }).ToArray();" },

        // In place: the exps themselves turned into their prefix sums, divided by the last one (their total).
        { "inPlacePrefixOverLast", "var cdf = powers; for (int k = 1; k < n; k++) cdf[k] = cdf[k - 1] + powers[k]; double last = cdf[n - 1]; for (int k = 0; k < n; k++) cdf[k] /= last;" },

        // A prefix array, divided afterwards (in place or into another array).
        { "prefixDividedInPlace", "var cdf = new double[n]; cdf[0] = powers[0]; for (int k = 1; k < n; k++) cdf[k] = cdf[k - 1] + powers[k]; for (int k = 0; k < n; k++) cdf[k] /= total;" },
        { "prefixCommutedDivided", "var cdf = new double[n]; cdf[0] = powers[0]; for (int k = 1; k < n; k++) cdf[k] = powers[k] + cdf[k - 1]; for (int k = 0; k < n; k++) cdf[k] = cdf[k] / total;" },
        { "prefixIntoAnother", "var cum = new double[n]; cum[0] = powers[0]; for (int k = 1; k < n; k++) cum[k] = cum[k - 1] + powers[k]; var cdf = new double[n]; for (int k = 0; k < n; k++) cdf[k] = cum[k] / total;" },
        { "prefixShiftedByOne", "var cum = new double[n + 1]; for (int k = 0; k < n; k++) cum[k + 1] = cum[k] + powers[k]; var cdf = new double[n]; for (int k = 0; k < n; k++) cdf[k] = cum[k + 1] / total;" },

        // Normalised term by term.
        { "termByTerm", "var cdf = new double[n]; cdf[0] = powers[0] / total; for (int k = 1; k < n; k++) cdf[k] = cdf[k - 1] + powers[k] / total;" },
        { "termByTermRunning", "var cdf = new double[n]; double running = 0.0; for (int k = 0; k < n; k++) { running += powers[k] / total; cdf[k] = running; }" },
    };

    [Theory]
    [MemberData(nameof(CdfSpellings))]
    public async Task CdfOfUnshiftedExps_IsASoftmaxSite(string spelling, string cdf) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Sampler(spelling, cdf, ExpOf("q[a] / tau"))));

    [Theory]
    [MemberData(nameof(CdfSpellings))]
    public async Task CdfOfMaxShiftedExps_IsSilent(string spelling, string cdf) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Sampler(spelling, cdf, ExpOf("(q[a] - max) / tau"))));

    /// <summary>Roulette-wheel walks that never store a CDF: the running numerator divided where it is compared.</summary>
    public static TheoryData<string, string> WheelWalks() => new()
    {
        { "compound", "double running = 0.0; for (int k = 0; k < n; k++) { running += powers[k]; if (u <= running / total) return k; }" },
        { "temporaryExplicit", "double running = 0.0; for (int k = 0; k < n; k++) { var t = powers[k]; running = running + t; if (running / total >= u) return k; }" },
        { "whileCommuted", "double running = 0.0; int arm = 0; while (arm < n - 1) { running = powers[arm] + running; if (u <= running / total) break; arm++; } return arm;" },
    };

    [Theory]
    [MemberData(nameof(WheelWalks))]
    public async Task RouletteWheelOverUnshiftedExps_IsASoftmaxSite(string spelling, string walk) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Wheel(spelling, walk, ExpOf("q[a] / tau"))));

    [Theory]
    [MemberData(nameof(WheelWalks))]
    public async Task RouletteWheelOverMaxShiftedExps_IsSilent(string spelling, string walk) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Wheel(spelling, walk, ExpOf("(q[a] - max) / tau"))));

    /// <summary>Boltzmann exploration over a list of estimates (Real52's shape, through a temporary), annealed temperature.</summary>
    [Theory]
    [InlineData("Math.Exp(estimates[a] / tau)", "LG0003")]
    [InlineData("Math.Pow(Math.E, estimates[a] / tau)", "LG0003")]
    [InlineData("Math.Exp((estimates[a] - best) / tau)", "")]
    public async Task BoltzmannExplorationThroughATemporary(string exp, string expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static readonly Random Rng = new Random(3);
                static int Explore(List<double> estimates, int round) {
                    double tau = 4.0 * (1000.0 - round) / 1000.0;
                    double best = estimates.Max();
                    var powers = new List<double>();
                    for (int a = 0; a < estimates.Count; a++) powers.Add({{exp}});
                    double total = powers.Sum();
                    var cumulative = new List<double>();
                    double running = 0.0;
                    for (int arm = 0; arm < powers.Count; arm++) {
                        var share = powers[arm];
                        running = running + share;
                        cumulative.Add(running / total);
                    }
                    double draw = Rng.NextDouble();
                    for (int arm = 0; arm < cumulative.Count - 1; arm++) if (draw <= cumulative[arm]) return arm;
                    return cumulative.Count - 1;
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>Single precision and generic math: the running sum is a fold whatever its floating type.</summary>
    [Theory]
    [InlineData("float", "MathF.Exp(q[a] / tau)", "LG0003")]
    [InlineData("float", "MathF.Exp((q[a] - max) / tau)", "")]
    [InlineData("T", "T.Exp(q[a] / tau)", "LG0003")]
    [InlineData("T", "T.Exp((q[a] - max) / tau)", "")]
    public async Task FloatAndGenericRunningSums(string type, string exp, string expected)
    {
        var generic = type == "T" ? "<T>" : "";
        var constraint = type == "T" ? "where T : IExponentialFunctions<T>, IComparisonOperators<T, T, bool>" : "";
        var source = $$"""
            using System;
            using System.Numerics;

            static class C {
                static int Sample{{generic}}({{type}}[] q, {{type}} tau, {{type}} u) {{constraint}} {
                    int n = q.Length;
                    {{type}} max = q[0];
                    for (int a = 1; a < n; a++) if (q[a] > max) max = q[a];
                    var powers = new {{type}}[n];
                    {{type}} total = {{type}}.Zero;
                    for (int a = 0; a < n; a++) { powers[a] = {{exp}}; total += powers[a]; }
                    {{type}} running = {{type}}.Zero;
                    for (int k = 0; k < n; k++) {
                        {{type}} share = powers[k];
                        running = share + running;
                        if (u <= running / total) return k;
                    }
                    return n - 1;
                }
            }
            """.Replace("float.Zero", "0f");
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>Cumulative sums that are no softmax: of data, of exps over a count, of exps over another vector's total, in log space.</summary>
    public static TheoryData<string, string> NotSoftmaxCdfs() => new()
    {
        // A prefix sum of the data itself, divided by the data's total.
        { "dataPrefix", "double dataTotal = q.Sum(); var cdf = new double[n]; double running = 0.0; for (int k = 0; k < n; k++) { running = running + q[k]; cdf[k] = running / dataTotal; }" },
        { "dataPrefixArray", "double dataTotal = q.Sum(); var cdf = new double[n]; cdf[0] = q[0]; for (int k = 1; k < n; k++) cdf[k] = cdf[k - 1] + q[k]; for (int k = 0; k < n; k++) cdf[k] /= dataTotal;" },

        // A prefix of data divided by the exps' total (the exps are never a numerator).
        { "dataOverExpTotal", "var cdf = new double[n]; double running = 0.0; for (int k = 0; k < n; k++) { var t = q[k]; running += t; cdf[k] = running / total; }" },

        // Exps accumulated, divided by a count.
        { "expsOverCount", "var cdf = new double[n]; double running = 0.0; for (int k = 0; k < n; k++) { running = running + powers[k]; cdf[k] = running / n; }" },
        { "expPrefixOverCount", "var cdf = new double[n]; cdf[0] = powers[0]; for (int k = 1; k < n; k++) cdf[k] = cdf[k - 1] + powers[k]; for (int k = 0; k < n; k++) cdf[k] /= n;" },

        // A log-space CDF: log-sum-exp of the prefix minus that of the whole, exponentiated once per element.
        { "logSpace", "double lse = max + Math.Log(q.Sum(v => Math.Exp(v - max))); var cdf = new double[n]; double running = 0.0; for (int k = 0; k < n; k++) { running = running + Math.Exp(q[k] - lse); cdf[k] = running; }" },
    };

    [Theory]
    [MemberData(nameof(NotSoftmaxCdfs))]
    public async Task CumulativeSumNotDividedByTheExpsTotal_IsNoSite(string spelling, string cdf) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Sampler(spelling, cdf, ExpOf("q[a] / tau"))));

    private static string ExpOf(string exponent) => $"Math.Exp({exponent})";

    /// <summary>A sampler: exps of <c>q / tau</c> (<paramref name="exp"/>) into <c>powers</c> with their sum <c>total</c>, then the CDF, then a draw.</summary>
    private static string Sampler(string spelling, string cdf, string exp) => $$"""
        // {{spelling}}
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static readonly Random Rng = new Random(1);
            static int Sample(double[] q, double tau) {
                int n = q.Length;
                double max = q.Max();
                var powers = new double[n];
                double total = 0.0;
                for (int a = 0; a < n; a++) { powers[a] = {{exp}}; total += powers[a]; }
                {{cdf}}
                double u = Rng.NextDouble();
                for (int k = 0; k < n - 1; k++) if (u <= cdf[k]) return k;
                return n - 1;
            }
        }
        """;

    /// <summary>A roulette wheel: exps into <c>powers</c> with their sum <c>total</c>, a draw <c>u</c>, then <paramref name="walk"/>.</summary>
    private static string Wheel(string spelling, string walk, string exp) => $$"""
        // {{spelling}}
        using System;
        using System.Linq;

        static class C {
            static readonly Random Rng = new Random(2);
            static int Spin(double[] q, double tau) {
                int n = q.Length;
                double max = q.Max();
                var powers = new double[n];
                double total = 0.0;
                for (int a = 0; a < n; a++) { powers[a] = {{exp}}; total += powers[a]; }
                double u = Rng.NextDouble();
                {{walk}}
                return n - 1;
            }
        }
        """;
}
