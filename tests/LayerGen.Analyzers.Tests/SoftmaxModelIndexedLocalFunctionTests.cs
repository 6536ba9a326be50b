using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a local function that reads captured data at the positions its integer parameters name (HeldOut16's
/// missed LG0003 in <c>LogLinearLearning_RawLocalFunction</c>): <c>prob[p, a] = Weight(p, a)</c> with
/// <c>double Weight(int p, int a) =&gt; Math.Exp(beta * u[p, a])</c> stores a raw exp of <c>u</c>; the same function
/// subtracting each row's peak is shifted, and one that takes the logit as a value parameter is not read through its
/// call (its argument may be shifted already).
/// </summary>
public class SoftmaxModelIndexedLocalFunctionTests
{
    private const string Usings = """
        using System;

        """;

    [Theory]
    [InlineData("double Weight(int p, int a) => Math.Exp(beta * u[p, a]);", "raw")]
    [InlineData("double Weight(int p, int a) { return Math.Exp(u[p, a] / beta); }", "raw")]
    [InlineData("double Weight(int p, int a) => Math.Exp(beta * (u[p, a] - peak[p]));", "shifted")]
    public void ExpOfCapturedDataAtParameterPositions_IsTheStoredValue(string function, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static double[,] F(double[,] u, double beta) {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    var peak = new double[n];
                    for (int p = 0; p < n; p++) { peak[p] = u[p, 0]; for (int a = 1; a < k; a++) peak[p] = Math.Max(peak[p], u[p, a]); }
                    var prob = new double[n, k];
                    for (int p = 0; p < n; p++) {
                        double z = 0;
                        for (int a = 0; a < k; a++) { prob[p, a] = Weight(p, a); z += prob[p, a]; }
                        for (int a = 0; a < k; a++) prob[p, a] /= z;
                    }
                    return prob;
                    {{function}}
                }
            }
            """;
        Assert.Equal(new[] { expected }, Verdicts(source));
    }

    [Fact]
    public void LocalFunctionOfAValueParameter_IsNotReadThroughItsCall()
    {
        var source = Usings + """
            static class C {
                static double[,] F(double[,] u, double t) {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    var prob = new double[n, k];
                    for (int p = 0; p < n; p++) {
                        double m = u[p, 0];
                        for (int a = 1; a < k; a++) m = Math.Max(m, u[p, a]);
                        double z = 0;
                        for (int a = 0; a < k; a++) { prob[p, a] = E(u[p, a] - m, t); z += prob[p, a]; }
                        for (int a = 0; a < k; a++) prob[p, a] /= z;
                    }
                    return prob;
                    double E(double v, double temperature) => Math.Exp(v / temperature);
                }
            }
            """;
        Assert.DoesNotContain("raw", Verdicts(source));
    }

    /// <summary>Each site exp of method F as LG0003 reads it: raw (data, nothing subtracted), shifted, or opaque.</summary>
    private static List<string> Verdicts(string source)
    {
        var model = ModelDescriptions.Method(source, "F");
        return model.Sites.SelectMany(site => site.Exps).Distinct()
            .Select(exp => model.ExpArgument(exp) is var argument && argument.IsOpaque ? "opaque"
                : argument.RawRoots.Count == 0 ? "no data"
                : model.IsShiftedByAMaximum(exp) ? "shifted" : "raw")
            .ToList();
    }
}
