using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a run copied into a local typed with its own tuple element names (<c>(double[] P, double[] L) run =
/// runs[r];</c>, <c>foreach ((double[] P, double[] L) run in runs)</c>): <c>run.L</c> is the element at the same position
/// of the list's tuple type, the row <c>runs[r].Last</c>, <c>run.Item2</c> and a deconstructed <c>last</c> read
/// (<see cref="SoftmaxModelTupleRowTests"/>, whose row reads include the typed copies); the other position (<c>run.P</c>)
/// stays another member.
/// </summary>
public class SoftmaxModelTypedTupleCopyTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;

        """;

    [Theory]
    [InlineData("(double[] P, double[] L) run = runs[r];", "run.L[k]")]
    [InlineData("var run = runs[r];", "run.Last[k]")]
    [InlineData("var (previous, last) = runs[r];", "last[k]")]
    public async Task PeakPerTaskOverRuns_ShiftsTheTypedCopysRow_LG0004NotLG0003(string copy, string read)
    {
        var source = Usings + $$"""
            static class C {
                static double[][] Weights(List<(double[] Previous, double[] Last)> runs) {
                    int tasks = runs[0].Last.Length;
                    var peak = new double[tasks];
                    for (int k = 0; k < tasks; k++) peak[k] = double.NegativeInfinity;
                    for (int r = 0; r < runs.Count; r++) for (int k = 0; k < tasks; k++) peak[k] = Math.Max(peak[k], runs[r].Last[k]);
                    var weights = new double[runs.Count][];
                    for (int r = 0; r < runs.Count; r++) {
                        {{copy}}
                        var w = new double[tasks];
                        double z = 0;
                        for (int k = 0; k < tasks; k++) z += w[k] = Math.Exp({{read}} - peak[k]);
                        for (int k = 0; k < tasks; k++) w[k] /= z;
                        weights[r] = w;
                    }
                    return weights;
                }
            }
            """;

        // The per-task peak is over the runs, the sum over one run's tasks: other axes (LG0004), and the exp is shifted.
        Assert.Contains("| max peak {runs.whole} |", ModelDescriptions.Of(source)["Weights"], StringComparison.Ordinal);
        Assert.Equal("LG0004@8", await Reported(source));
    }

    [Fact]
    public void TypedForeachVariable_ReadsTheListsMember_TheOtherPositionStaysApart()
    {
        var models = ModelDescriptions.Of(Usings + """
            static class C {
                static void Same(List<(double[] Previous, double[] Last)> runs, double[] w) {
                    foreach ((double[] P, double[] L) run in runs) {
                        double peak = double.NegativeInfinity;
                        for (int k = 0; k < w.Length; k++) peak = Math.Max(peak, run.L[k]);
                        double z = 0;
                        for (int k = 0; k < w.Length; k++) z += w[k] = Math.Exp(run.L[k] - peak);
                        for (int k = 0; k < w.Length; k++) w[k] /= z;
                    }
                }
                static void Other(List<(double[] Previous, double[] Last)> runs, double[] w) {
                    for (int r = 0; r < runs.Count; r++) {
                        (double[] P, double[] L) run = runs[r];
                        double peak = double.NegativeInfinity;
                        for (int k = 0; k < w.Length; k++) peak = Math.Max(peak, run.P[k]);
                        double z = 0;
                        for (int k = 0; k < w.Length; k++) z += w[k] = Math.Exp(run.L[k] - peak);
                        for (int k = 0; k < w.Length; k++) w[k] /= z;
                    }
                }
            }
            """);
        Assert.Contains("| sum z {Last.d1} | max peak {Last.d1} |", models["Same"], StringComparison.Ordinal);
        Assert.Contains("| max peak {Previous.d1} |", models["Other"], StringComparison.Ordinal);
        Assert.DoesNotContain("Last.d1} | max peak {Last", models["Other"], StringComparison.Ordinal);
    }

    /// <summary>The analyzer's diagnostics on <paramref name="source"/> as <c>ID@line</c>, sorted, comma-separated.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
