using System.Text;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Xunit.Abstractions;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model's work grows linearly with a generated method's size: the same shape at n and 4n softmaxes, asked every
/// rule's questions, must count at most ~4× the <see cref="SoftmaxModel.Evaluations"/> (values, views, indices,
/// reduction scans, folds and reads computed rather than read from a memo). Before the reduction memos, a method of n
/// softmaxes sharing one accumulator re-analysed all n folds at each of its n sites (n² reductions; 80 softmaxes took
/// 38 s). Counts, not times: the same on a loaded machine as on an idle one.
/// </summary>
public sealed class AnalyzerCostScalingTests(ITestOutputHelper output)
{
    /// <summary>4× the input may cost 4× the work, with a margin for the method's fixed part; quadratic growth is 16×.</summary>
    private const double AllowedGrowth = 5.0;

    [Theory]
    [InlineData("shared")]
    [InlineData("blocks")]
    [InlineData("batches")]
    [InlineData("nested")]
    [InlineData("branches")]
    public async Task EvaluationsGrowLinearly(string shape)
    {
        var (small, _) = await WorkCounts(shape, 5);
        var (large, _) = await WorkCounts(shape, 20);
        output.WriteLine($"{shape}: {small} evaluations at 5, {large} at 20 ({(double)large / small:F2}×)");
        Assert.True(large <= AllowedGrowth * small, $"{shape}: {large} evaluations at 20 softmaxes for {small} at 5");
    }

    /// <summary>
    /// The writes the model's questions read (<see cref="SoftmaxModel.WritesRead"/>, counted per write actually read)
    /// grow linearly too. "shared" grew 6.9× before the log-softmax normaliser's reading of a local's writes was
    /// memoised (every exp's <c>x[j] - m</c> re-read all 2n writes of the shared maximum <c>m</c>). "nested" is not
    /// listed: its element scans of <c>y</c> are recomputed whenever the dimension classes change (5.25×, see
    /// SoftmaxModel.Memos.cs).
    /// </summary>
    [Theory]
    [InlineData("shared")]
    [InlineData("blocks")]
    [InlineData("batches")]
    [InlineData("branches")]
    public async Task WritesReadGrowLinearly(string shape)
    {
        var (_, small) = await WorkCounts(shape, 5);
        var (_, large) = await WorkCounts(shape, 20);
        output.WriteLine($"{shape}: {small} writes read at 5, {large} at 20 ({(double)large / small:F2}×)");
        Assert.True(large <= AllowedGrowth * small, $"{shape}: {large} writes read at 20 softmaxes for {small} at 5");
    }

    [Fact]
    public async Task SharedAccumulatorsStillSeeEveryBug()
    {
        // The memoised reductions answer per use: a global maximum in every other softmax is still reported there only.
        var diagnostics = await Analyze(Shape("shared", 20, buggyEvery: 2));
        Assert.Equal(10, diagnostics.Count(diagnostic => diagnostic.Id == "LG0003"));
        Assert.All(diagnostics, diagnostic => Assert.Equal("LG0003", diagnostic.Id));
    }

