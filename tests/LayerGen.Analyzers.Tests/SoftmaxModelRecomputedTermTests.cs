using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a contrastive normaliser that leaves the anchor out by recomputing its term (extending
/// <see cref="SoftmaxModelExcludedTermTests"/>): <c>z - Math.Exp(s[i, i] - m)</c> for <c>z = Σ_j Math.Exp(s[i, j] - m)</c>,
/// <c>e.Sum() - Math.Exp(s[i, i])</c> for exps stored in <c>e</c>, <c>TensorPrimitives.Sum(e) - MathF.Exp(scaled[i])</c> for
/// <c>e = TensorPrimitives.Exp(scaled)</c>: the same exp of the same exponent and shift with the summed index at the anchor
/// is one of the sum's terms, so the sum is still the normaliser. An exp of another shift, another buffer or another
/// exponent is not.
/// </summary>
public class SoftmaxModelRecomputedTermTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Numerics.Tensors;

        """;

    /// <summary>One anchor row i of scores s[i, j]: a row peak when <paramref name="shift"/> is " - m", a sum z, a normaliser d.</summary>
    private static string Loop(string shift, string removed) => Usings + $$"""
        static class C {
            static void F(double[,] s, double[,] t, double c, double[,] p) {
                int n = s.GetLength(0);
                for (int i = 0; i < n; i++) {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < n; j++) m = Math.Max(m, s[i, j]);
                    double z = 0;
                    for (int j = 0; j < n; j++) z += Math.Exp(s[i, j]{{shift}});
                    double d = z - {{removed}};
                    for (int j = 0; j < n; j++) p[i, j] = j == i ? 0 : Math.Exp(s[i, j]{{shift}}) / d;
                }
            }
        }
        """;

    [Theory]
    [InlineData(" - m", "Math.Exp(s[i, i] - m)", "")]
    [InlineData("", "Math.Exp(s[i, i])", "LG0003@11,LG0003@13")]
    [InlineData("", "Math.Exp(s[i, 0])", "LG0003@11,LG0003@13")]
    public async Task RecomputedAnchorTerm_LeavesTheSumTheNormaliser(string shift, string removed, string expected)
    {
        Assert.Equal("site Math.Exp(s[i, j]" + shift + ") / d | dims {s.r0,s.r1} | sum z {s.r1}" + (shift.Length > 0 ? " | max m {s.r1} | max m {s.r1}" : string.Empty) + " | exps 2\n", ModelDescriptions.Of(Loop(shift, removed))["F"]);
        Assert.Equal(expected, await Reported(Loop(shift, removed)));
    }

    [Theory]
    [InlineData(" - m", "Math.Exp(s[i, i] - c)")]
    [InlineData(" - m", "Math.Exp(s[i, i])")]
    [InlineData("", "Math.Exp(t[i, i])")]
    [InlineData("", "Math.Exp(2 * s[i, i])")]
    [InlineData("", "MathF.Exp((float)s[i, i])")]
    public void ExpOfAnotherExponent_IsNoTermOfTheSum(string shift, string removed)
    {
        Assert.Equal(string.Empty, ModelDescriptions.Of(Loop(shift, removed))["F"]);
    }

    [Fact]
    public async Task RecomputedTermOfStoredOrLibraryExps_IsATermToo()
    {
        var source = Usings + """
            static class C {
                static void Stored(double[,] s, double[,] p) {
                    int n = s.GetLength(0);
                    var e = new double[n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) e[j] = Math.Exp(s[i, j]);
                        double d = e.Sum() - Math.Exp(s[i, i]);
                        for (int j = 0; j < n; j++) p[i, j] = j == i ? 0 : e[j] / d;
                    }
                }
                static void Library(float[] dots, float[] other, int n, float tau, float[] result) {
                    var scaled = new float[n];
                    var e = new float[n];
                    for (int i = 0; i < n; i++) {
                        TensorPrimitives.Divide(dots.AsSpan(i * n, n), tau, scaled);
                        TensorPrimitives.Exp(scaled, e);
                        float z = TensorPrimitives.Sum(e) - MathF.Exp(scaled[i]);
                        for (int j = 0; j < n; j++) result[i * n + j] = j == i ? 0f : e[j] / z;
                    }
                }
                static void LibraryOther(float[] dots, float[] other, int n, float tau, float[] result) {
                    var scaled = new float[n];
                    var e = new float[n];
                    for (int i = 0; i < n; i++) {
                        TensorPrimitives.Divide(dots.AsSpan(i * n, n), tau, scaled);
                        TensorPrimitives.Exp(scaled, e);
                        float z = TensorPrimitives.Sum(e) - MathF.Exp(other[i]);
                        for (int j = 0; j < n; j++) result[i * n + j] = j == i ? 0f : e[j] / z;
                    }
                }
            }
            """;
        var models = ModelDescriptions.Of(source);
        Assert.Equal("site e[j] / d | dims {s.r0,s.r1} | sum e.Sum() {s.r1} | exps 1\n", models["Stored"]);
        Assert.StartsWith("site e[j] / z | dims ", models["Library"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, models["LibraryOther"]);
        Assert.Equal("LG0003@19,LG0003@9", await Reported(source));
    }

    /// <summary>The analyzer's diagnostics on <paramref name="source"/> as <c>ID@line</c>, sorted, comma-separated.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
