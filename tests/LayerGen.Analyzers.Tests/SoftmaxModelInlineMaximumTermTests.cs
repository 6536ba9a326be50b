using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a fixed logit shifted by an inline maximum it is a leaf of (HeldOut16's false LG0003 reports): the
/// reference outcome of a competing-risks logit, <c>exp(-top)</c> with <c>top = Math.Max(0.0, Math.Max(a, b))</c>, and a
/// missed-detection log-weight, <c>exp(logB - shift)</c> with <c>shift = Math.Max(logB, -0.5 * nearest)</c>, have an
/// exponent ≤ 0 and count as shifted; the same exps are raw when the fixed logit is no leaf of the maximum, or when the
/// exponent is not the leaf minus the maximum (<c>2 * logB - shift</c>).
/// </summary>
public class SoftmaxModelInlineMaximumTermTests
{
    private const string Usings = """
        using System;

        """;

    [Theory]
    [InlineData("Math.Max(0.0, Math.Max(a[n], b[n]))", "Math.Exp(-top)", true)]
    [InlineData("Math.Max(Math.Max(a[n], b[n]), 0.0)", "Math.Exp(-top)", true)]
    [InlineData("Math.Max(0.0, Math.Max(a[n], b[n]))", "Math.Exp((0.0 - top) / t)", true)]
    [InlineData("Math.Max(a[n], b[n])", "Math.Exp(-top)", false)]
    [InlineData("Math.Max(1.0, Math.Max(a[n], b[n]))", "Math.Exp(-top)", false)]
    public void ReferenceOutcomeOfACompetingRisksLogit_IsShiftedOnlyWhenItsZeroIsALeafOfTheMaximum(string maximum, string referenceExp, bool shifted)
    {
        var source = Usings + $$"""
            static class C {
                static double[,] F(double[] a, double[] b, double t) {
                    var p = new double[a.Length, 3];
                    for (int n = 0; n < a.Length; n++) {
                        double top = {{maximum}};
                        double e0 = {{referenceExp}};
                        double e1 = Math.Exp(a[n] - top);
                        double e2 = Math.Exp(b[n] - top);
                        double z = e0 + e1 + e2;
                        p[n, 0] = e0 / z; p[n, 1] = e1 / z; p[n, 2] = e2 / z;
                    }
                    return p;
                }
            }
            """;
        Assert.Equal(shifted, IsShifted(source, referenceExp));
    }

    [Theory]
    [InlineData("Math.Max(logB, -0.5 * nearest)", "logB - shift", true)]
    [InlineData("Math.Max(-0.5 * nearest, logB)", "logB - shift", true)]
    [InlineData("Math.Max(other, -0.5 * nearest)", "logB - shift", false)]
    [InlineData("Math.Max(logB, -0.5 * nearest)", "2 * logB - shift", false)]
    public void MissedDetectionLogWeight_IsShiftedWhenItIsALeafOfTheMaximum(string maximum, string exponent, bool shifted)
    {
        var source = Usings + $$"""
            static class C {
                static double[] F(double[] d2, double logB, double other) {
                    double nearest = double.PositiveInfinity;
                    foreach (double d in d2) nearest = Math.Min(nearest, d);
                    double shift = {{maximum}};
                    var beta = new double[d2.Length + 1];
                    beta[0] = Math.Exp({{exponent}});
                    double z = beta[0];
                    for (int i = 0; i < d2.Length; i++) { beta[i + 1] = Math.Exp(-0.5 * d2[i] - shift); z += beta[i + 1]; }
                    for (int i = 0; i < beta.Length; i++) beta[i] /= z;
                    return beta;
                }
            }
            """;
        Assert.Equal(shifted, IsShifted(source, $"Math.Exp({exponent})"));
    }

    /// <summary>Whether LG0003 reads the site exp of method F written <paramref name="expText"/> as shifted by a maximum.</summary>
    private static bool IsShifted(string source, string expText)
    {
        var model = ModelDescriptions.Method(source, "F");
        var exp = Assert.Single(model.Sites.SelectMany(site => site.Exps).Distinct(), exp => exp.Syntax.ToString() == expText);
        Assert.NotEmpty(model.ExpArgument(exp).RawRoots);
        return model.IsShiftedByAMaximum(exp);
    }
}