    /// <summary>
    /// A generated method of <paramref name="n"/> softmaxes of one shape; with <paramref name="buggyEvery"/> every such
    /// softmax exponentiates raw logits (LG0003), the rest are correct.
    /// </summary>
    private static string Shape(string shape, int n, int buggyEvery = 0)
    {
        var body = new StringBuilder();
        string Shift(int k) => buggyEvery > 0 && k % buggyEvery == 0 ? "" : " - m";
        switch (shape)
        {
            case "shared": // one m and one s reset before each softmax
                body.Append("float m, s;\n");
                for (var k = 0; k < n; k++)
                {
                    body.Append("m = float.NegativeInfinity; for (int j = 0; j < n; j++) m = MathF.Max(m, x[j]);\n")
                        .Append($"s = 0f; for (int j = 0; j < n; j++) {{ y[j] = MathF.Exp(x[j]{Shift(k)}); s += y[j]; }}\n")
                        .Append("for (int j = 0; j < n; j++) y[j] /= s;\n");
                }

                break;
            case "blocks": // a block per softmax, then straight-line arithmetic on one local
                body.Append("float t = 0f;\n");
                for (var k = 0; k < n; k++)
                {
                    body.Append("{\n float m = float.NegativeInfinity; for (int j = 0; j < n; j++) m = MathF.Max(m, x[j]);\n")
                        .Append($" float s = 0f; for (int j = 0; j < n; j++) {{ y[j] = MathF.Exp(x[j]{Shift(k)}); s += y[j]; }}\n")
                        .Append(" for (int j = 0; j < n; j++) y[j] /= s;\n}\n");
                    for (var line = 0; line < 20; line++)
                    {
                        body.Append($"t = t * 0.5f + x[{line}] * {k + 1}f;\n");
                    }
                }

                body.Append("y[0] += t * 0f;\n");
                break;
            case "batches": // a row-wise softmax of a flat batch per buffer
                for (var k = 0; k < n; k++)
                {
                    body.Append($"var z{k} = new float[rows * n];\n")
                        .Append("for (int r = 0; r < rows; r++) {\n float m = float.NegativeInfinity; for (int j = 0; j < n; j++) m = MathF.Max(m, x[r * n + j]);\n")
                        .Append($" float s = 0f; for (int j = 0; j < n; j++) {{ z{k}[r * n + j] = MathF.Exp(x[r * n + j]{Shift(k)}); s += z{k}[r * n + j]; }}\n")
                        .Append($" for (int j = 0; j < n; j++) z{k}[r * n + j] /= s;\n}}\n")
                        .Append($"y[{k}] = z{k}[0];\n");
                }

                break;
            case "nested": // a loop nest n deep, one softmax per level
                for (var d = 0; d < n; d++)
                {
                    body.Append($"for (int i{d} = 0; i{d} < 2; i{d}++) {{\n")
                        .Append($" float m{d} = float.NegativeInfinity; for (int j = 0; j < n; j++) m{d} = MathF.Max(m{d}, x[i{d} * n + j]);\n")
                        .Append($" float s{d} = 0f; for (int j = 0; j < n; j++) {{ y[i{d} * n + j] = MathF.Exp(x[i{d} * n + j]{Shift(d).Replace("m", $"m{d}")}); s{d} += y[i{d} * n + j]; }}\n")
                        .Append($" for (int j = 0; j < n; j++) y[i{d} * n + j] /= s{d};\n");
                }

                body.Append(new string('}', n)).Append('\n');
                break;
            case "branches": // one sum filled in one of n branches
                body.Append("float m = float.NegativeInfinity; for (int j = 0; j < n; j++) m = MathF.Max(m, x[j]);\nfloat s = 0f;\n");
                for (var k = 0; k < n; k++)
                {
                    body.Append(k == 0 ? "" : "else ")
                        .Append($"if (mode == {k}) {{ for (int j = 0; j < n; j++) {{ y[j] = MathF.Exp(x[j]{Shift(k)}) * {k + 1}f; s += y[j]; }} }}\n");
                }

                body.Append("for (int j = 0; j < n; j++) y[j] /= s;\n");
                break;
            default:
                throw new ArgumentException(shape, nameof(shape));
        }

        return $$"""
            using System;
            static class C {
                static void Big(float[] x, float[] y, int n, int rows, int mode) {
            {{body}}
                }
            }
            """;
    }

    private static async Task<List<Diagnostic>> Analyze(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return (await FixRunner.AnalyzeAsync(compilation)).ToList();
    }

    /// <summary>Runs the analyzer (correct code: nothing reported) and counts the work of the method's model asked every rule's questions: evaluations and writes read.</summary>
    private static async Task<(int Evaluations, long WritesRead)> WorkCounts(string shape, int n)
    {
        var source = Shape(shape, n);
        Assert.Empty(await Analyze(source));
        var compilation = FixRunner.CompileRecreation(source);
        var tree = compilation.SyntaxTrees.Single();
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        var model = SoftmaxModel.BuildWithInlinedHelpers(body, WellKnownSymbols.Create(compilation), () => ControlFlowGraph.Create(body), CancellationToken.None);
        foreach (var rule in SoftmaxAnalyzer.Rules)
        {
            _ = rule.Find(model).Count();
        }

        return (model.Evaluations, model.WritesRead);
    }
}
