using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A sum of exps scaled by a positive data-free factor is the same normaliser (SoftmaxModel.ScaledSums.cs): exps divided
/// by their mean (Boltzmann selection's expected values, Real53's <c>MthalmanGenFx_BoltzmannPowEulerOverMean</c>), by
/// <c>0.5 * total</c> or by <c>total * scale</c> overflow like exps divided by the total (LG0003 when un-shifted) and are
/// silent when shifted by the max; a product with data is not read as a normaliser.
/// </summary>
public class SoftmaxModelScaledSumTests
{
    public static TheoryData<string, string> ScaledNormalisers() => new()
    {
        { "double mean = total / x.Length;", "e[i] / mean" },
        { "", "e[i] / (total / x.Length)" },
        { "double mean = total / x.Count();", "e[i] / mean" },
        { "double mean = total / x.GetLength(0);", "e[i] / mean" },
        { "double mean = total / n;", "e[i] / mean" },
        { "", "e[i] / (0.5 * total)" },
        { "double z = total * scale;", "e[i] / z" },
        { "double z = scale * total / x.Length;", "e[i] / z" },
        { "double inv = x.Length / total;", "e[i] * inv" },
    };

    [Theory]
    [MemberData(nameof(ScaledNormalisers))]
    public async Task RawExpsOverAScaledTotal_AreUnshifted(string normaliser, string quotient)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Source(shift: "", normaliser, quotient)));
    }

    [Theory]
    [MemberData(nameof(ScaledNormalisers))]
    public async Task ShiftedExpsOverAScaledTotal_AreSilent(string normaliser, string quotient)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(shift: " - m", normaliser, quotient)));
    }

    [Fact]
    public async Task ExpsOverTheirMeanInAForeachOverRecords_AreUnshifted()
    {
        var source = """
            using System;
            using System.Collections.Generic;

            sealed record Entity(double Fitness);

            static class C {
                static List<double> Expected(List<Entity> population, double temperature) {
                    double total = 0;
                    foreach (var entity in population) total += Math.Pow(Math.E, entity.Fitness / temperature);
                    double mean = total / population.Count;
                    var expected = new List<double>();
                    foreach (var entity in population) expected.Add(Math.Pow(Math.E, entity.Fitness / temperature) / mean);
                    return expected;
                }
            }
            """;
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double z = total * x[0];", "e[i] / z")]
    [InlineData("double z = total / x[0];", "e[i] / z")]
    public async Task ATotalScaledByData_IsNoNormaliser(string normaliser, string quotient)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(shift: "", normaliser, quotient)));
    }

    private static string Source(string shift, string normaliser, string quotient) => $$"""
        using System;
        using System.Linq;

        static class C {
            static double[] F(double[] x, int n, double scale) {
                double m = x.Max();
                var e = new double[x.Length];
                double total = 0;
                for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]{{shift}}); total += e[i]; }
                {{normaliser}}
                var y = new double[x.Length];
                for (int i = 0; i < x.Length; i++) y[i] = {{quotient}};
                return y;
            }
        }
        """;
}
