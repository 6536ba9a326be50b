using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a term that reads an integer buffer element by element (HeldOut16's <c>Protonation_RawBoltzmann</c>):
/// <c>g0[i] - protons[i] * rt * ln10 * ph</c> subtracts a count that changes with the exponentiated element, which no
/// maximum of float logits is, so the exp stays raw and readable; a float read through an integer index
/// (<c>g0[best]</c>, an argmax) and an integer element fixed over the softmax axis (<c>levels[0]</c>) still count as
/// possible maxima.
/// </summary>
public class SoftmaxModelIntegerElementTermTests
{
    [Theory]
    [InlineData("g0[i] - protons[i] * rt * ln10 * ph", false)]
    [InlineData("g0[i] - rt * protons[i]", false)]
    [InlineData("g0[i] - protons[i]", false)]
    [InlineData("g0[i] - g0[best]", true)]
    [InlineData("g0[i] - g0[protons[best]]", true)]
    [InlineData("g0[i] - levels[0] * rt", true)]
    public void IntegerElementAlongTheSoftmaxAxis_IsNoMaximum(string exponent, bool shifted)
    {
        var source = $$"""
            using System;

            static class C {
                static double[] F(double[] g0, int[] protons, int[] levels, double rt, double ph) {
                    double ln10 = Math.Log(10.0);
                    int best = 0;
                    for (int i = 1; i < g0.Length; i++) if (g0[i] > g0[best]) best = i;
                    var p = new double[g0.Length];
                    double q = 0;
                    for (int i = 0; i < g0.Length; i++) {
                        double g = {{exponent}};
                        p[i] = Math.Exp(g / rt);
                        q += p[i];
                    }
                    for (int i = 0; i < p.Length; i++) p[i] /= q;
                    return p;
                }
            }
            """;
        AssertShiftOfTheOnlyExp(source, shifted);
    }

    /// <summary>The same counts read through a pointer pinned to the integer buffer (the array→pointer rewrite's spelling).</summary>
    [Theory]
    [InlineData("g0[i] - pp[i] * rt * ln10 * ph", false)]
    [InlineData("g0[i] - *(pp + i) * rt", false)]
    [InlineData("g0[i] - pp[0] * rt", true)]
    public void IntegerElementThroughAPinnedPointer_IsNoMaximum(string exponent, bool shifted)
    {
        var source = $$"""
            using System;

            static class C {
                static unsafe double[] F(double[] g0, int[] protons, double rt, double ph) {
                    double ln10 = Math.Log(10.0);
                    var p = new double[g0.Length];
                    double q = 0;
                    fixed (int* pp = protons) {
                        for (int i = 0; i < g0.Length; i++) {
                            double g = {{exponent}};
                            p[i] = Math.Exp(g / rt);
                            q += p[i];
                        }
                    }
                    for (int i = 0; i < p.Length; i++) p[i] /= q;
                    return p;
                }
            }
            """;
        AssertShiftOfTheOnlyExp(source, shifted);
    }

    /// <summary>
    /// The method's one exp reads raw logits and is shifted by a maximum exactly when <paramref name="shifted"/>; an
    /// unshifted one must stay readable (not opaque).
    /// </summary>
    private static void AssertShiftOfTheOnlyExp(string source, bool shifted)
    {
        var model = ModelDescriptions.Method(source, "F");
        var exp = Assert.Single(model.Sites.SelectMany(site => site.Exps).Distinct());
        var argument = model.ExpArgument(exp);
        Assert.NotEmpty(argument.RawRoots);
        Assert.Equal(shifted, model.IsShiftedByAMaximum(exp));
        if (!shifted)
        {
            Assert.False(argument.IsOpaque);
        }
    }
}
