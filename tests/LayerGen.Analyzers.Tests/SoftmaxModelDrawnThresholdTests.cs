using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Roulette-wheel sampling that never divides: a draw <c>target = u * total</c> compared with the running exps
/// (<c>acc &gt;= target</c>), or walked down by them (<c>r -= w[k]; if (r &lt;= 0)</c>), is <c>acc / total &gt;= u</c>, the
/// softmax's CDF. Unshifted exps there are LG0003, a total carried across rows LG0002, a batch-wide max LG0001, as for the
/// division; a fitness-proportional wheel (no exps), a threshold drawn from another total and plain guards stay silent.
/// </summary>
public class SoftmaxModelDrawnThresholdTests
{
    /// <summary>Walks over <c>powers</c> (length <c>n</c>), their sum <c>total</c> and a uniform draw <c>u</c>.</summary>
    public static TheoryData<string, string> DrawnWalks() => new()
    {
        { "accumulateAgainstTarget", "double target = u * total; double acc = 0.0; for (int k = 0; k < n; k++) { acc += powers[k]; if (acc >= target) return k; }" },
        { "targetFirstOperand", "double target = total * u; double acc = 0.0; for (int k = 0; k < n; k++) { acc += powers[k]; if (target < acc) return k; }" },
        { "inlineProduct", "double acc = 0.0; for (int k = 0; k < n; k++) { acc = acc + powers[k]; if (acc > u * total) return k; }" },
        { "drawnInline", "double target = Rng.NextDouble() * total; double acc = 0.0; foreach (var p in powers) { acc += p; if (acc >= target) break; }" },
        { "decrement", "double r = u * total; for (int k = 0; k < n; k++) { r -= powers[k]; if (r <= 0) return k; }" },
        { "decrementExplicit", "double r = u * total; for (int k = 0; k < n; k++) { r = r - powers[k]; if (r < 0.0) return k; }" },
        { "decrementWhile", "double r = u * total; int k = 0; while (k < n - 1) { r -= powers[k]; if (r <= 0) break; k++; } return k;" },
        { "decrementForeach", "double r = total * u; int arm = 0; foreach (var p in powers) { r -= p; if (r <= 0) return arm; arm++; }" },
        { "nucleus", "double acc = 0.0; int keep = 0; foreach (var k in Enumerable.Range(0, n).OrderByDescending(i => powers[i])) { acc += powers[k]; keep++; if (acc >= 0.9 * total) break; } return keep;" },
    };

