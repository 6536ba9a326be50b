using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A softmax site needs an exp feeding the divided values, not only reaching them through a divisor (Real46: accord's
/// t-SNE <c>computeExactGradient</c>, inlined into its training loop, reported LG0008). There the Student-t kernel
/// <c>q[i][j] = 1 / (1 + d[i][j])</c> is normalised over all pairs; the distances <c>d</c> are those of the embedding,
/// which the loop moves along a gradient of Gaussian exps, so an exp reached <c>q</c> only through the kernel's divisor.
/// The same whole-buffer normalisation of exps keeps its LG0008, and an exp scaled, copied or folded into the
/// divided buffer still feeds it.
/// </summary>
public class SoftmaxModelExpFedNumeratorTests
{
    [Theory]
    [InlineData("1.0 / (1.0 + d[i][j])")]
    [InlineData("2.0 / (1.0 + d[i][j] * d[i][j])")]
    public async Task KernelOfDistancesMovedByExps_IsNoSite(string kernel)
    {
        var source = Source(kernel);
        var model = ModelDescriptions.Method(source, "Embed");
        Assert.DoesNotContain(model.Sites, site => site.Sum.Name == "sumQ");
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("Math.Exp(-d[i][j])")]
    [InlineData("0.5 * Math.Exp(-d[i][j])")]
    [InlineData("Math.Exp(-d[i][j]) / (1.0 + d[i][j])")]
    public async Task WholeBufferNormalisationOfExps_KeepsItsSuggestion(string kernel)
    {
        var source = Source(kernel);
        var model = ModelDescriptions.Method(source, "Embed");
        Assert.Contains(model.Sites, site => site.Sum.Name == "sumQ");
        Assert.Contains("LG0008", await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    /// <summary>One vector: exps stored through a local, rescaled in place, then divided (no divisor-only exp): still LG0003.</summary>
    [Fact]
    public async Task ExpStoredThroughALocal_StillFeedsTheSite()
    {
        const string source = """
            using System;

            static class C {
                static void F(double[] x, double[] y) {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++) { double e = Math.Exp(x[j]); y[j] = e; y[j] *= 2.0; s += y[j]; }
                    for (int j = 0; j < x.Length; j++) y[j] /= s;
                }
            }
            """;
        Assert.Single(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    /// <summary>
    /// Exps written through a ref foreach variable (HeldOut14 Medusa, HeldOut RefForeach): the variable stands for the
    /// row's elements, whose writes are not the local's own, so the divided <c>v</c> is taken as fed: still LG0003.
    /// </summary>
    [Fact]
    public async Task ExpWrittenThroughARefForeachVariable_StillFeedsTheSite()
    {
        const string source = """
            using System;

            static class C {
                static void F(Span<float> row) {
                    float sum = 0f;
                    foreach (ref float v in row) { v = MathF.Exp(v); sum += v; }
                    foreach (ref float v in row) v /= sum;
                }
            }
            """;
        Assert.Single(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    // The embedding y moves along a gradient built from the Gaussian affinities p (exps of input distances); the
    // pairwise distances d of y are then turned into the kernel q and normalised over all pairs.
    private static string Source(string kernel) => $$"""
        using System;

        static class C {
            static void Embed(double[][] x, double[][] y, int iterations) {
                int n = x.Length;
                double[][] p = new double[n][];
                double[][] d = new double[n][];
                double[][] q = new double[n][];
                for (int i = 0; i < n; i++) { p[i] = new double[n]; d[i] = new double[n]; q[i] = new double[n]; }
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        p[i][j] = Math.Exp(-Math.Abs(x[i][0] - x[j][0]));
                for (int iter = 0; iter < iterations; iter++) {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++) {
                            double t = y[i][0] - y[j][0];
                            d[i][j] = t * t;
                        }
                    double sumQ = 0.0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            if (i != j) {
                                q[i][j] = {{kernel}};
                                sumQ += q[i][j];
                            }
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            if (i != j) y[i][0] -= 0.1 * (p[i][j] - q[i][j] / sumQ) * q[i][j] * (y[i][0] - y[j][0]);
                }
            }
        }
        """;
}
