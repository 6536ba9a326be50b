using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on logits a method computes itself (HeldOut15's LG0003 misses): an MLP score q · tanh(a) is raw however
/// opaque its inner data is, while a bounded function of anything (cap · tanh, sin) counts as bounded; a row folded by
/// a LINQ projection (<c>row.Max()</c>, <c>row.Sum()</c>) is a raw logit; a constant added to a sum of exps on either
/// side keeps it a normaliser; a temperature-scaled log-sum-exp (<c>(q - τ log Σ exp(q / τ)) / τ</c>) is a log-softmax
/// site. Each exp is shown as the rule reads it: raw (data, nothing subtracted), bounded/shifted, or opaque.
/// </summary>
public class SoftmaxModelComputedLogitsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    [Theory]
    [InlineData("score += q[h] * Math.Tanh(a);", "raw")]
    [InlineData("score += Math.Tanh(a) * q[h];", "raw")]
    [InlineData("score += q[h] + Math.Tanh(a);", "raw")]
    [InlineData("score += 20.0 * Math.Tanh(a);", "bounded")]
    [InlineData("score += Math.Sin(a) / 4;", "bounded")]
    public void MlpScoreOverOpaqueRows_IsRawUnlessEveryTermIsBounded(string fold, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static double[] F(Dictionary<string, double[][]> paths, double[][] w, double[] q) {
                    var e = new double[paths.Count];
                    double z = 0;
                    int p = 0;
                    foreach (var (_, nodes) in paths) {
                        double score = 0;
                        foreach (double[] v in nodes)
                            for (int h = 0; h < q.Length; h++) {
                                double a = 0;
                                for (int c = 0; c < v.Length; c++) a += v[c] * w[c][h];
                                {{fold}}
                            }
                        e[p] = Math.Exp(score);
                        z += e[p++];
                    }
                    for (int i = 0; i < e.Length; i++) e[i] /= z;
                    return e;
                }
            }
            """;
        Assert.Equal(new[] { expected }, Verdicts(source));
    }

    [Theory]
    [InlineData("row => row.Max()", "", "raw")]
    [InlineData("row => row.Sum()", "", "raw")]
    [InlineData("row => row.Max()", " - pooled.Max()", "shifted")]
    public void RowsFoldedByAProjection_AreLogits(string projection, string shift, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static float[] F(float[][] g) {
                    float[] pooled = g.Select({{projection}}).ToArray();
                    var e = new float[pooled.Length];
                    float z = 0f;
                    for (int i = 0; i < pooled.Length; i++) { e[i] = MathF.Exp(pooled[i]{{shift}}); z += e[i]; }
                    for (int i = 0; i < e.Length; i++) e[i] /= z;
                    return e;
                }
            }
            """;
        Assert.Equal(new[] { expected }, Verdicts(source));
    }

    [Theory]
    [InlineData("1.0 + e.Sum()")]
    [InlineData("e.Sum() + 1.0")]
    [InlineData("Math.Exp(0) + e.Sum()")]
    public void SumWithAConstantReferenceTerm_IsANormaliser(string normaliser)
    {
        var source = Usings + $$"""
            static class C {
                static double[] F(double[] y) {
                    double[] e = y.Select(Math.Exp).ToArray();
                    double z = {{normaliser}};
                    return e.Select(v => v / z).Append(1.0 / z).ToArray();
                }
            }
            """;
        Assert.Equal(new[] { "raw" }, Verdicts(source));
    }

    [Fact]
    public void SumPlusAnExpOfData_IsNoConstantTerm()
    {
        // exp(b) + Σ exp(y) is a sum with an extra data term (SumWithExtraTerms), not a constant reference category.
        var source = Usings + """
            static class C {
                static double[] F(double[] y, double[] b) {
                    double[] e = y.Select(Math.Exp).ToArray();
                    double z = Math.Exp(b[0]) + e.Sum();
                    return e.Select(v => v / z).ToArray();
                }
            }
            """;
        Assert.DoesNotContain("constant", ModelDescriptions.Of(source)["F"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("double v = tau * Math.Log(s);", "Math.Exp((q[a] - v) / tau)", "log-softmax site")]
    [InlineData("double v = Math.Log(s) * tau;", "Math.Exp(q[a] / tau - v / tau)", "log-softmax site")]
    [InlineData("double v = tau * Math.Log(s);", "Math.Exp(q[a] - v)", "no site")]
    [InlineData("double v = tau * Math.Log(s);", "Math.Exp(q[a] / tau - v)", "no site")]
    public void TemperatureScaledLogSumExp_IsALogSoftmaxOnlyWhenDividedBack(string value, string policy, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static double[] F(double[] q, double tau) {
                    double s = 0;
                    foreach (double x in q) s += Math.Exp(x / tau);
                    {{value}}
                    var pi = new double[q.Length];
                    for (int a = 0; a < q.Length; a++) pi[a] = {{policy}};
                    return pi;
                }
            }
            """;
        var description = ModelDescriptions.Of(source)["F"];
        Assert.Equal(expected, description.StartsWith("log-softmax site", StringComparison.Ordinal) ? "log-softmax site" : description.Length == 0 ? "no site" : description);
        if (expected != "no site")
        {
            Assert.Equal(new[] { "raw" }, Verdicts(source));
        }
    }

    [Fact]
    public void ShiftedTemperatureScaledLogSumExp_IsShifted()
    {
        var source = Usings + """
            static class C {
                static double[] F(double[] q, double tau) {
                    double m = q.Max();
                    double s = 0;
                    foreach (double x in q) s += Math.Exp((x - m) / tau);
                    double v = m + tau * Math.Log(s);
                    var pi = new double[q.Length];
                    for (int a = 0; a < q.Length; a++) pi[a] = Math.Exp((q[a] - v) / tau);
                    return pi;
                }
            }
            """;
        Assert.Equal(new[] { "shifted" }, Verdicts(source));
    }

    /// <summary>Each site exp of method F as LG0003 reads it.</summary>
    private static List<string> Verdicts(string source)
    {
        var model = ModelDescriptions.Method(source, "F");
        Assert.NotEmpty(model.Sites);
        var verdicts = new List<string>();
        foreach (var exp in model.Sites.SelectMany(site => site.Exps).Distinct())
        {
            var argument = model.ExpArgument(exp);
            verdicts.Add(argument.IsOpaque ? "opaque"
                : argument.RawRoots.Count == 0 ? "no data"
                : !model.IsShiftedByAMaximum(exp) ? "raw"
                : argument.Shifts.Any(shift => shift.Syntax.ToString().Contains("Max", StringComparison.Ordinal) || shift.Syntax.ToString() is "m" or "v") ? "shifted"
                : "bounded");
        }

        return verdicts;
    }
}
