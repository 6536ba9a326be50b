using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A maximum scaled by the logits' own positive factor (<c>top = selection * fitness.Max()</c>, <c>best = m / t</c>) is the
/// site's shift, judged for its extent like an unscaled one (HeldOut18's <c>MoranDemes_PeakOverMetapopulation</c>: a
/// whole-buffer peak under per-deme rows was accepted as a shift but never checked). Each slice's own scaled peak stays
/// silent.
/// </summary>
public class SoftmaxModelScaledShiftMaximumTests
{
    private const string Usings = """
        using System;
        using System.Linq;

        """;

    [Theory]
    [InlineData("double top = selection * fitness.Max();", "selection * fitness[d * types + i] - top")]
    [InlineData("double top = fitness.Max() * selection;", "selection * fitness[d * types + i] - top")]
    [InlineData("double m = double.NegativeInfinity; foreach (double v in fitness) m = Math.Max(m, v); double top = selection * m;", "selection * fitness[d * types + i] - top")]
    [InlineData("double top = fitness.Max() / selection;", "fitness[d * types + i] / selection - top")]
    public async Task ScaledWholeBufferPeak_IsTheSiteShiftAndTooWide(string peak, string exponent)
    {
        var source = Usings + $$"""
            static class C {
                static void F(double[] fitness, int types, double selection, double[] birth) {
                    int demes = fitness.Length / types;
                    {{peak}}
                    for (int d = 0; d < demes; d++) {
                        double z = 0.0;
                        for (int i = 0; i < types; i++) { birth[d * types + i] = Math.Exp({{exponent}}); z += birth[d * types + i]; }
                        for (int i = 0; i < types; i++) birth[d * types + i] /= z;
                    }
                }
            }
            """;
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites.Single().Maxima);
        Assert.Equal(new[] { "LG0001" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("double top = selection * new ArraySegment<double>(fitness, d * types, types).Max();", "selection * fitness[d * types + i] - top")]
    [InlineData("double m = double.NegativeInfinity; for (int i = 0; i < types; i++) m = Math.Max(m, fitness[d * types + i]); double top = selection * m;", "selection * fitness[d * types + i] - top")]
    [InlineData("double m = double.NegativeInfinity; for (int i = 0; i < types; i++) m = Math.Max(m, fitness[d * types + i]); double top = m / selection;", "fitness[d * types + i] / selection - top")]
    public async Task ScaledPeakOfEachSlice_IsTheSiteShiftAndSilent(string peak, string exponent)
    {
        var source = Usings + $$"""
            static class C {
                static void F(double[] fitness, int types, double selection, double[] birth) {
                    int demes = fitness.Length / types;
                    for (int d = 0; d < demes; d++) {
                        {{peak}}
                        double z = 0.0;
                        for (int i = 0; i < types; i++) { birth[d * types + i] = Math.Exp({{exponent}}); z += birth[d * types + i]; }
                        for (int i = 0; i < types; i++) birth[d * types + i] /= z;
                    }
                }
            }
            """;
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites.Single().Maxima);
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Fact]
    public async Task PeakScaledByAnotherFactor_IsNoShift()
    {
        // The shift's factor differs from the logits' (selection vs 2): no same-scaled maximum, the exp stays unshifted.
        var source = Usings + """
            static class C {
                static void F(double[] fitness, int types, double selection, double[] birth) {
                    int demes = fitness.Length / types;
                    for (int d = 0; d < demes; d++) {
                        double top = selection * new ArraySegment<double>(fitness, d * types, types).Max();
                        double z = 0.0;
                        for (int i = 0; i < types; i++) { birth[d * types + i] = Math.Exp(2 * fitness[d * types + i] - top); z += birth[d * types + i]; }
                        for (int i = 0; i < types; i++) birth[d * types + i] /= z;
                    }
                }
            }
            """;
        Assert.Empty(ModelDescriptions.Method(source, "F").Sites.Single().Maxima);
    }
}
