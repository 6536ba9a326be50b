using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-row statistics of a flat walk kept in slots named by the flat index divided by the row stride: <c>max[k / n]</c>,
/// <c>(k - k % n) / n</c>, <c>Math.DivRem(k, n)</c>, a local <c>row = k / n</c>, also over a tile of rows
/// (<c>k = t * n .. (t + count) * n</c>, slots absolute or tile-relative <c>k / n - t</c>). Each fold writes its own row's
/// slot, so each statistic is one row's: silent. A per-column slot, one slot for all rows, or a per-row maximum beside
/// one total stays reported.
/// </summary>
public class SoftmaxModelFlatSlotStatsTests
{
    /// <summary>A tiled flat softmax over rows × n: <c>{max}</c>/<c>{sum}</c> are the slots, <c>{reset}</c> resets them per tile.</summary>
    private const string Tiled = """
        using System;
        static class C {
            static void F(float[] x, float[] y, int rows, int n) {
                var max = new float[rows]; var sum = new float[rows];
                for (int r = 0; r < rows; r++) { max[r] = float.NegativeInfinity; sum[r] = 0f; }
                for (int t = 0; t < rows; t += 8) {
                    int count = Math.Min(8, rows - t);
                    {LOOP} max[{max}] = MathF.Max(max[{max}], x[k]);
                    {LOOP} { y[k] = MathF.Exp(x[k] - max[{max}]); sum[{sum}] += y[k]; }
                    {LOOP} y[k] /= sum[{sum}];
                }
            }
        }
        """;

    private static string TiledWith(string loop, string max, string sum) =>
        Tiled.Replace("{LOOP}", loop).Replace("{max}", max).Replace("{sum}", sum);

    [Theory]
    [InlineData("for (int k = t * n; k < (t + count) * n; k++)", "k / n", "k / n")]
    [InlineData("for (int k = n * t; k < n * (t + count); k++)", "k / n", "k / n")]
    [InlineData("for (int k = t * n; k < (t + count) * n; k++)", "(k - k % n) / n", "k / n")]
    [InlineData("for (int k = t * n; k < (t + count) * n; k++)", "Math.DivRem(k, n, out _)", "Math.DivRem(k, n).Quotient")]
    [InlineData("for (int k = t * n, end = (t + count) * n; k < end; k++)", "k / n", "k / n")]
    public async Task RowSlotsOverATileWalk_StaySilent(string loop, string max, string sum) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(TiledWith(loop, max, sum)));

    [Theory]
    [InlineData("k / n")]
    [InlineData("(k - k % n) / n")]
    [InlineData("Math.DivRem(k, n, out _)")]
    [InlineData("Math.DivRem(k, n).Item1")]
    public async Task RowSlotsOverTheWholeFlatWalk_StaySilent(string slot) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync($$"""
            using System;
            static class C {
                static void F(double[] x, double[] y, int rows, int n) {
                    var max = new double[rows]; var sum = new double[rows];
                    for (int r = 0; r < rows; r++) { max[r] = double.NegativeInfinity; sum[r] = 0; }
                    int k = 0;
                    while (k < rows * n) { int row = {{slot}}; max[row] = Math.Max(max[row], x[k]); k++; }
                    for (k = 0; k < rows * n; k++) { y[k] = Math.Exp(x[k] - max[{{slot}}]); sum[{{slot}}] += y[k]; }
                    for (k = 0; k < rows * n; k++) y[k] /= sum[{{slot}}];
                }
            }
            """));

    [Fact]
    public async Task TileRelativeSlotsResetPerTile_StaySilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync("""
            using System;
            static class C {
                static void F(float[] x, float[] y, int rows, int n) {
                    Span<float> max = stackalloc float[8]; Span<float> sum = stackalloc float[8];
                    for (int t = 0; t < rows; t += 8) {
                        int count = Math.Min(8, rows - t);
                        for (int r = 0; r < count; r++) { max[r] = float.NegativeInfinity; sum[r] = 0f; }
                        for (int k = t * n; k < (t + count) * n; k++) max[k / n - t] = MathF.Max(max[k / n - t], x[k]);
                        for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n - t]); sum[k / n - t] += y[k]; }
                        for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum[k / n - t];
                    }
                }
            }
            """));

    [Theory]
    // Per-row maxima in other spellings beside one sum over every row: the sum spans the batch.
    [InlineData("(k - k % n) / n")]
    [InlineData("Math.DivRem(k, n, out _)")]
    [InlineData("Math.DivRem(k, n).Quotient")]
    public async Task RowSlotMaximaBesideOneTotal_AreLG0002(string slot) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(float[] x, float[] y, int rows, int n) {
                    var max = new float[rows];
                    for (int r = 0; r < rows; r++) max[r] = float.NegativeInfinity;
                    for (int k = 0; k < rows * n; k++) max[{{slot}}] = MathF.Max(max[{{slot}}], x[k]);
                    float total = 0f;
                    for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[{{slot}}]); total += y[k]; } //~ LG0002
                    for (int k = 0; k < rows * n; k++) y[k] /= total;
                }
            }
            """);

    [Theory]
    // A per-column maximum (k % n) under per-row sums: another axis.
    [InlineData("k % n", "LG0004")]
    // One slot for every row: a maximum over the whole tile.
    [InlineData("0", "LG0001")]
    public async Task MisKeyedMaximumOverATileWalk_IsReported(string max, string id) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(TiledWith("for (int k = t * n; k < (t + count) * n; k++)", max, "k / n")
            .Replace("max[" + max + "] = MathF.Max(max[" + max + "], x[k]);", "max[" + max + "] = MathF.Max(max[" + max + "], x[k]); //~ " + id));

    [Theory]
    // The column of a flat index in every spelling keys a per-column maximum: another axis than the per-row sum's.
    [InlineData("k % n")]
    [InlineData("Math.DivRem(k, n).Remainder")]
    [InlineData("Math.DivRem(k, n).Item2")]
    public async Task ColumnSlotMaximaBesideRowSums_AreLG0004(string slot) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(float[] x, float[] y, int rows, int n) {
                    var max = new float[n]; var sum = new float[rows];
                    for (int j = 0; j < n; j++) max[j] = float.NegativeInfinity;
                    for (int k = 0; k < rows * n; k++) max[{{slot}}] = MathF.Max(max[{{slot}}], x[k]); //~ LG0004
                    for (int k = 0; k < rows * n; k++) { y[k] = MathF.Exp(x[k] - max[{{slot}}]); sum[k / n] += y[k]; }
                    for (int k = 0; k < rows * n; k++) y[k] /= sum[k / n];
                }
            }
            """);

    [Fact]
    public void RowSlotOfATileWalk_FoldsOneRow()
    {
        var model = Build(TiledWith("for (int k = t * n; k < (t + count) * n; k++)", "k / n", "k / n"));
        Assert.Contains("| sum sum {x.s:1} | max max {x.s:1} |", model.Describe(), StringComparison.Ordinal);
    }

    private static SoftmaxModel Build(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        return SoftmaxModel.Build(body, WellKnownSymbols.Create(compilation), ControlFlowGraph.Create(body), CancellationToken.None);
    }
}