    [Theory]
    [MemberData(nameof(DrawnWalks))]
    public async Task WalkOverUnshiftedExps_IsLG0003(string spelling, string walk) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Wheel(spelling, walk, "Math.Exp(q[a] / tau)")));

    [Theory]
    [MemberData(nameof(DrawnWalks))]
    public async Task WalkOverMaxShiftedExps_IsSilent(string spelling, string walk) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Wheel(spelling, walk, "Math.Exp((q[a] - max) / tau)")));

    /// <summary>The exps written into the walk itself (no stored powers), found at both exps.</summary>
    [Theory]
    [InlineData("acc += Math.Exp(q[k] / tau); if (acc >= target) return k;", "LG0003 LG0003")]
    [InlineData("acc += Math.Exp((q[k] - max) / tau); if (acc >= target) return k;", "")]
    [InlineData("target -= Math.Exp(q[k] / tau); if (target <= 0) return k;", "LG0003 LG0003")]
    [InlineData("target -= Math.Exp((q[k] - max) / tau); if (target <= 0) return k;", "")]
    public async Task ExpsRecomputedInTheWalk(string step, string expected)
    {
        var shift = expected.Length == 0 ? " - max" : "";
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static int Spin(double[] q, double tau, Random rng) {
                    double max = q.Max();
                    double total = 0.0;
                    for (int a = 0; a < q.Length; a++) total += Math.Exp((q[a]{{shift}}) / tau);
                    double target = rng.NextDouble() * total;
                    double acc = 0.0;
                    for (int k = 0; k < q.Length; k++) { {{step}} }
                    return q.Length - 1;
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>One draw per row of a batch: the per-row wheel is silent, a carried total LG0002, a batch-wide max LG0001.</summary>
    [Theory]
    [InlineData("perRow", "")]
    [InlineData("carriedTotal", "LG0002")]
    [InlineData("batchMax", "LG0001")]
    public async Task BatchedWheels(string variant, string expected)
    {
        var declareTotal = variant == "carriedTotal" ? "double total = 0.0;" : "";
        var resetTotal = variant == "carriedTotal" ? "" : "double total = 0.0;";
        var rowMax = variant == "batchMax" ? "" : "double m = double.NegativeInfinity; for (int c = 0; c < cols; c++) m = Math.Max(m, logits[r, c]);";
        var batchMax = variant == "batchMax" ? "double m = double.NegativeInfinity; foreach (var v in logits) m = Math.Max(m, v);" : "";
        var source = $$"""
            using System;

            static class C {
                static void Sample(double[,] logits, Random rng, int[] picks) {
                    int rows = logits.GetLength(0), cols = logits.GetLength(1);
                    {{declareTotal}}
                    {{batchMax}}
                    for (int r = 0; r < rows; r++) {
                        {{rowMax}}
                        {{resetTotal}}
                        for (int c = 0; c < cols; c++) total += Math.Exp(logits[r, c] - m);
                        double draw = rng.NextDouble() * total;
                        picks[r] = cols - 1;
                        for (int c = 0; c < cols; c++) {
                            draw -= Math.Exp(logits[r, c] - m);
                            if (draw <= 0) { picks[r] = c; break; }
                        }
                    }
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>Float, generic math and a dictionary of utilities.</summary>
    [Theory]
    [InlineData("float", "MathF.Exp(q[a] / tau)", "LG0003")]
    [InlineData("float", "MathF.Exp((q[a] - max) / tau)", "")]
    [InlineData("T", "T.Exp(q[a] / tau)", "LG0003")]
    [InlineData("T", "T.Exp((q[a] - max) / tau)", "")]
    public async Task FloatAndGenericDraws(string type, string exp, string expected)
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
                    {{type}} remaining = u * total;
                    for (int k = 0; k < n; k++) {
                        remaining -= powers[k];
                        if (remaining <= {{type}}.Zero) return k;
                    }
                    return n - 1;
                }
            }
            """.Replace("float.Zero", "0f");
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    [Theory]
    [InlineData("Math.Exp(kv.Value)", "LG0003")]
    [InlineData("Math.Exp(kv.Value - best)", "")]
    public async Task DictionaryOfUtilities(string exp, string expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static string Choose(Dictionary<string, double> utilities, Random rng) {
                    double best = utilities.Values.Max();
                    var weights = new Dictionary<string, double>();
                    double sum = 0;
                    foreach (var kv in utilities) { var w = {{exp}}; weights[kv.Key] = w; sum += w; }
                    double pick = rng.NextDouble() * sum;
                    double running = 0;
                    foreach (var kv in weights) {
                        running += kv.Value;
                        if (pick < running) return kv.Key;
                    }
                    return "";
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>Comparisons and decrements that are no softmax: no exps, another total, guards, a threshold reset per step.</summary>
    public static TheoryData<string, string> NotSoftmaxWalks() => new()
    {
        // Fitness-proportional selection over the data itself.
        { "fitnessWheel", "double fitTotal = q.Sum(); double target = u * fitTotal; double acc = 0.0; for (int k = 0; k < n; k++) { acc += q[k]; if (acc >= target) return k; }" },
        { "fitnessDecrement", "double r = u * q.Sum(); for (int k = 0; k < n; k++) { r -= q[k]; if (r <= 0) return k; }" },

        // Exps compared with a threshold drawn from the data's total, not theirs.
        { "otherTotal", "double target = u * q.Sum(); double acc = 0.0; for (int k = 0; k < n; k++) { acc += powers[k]; if (acc >= target) return k; }" },

        // Guards and thresholds on single values.
        { "guard", "if (total <= 0.0) return 0; for (int k = 0; k < n; k++) if (powers[k] > 1e-9) return k;" },
        { "decrementOfData", "double budget = u * 10.0; for (int k = 0; k < n; k++) { budget -= q[k]; if (budget <= 0) return k; }" },

        // A share reassigned each step is no draw walked down.
        { "resetShare", "for (int k = 0; k < n; k++) { double r = u * total; r -= powers[k]; r = 0.0; if (r < 0) return k; }" },
    };

    [Theory]
    [MemberData(nameof(NotSoftmaxWalks))]
    public async Task WalkThatIsNoSoftmax_IsSilent(string spelling, string walk) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Wheel(spelling, walk, "Math.Exp(q[a] / tau)")));

    /// <summary>A wheel: exps into <c>powers</c> with their sum <c>total</c>, a draw <c>u</c>, then <paramref name="walk"/>.</summary>
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
