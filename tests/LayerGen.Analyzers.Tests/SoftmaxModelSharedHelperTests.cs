using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A helper's model is built once per compilation and shared by all its callers (<see cref="NestedModelCache"/>), and
/// the inliner does not rewrite a method whose inlined body could not fit its node limit. Neither may change what a
/// caller finds: each caller of a shared helper still gets its own finding, a caller that reads another helper stays
/// silent, and a long method keeps what its own code shows.
/// </summary>
public sealed class SoftmaxModelSharedHelperTests
{
    /// <summary>
    /// A type with a probability-returning helper, callers that log its output, and a twin that logs a plain scaling. The
    /// helper's defaulted parameter keeps its calls calls (the inliner leaves them), so callers read it through its model.
    /// </summary>
    private static string Source(int callers, bool twin) => $$"""
        using System;
        public sealed class Classifier
        {
            private float[] Probabilities(float[] logits, int unused = 0)
            {
                var m = float.NegativeInfinity;
                for (int j = 0; j < logits.Length; j++) m = MathF.Max(m, logits[j]);
                var p = new float[logits.Length];
                float s = 0f;
                for (int j = 0; j < logits.Length; j++) { p[j] = MathF.Exp(logits[j] - m); s += p[j]; }
                for (int j = 0; j < logits.Length; j++) p[j] /= s;
                return p;
            }

            private float[] Scaled(float[] logits)
            {
                var p = new float[logits.Length];
                for (int j = 0; j < logits.Length; j++) p[j] = logits[j] * 0.5f + MathF.Exp(0f);
                return p;
            }
        {{string.Concat(Enumerable.Range(0, callers).Select(k => $$"""

            public float Loss{{k}}(float[] logits, int target)
            {
                var p = Probabilities(logits);
                return -MathF.Log(p[target]) * {{k + 1}};
            }
        """))}}
        {{(twin ? """

            public float PlainLoss(float[] logits, int target)
            {
                var p = Scaled(logits);
                return -MathF.Log(p[target]);
            }
        """ : string.Empty)}}
        }
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task EveryCallerOfASharedHelperGetsItsOwnFinding(int callers)
    {
        var ids = await FixRunner.ReportedIdsAsync(Source(callers, twin: true));
        Assert.Equal(Enumerable.Repeat("LG0005", callers), ids);
    }

    [Fact]
    public async Task ACallerOfAnotherHelperStaysSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(0, twin: true)));

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    public void AHelperIsModelledOnceForAllItsCallers(int callers)
    {
        var compilation = FixRunner.CompileRecreation(Source(callers, twin: false));
        var tree = compilation.SyntaxTrees.Single();
        var semanticModel = compilation.GetSemanticModel(tree);
        var symbols = WellKnownSymbols.Create(compilation);
        foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Where(method => method.Identifier.ValueText.StartsWith("Loss", StringComparison.Ordinal)))
        {
            var body = (IMethodBodyOperation)semanticModel.GetOperation(declaration)!;
            var model = SoftmaxModel.BuildWithInlinedHelpers(body, symbols, () => ControlFlowGraph.Create(body), CancellationToken.None);
            Assert.False(model.HasErrors);

            // The rules ask the model lazily: LG0005 is where the helper's model is needed.
            Assert.Equal(new[] { "LG0005" }, SoftmaxAnalyzer.Rules.SelectMany(rule => rule.Find(model)).Select(diagnostic => diagnostic.Id));
        }

        // One model of Probabilities for all the callers, not one per caller.
        Assert.Equal(1, symbols.NestedModels.Count);
    }
}
