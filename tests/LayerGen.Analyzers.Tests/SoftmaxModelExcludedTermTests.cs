using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a normaliser that leaves one of its own terms out (HeldOut17's SupCon_RawContrastExp): a contrastive
/// softmax over every sample but the anchor divides by, or subtracts the log of, <c>Σ e - e[i]</c>. That is still the
/// sum of the exps over the row, so the site exists (and an un-shifted exp in it is LG0003); subtracting anything that
/// is not one of the sum's own exps keeps it no normaliser.
/// </summary>
public class SoftmaxModelExcludedTermTests
{
    private const string Usings = """
        using System;
        using System.Numerics.Tensors;

        """;

    [Theory]
    [InlineData("TensorPrimitives.Sum(e) - e[i]", "log")]
    [InlineData("TensorPrimitives.Sum(e) - e[i]", "divide")]
    [InlineData("total - e[i]", "log")]
    [InlineData("total - e[i]", "divide")]
    public async Task SumWithoutTheAnchorsOwnExp_IsTheNormaliser(string normaliser, string form)
    {
        Assert.Equal("LG0003@10", await Reported(Contrastive(normaliser, form, shifted: false)));
        Assert.Equal(string.Empty, await Reported(Contrastive(normaliser, form, shifted: true)));
    }

    [Theory]
    [InlineData("TensorPrimitives.Sum(e) - 1f")]
    [InlineData("TensorPrimitives.Sum(e) - other[i]")]
    [InlineData("TensorPrimitives.Sum(e) - MathF.Exp(other[i])")]
    public void SumMinusAnythingElse_IsNoNormaliser(string normaliser)
    {
        Assert.Equal(string.Empty, ModelDescriptions.Of(Contrastive(normaliser, "divide", shifted: false))["F"]);
    }

    /// <summary>One anchor row per i: scaled dots, exps (shifted by the row's peak when asked), a normaliser, then p or log p.</summary>
    private static string Contrastive(string normaliser, string form, bool shifted) => Usings + $$"""
        static class C {
            static void F(float[] dots, float[] other, int n, float tau, float[] result) {
                var scaled = new float[n];
                var e = new float[n];
                for (int i = 0; i < n; i++) {
                    TensorPrimitives.Divide(dots.AsSpan(i * n, n), tau, scaled);
                    {{(shifted ? "TensorPrimitives.Subtract(scaled, TensorPrimitives.Max(scaled), scaled);" : string.Empty)}}
                    TensorPrimitives.Exp(scaled, e);
                    float total = TensorPrimitives.Sum(e);
                    float z = {{normaliser}};
                    for (int j = 0; j < n; j++) result[i * n + j] = j == i ? 0f : {{(form == "log" ? "scaled[j] - MathF.Log(z)" : "e[j] / z")}};
                }
            }
        }
        """;

    /// <summary>The analyzer's diagnostics as <c>ID@line</c>, comma-separated in order.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
