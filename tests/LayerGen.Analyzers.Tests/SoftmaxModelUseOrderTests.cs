using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A reduction read inside the loop that walks it one element per step is a prefix after the step's write and partial
/// before it. The model memoises reductions by where a read sits; these tests ask the two reads of one fold in both
/// orders and expect the same answers: before the fix, whichever read was asked first answered for both (found when
/// a roulette-wheel query on an online max's own <c>if (v &gt; m)</c> turned a correct scan into a false LG0001).
/// </summary>
public sealed class SoftmaxModelUseOrderTests
{
    private const string OnlineMaxScan = """
        using System;
        static class C {
            static void Suffix(double[] row, double[] logp) {
                double m = double.NegativeInfinity, s = 0.0;
                for (int k = row.Length - 1; k >= 0; k--) {
                    double v = row[k];
                    if (v > m) { s *= Math.Exp(m - v); m = v; }
                    s += Math.Exp(v - m);
                    logp[k] = v - m - Math.Log(s);
                }
            }
        }
        """;

    private const string PrefixSumScan = """
        using System;
        static class C {
            static void Prefix(float[] x, float[] logp, float rowMax) {
                float cum = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float before = cum > 0f ? MathF.Log(cum) : float.NegativeInfinity;
                    cum += MathF.Exp(x[j] - rowMax);
                    logp[j] = x[j] - rowMax - MathF.Log(cum) + 0f * before;
                }
            }
        }
        """;

    [Theory]
    [InlineData(OnlineMaxScan, "m", "v > m", "v - m - Math.Log(s)", false)]
    [InlineData(OnlineMaxScan, "m", "v > m", "v - m - Math.Log(s)", true)]
    [InlineData(PrefixSumScan, "cum", "cum > 0f", "MathF.Log(cum)", false)]
    [InlineData(PrefixSumScan, "cum", "cum > 0f", "MathF.Log(cum)", true)]
    public void ReadBeforeAndAfterTheStep_AnswerTheSameInEitherOrder(string source, string variable, string beforeStep, string afterStep, bool afterFirst)
    {
        var (model, reads) = ModelWithReads(source, variable);
        var before = reads.Single(read => read.Parent!.Syntax.ToString() == beforeStep);
        var after = reads.Last();
        Assert.Contains(afterStep, ParentsText(after), StringComparison.Ordinal);

        Reduction? beforeReduction, afterReduction;
        if (afterFirst)
        {
            afterReduction = model.ReductionAt(after, after);
            beforeReduction = model.ReductionAt(before, before);
        }
        else
        {
            beforeReduction = model.ReductionAt(before, before);
            afterReduction = model.ReductionAt(after, after);
        }

        Assert.NotNull(beforeReduction);
        Assert.NotNull(afterReduction);
        Assert.True(beforeReduction!.IsPartial, $"the read of {variable} in `{beforeStep}` comes before the step's write: partial");
        Assert.False(afterReduction!.IsPartial, $"the read of {variable} in `{afterStep}` comes after the step's write: the scan's prefix");
    }

    /// <summary>The model of the source's only method and every read of <paramref name="variable"/> in it, from one compilation.</summary>
    private static (SoftmaxModel Model, List<IOperation> Reads) ModelWithReads(string source, string variable)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        var model = SoftmaxModel.Build(body, WellKnownSymbols.Create(compilation), ControlFlowGraph.Create(body), CancellationToken.None);
        var reads = body.Descendants()
            .Where(operation => operation is ILocalReferenceOperation { Local.Name: var name } && name == variable)
            .Where(operation => operation.Parent is not IAssignmentOperation assignment || assignment.Target != operation)
            .OrderBy(operation => operation.Syntax.SpanStart)
            .ToList();
        return (model, reads);
    }

    private static string ParentsText(IOperation operation)
    {
        var texts = new List<string>();
        for (var current = operation.Parent; current is not null && current is not IBlockOperation; current = current.Parent)
        {
            texts.Add(current.Syntax.ToString());
        }

        return string.Join("\n", texts);
    }
}
