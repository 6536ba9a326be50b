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
/// The model's answers must not depend on which question is asked first: a rule's verdict may not change because
/// another rule (or the model dump) evaluated values before it. For every method of every corpus folder under
/// Recreations, two fresh models are asked every question (the model dump and every rule) in two orders, forward
/// and reversed, and each answer is compared.
/// </summary>
public sealed class SoftmaxModelQueryOrderTests(ITestOutputHelper output)
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Recreations");

    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        data.Add(".");
        foreach (var folder in Directory.GetDirectories(Root).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal))
        {
            data.Add(folder!);
        }

        return data;
    }

    /// <summary>
    /// Model descriptions (not diagnostics: every rule's answer is still compared) known to differ between two builds of
    /// the same body, whatever the query order, so a hash-order dependence inside the model rather than a query-order
    /// one. SoftDtw's Distance inlines SoftMinStep into an anti-diagonal walk whose start is <c>Math.Max(1, d - m)</c>;
    /// its site's dimension is <c>cost.r0</c> in some builds and the segment picker <c>cost.r0:?</c> in others (one index
    /// term of <c>cost[i - 1, …]</c> comes out with an unknown stride or not). Found at stop 27; not yet fixed.
    /// </summary>
    private static readonly HashSet<string> KnownUnstableDescriptions = new(StringComparer.Ordinal)
    {
        "SoftDtw_PredecessorWeights.cs line 33 model",
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void EveryAnswerIsTheSameInEitherQueryOrder(string folder)
    {
        var methods = 0;
        var answers = 0;
        var differences = new List<string>();
        var mostWork = 0.0;
        var mostWorkAt = string.Empty;
        foreach (var file in Directory.GetFiles(Path.Combine(Root, folder), "*.cs").OrderBy(path => path, StringComparer.Ordinal))
        {
            var compilation = FixRunner.CompileRecreation(File.ReadAllText(file));
            var tree = compilation.SyntaxTrees.Single();
            var semanticModel = compilation.GetSemanticModel(tree);
            var symbols = WellKnownSymbols.Create(compilation);
            foreach (var body in Bodies(semanticModel, tree))
            {
                var forwardModel = Build(body, symbols);
                var forward = Answers(forwardModel, describeFirst: true, SoftmaxAnalyzer.Rules);
                if (forwardModel.OperationCount > 0 && (double)forwardModel.Evaluations / forwardModel.OperationCount > mostWork)
                {
                    mostWork = (double)forwardModel.Evaluations / forwardModel.OperationCount;
                    mostWorkAt = $"{Path.GetFileName(file)} line {body.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
                }

                var reversed = Answers(Build(body, symbols), describeFirst: false, SoftmaxAnalyzer.Rules.Reverse());
                methods++;
                foreach (var (question, answer) in forward)
                {
                    answers++;
                    var where = $"{Path.GetFileName(file)} line {body.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1} {question}";
                    if (reversed[question] != answer && !KnownUnstableDescriptions.Contains(where))
                    {
                        differences.Add($"{where}: forward [{answer}] reversed [{reversed[question]}]");
                    }
                }
            }
        }

        output.WriteLine($"{folder}: {methods} methods, {answers} answers, {differences.Count} differ; most model work {mostWork:F2} evaluations per operation ({mostWorkAt})");
        Assert.True(methods > 0, $"no methods in {folder}");
        Assert.True(differences.Count == 0, $"{differences.Count} of {answers} answers depend on query order:\n{string.Join("\n", differences)}");
    }

    /// <summary>A method whose rules run in either order must report the same: a guard that the test can fail.</summary>
    [Fact]
    public void AnswersAreComparedPerQuestion()
    {
        const string source = """
            using System;
            static class C {
                static void F(float[] x, float[] y, int rows, int cols) {
                    float max = float.MinValue;
                    for (int k = 0; k < x.Length; k++) max = Math.Max(max, x[k]);
                    for (int i = 0; i < rows; i++) {
                        float sum = 0;
                        for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - max); sum += y[i * cols + j]; }
                        for (int j = 0; j < cols; j++) y[i * cols + j] /= sum;
                    }
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var tree = compilation.SyntaxTrees.Single();
        var body = Bodies(compilation.GetSemanticModel(tree), tree).Single();
        var symbols = WellKnownSymbols.Create(compilation);
        var forward = Answers(Build(body, symbols), describeFirst: true, SoftmaxAnalyzer.Rules);
        var reversed = Answers(Build(body, symbols), describeFirst: false, SoftmaxAnalyzer.Rules.Reverse());
        Assert.Contains("LG0001", forward["LG0001"], StringComparison.Ordinal);
        Assert.Equal(forward, reversed);
    }

    private static IEnumerable<IOperation> Bodies(SemanticModel semanticModel, SyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax && semanticModel.GetOperation(node) is { } operation
                && operation is IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation)
            {
                yield return operation;
            }
        }
    }

    private static SoftmaxModel Build(IOperation body, WellKnownSymbols symbols) =>
        SoftmaxModel.BuildWithInlinedHelpers(body, symbols, () => GraphOf(body), CancellationToken.None);

    private static ControlFlowGraph GraphOf(IOperation body) => body switch
    {
        IMethodBodyOperation method => ControlFlowGraph.Create(method),
        IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
        _ => ControlFlowGraph.Create((IBlockOperation)body),
    };

    /// <summary>Every question's answer: the model dump and each rule's diagnostics (id, place, message), asked in the given order.</summary>
    private static Dictionary<string, string> Answers(SoftmaxModel model, bool describeFirst, IEnumerable<SoftmaxRule> rules)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (describeFirst)
        {
            answers["model"] = model.Describe();
        }

        foreach (var rule in rules)
        {
            answers[rule.Descriptor.Id] = string.Join("; ", rule.Find(model)
                .Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Location.GetLineSpan().StartLinePosition} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .OrderBy(text => text, StringComparer.Ordinal));
        }

        if (!describeFirst)
        {
            answers["model"] = model.Describe();
        }

        return answers;
    }
}
