using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a Gaussian kernel row whose precision is a local of a bisection search (Real46: accord's Barnes-Hut
/// t-SNE <c>computeGaussianPerplexity</c>: <c>beta</c> starts at 1, is doubled, halved or averaged with a bracket
/// <c>min_beta</c>/<c>max_beta</c> that holds an earlier <c>beta</c> or a sentinel constant). The locals read each other
/// and no data, so <c>beta</c> is a scale like a parameter and <c>exp(-beta * d * d)</c> is provably ≤ 0 over a sum
/// started at DBL_MIN: silent. Twins where the search reads data (the bracket or the step takes a distance), or the
/// exponent is not negated, are still LG0003.
/// </summary>
public class SoftmaxModelBisectionScaleTests
{
    [Theory]
    [InlineData("-1e-300", "1e300")]
    [InlineData("-double.Epsilon", "double.MaxValue")]
    [InlineData("-DblMin", "NegatedMax")]
    public void BisectionPrecision_IsAScale_TheKernelExponentIsNonPositive(string minStart, string maxStart)
    {
        var model = ModelDescriptions.Method(Source(minStart, maxStart, "beta = (beta + min_beta) / 2.0", "-beta * d * d"), "Row");
        Assert.NotEmpty(model.Sites);
        var exp = Assert.Single(model.Sites.SelectMany(site => site.Exps).Distinct());
        Assert.Equal(SoftmaxModel.Sign.NonPositive, model.SignOf(model.ExpOperand((IInvocationOperation)exp)));
    }

    [Theory]
    [InlineData("beta = (beta + min_beta) / 2.0", "-beta * d * d", "")]
    [InlineData("beta = (beta + min_beta) / 2.0", "-(d * d) * beta", "")]
    [InlineData("beta = (beta + results[0].Distance) / 2.0", "-beta * d * d", "LG0003")]
    [InlineData("{ min_beta = results[0].Distance; beta = (beta + min_beta) / 2.0; }", "-beta * d * d", "LG0003")]
    [InlineData("beta = (beta + min_beta) / 2.0", "beta * d * d", "LG0003")]
    public async Task Analyzer_SilentOnlyForADataFreeSearch(string step, string exponent, string expected)
    {
        var compilation = FixRunner.CompileRecreation(Source("-DblMin", "NegatedMax", step, exponent));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(d => d.Id).Where(id => id.StartsWith("LG", StringComparison.Ordinal) || id == "AD0001");
        Assert.Equal(expected, string.Join(" ", ids));
    }

    /// <summary>
    /// One perplexity row over a point's neighbours (<c>results[m + 1]</c>, a list of records): the bisection step on
    /// the lower side is <paramref name="step"/>.
    /// </summary>
    private static string Source(string minStart, string maxStart, string step, string exponent) => $$"""
        using System;
        using System.Collections.Generic;

        public sealed class Neighbour { public double Distance; }

        static class Perplexity {
            const double DblMin = 2.2250738585072014e-308;
            const double NegatedMax = -1.7976931348623157e+308;

            static double Row(List<Neighbour> results, double[] p, int k, double target) {
                double beta = 1.0;
                double min_beta = {{minStart}};
                double max_beta = {{maxStart}};
                double sum = 0;
                for (int iter = 0; iter < 200; iter++) {
                    for (int m = 0; m < k; m++) {
                        double d = results[m + 1].Distance;
                        p[m] = Math.Exp({{exponent}});
                    }
                    sum = DblMin;
                    for (int m = 0; m < k; m++) sum += p[m];
                    double h = 0.0;
                    for (int m = 0; m < k; m++) {
                        double d = results[m + 1].Distance;
                        h += beta * (d * d * p[m]);
                    }
                    h = h / sum + Math.Log(sum);
                    double diff = h - Math.Log(target);
                    if (Math.Abs(diff) < 1e-5) break;
                    if (diff > 0) {
                        min_beta = beta;
                        if (max_beta == NegatedMax) beta *= 2.0; else beta = (beta + max_beta) / 2.0;
                    } else {
                        max_beta = beta;
                        if (min_beta == -NegatedMax) beta /= 2.0; else {{step}};
                    }
                }
                for (int m = 0; m < k; m++) p[m] /= sum;
                return sum;
            }
        }
        """;
}
