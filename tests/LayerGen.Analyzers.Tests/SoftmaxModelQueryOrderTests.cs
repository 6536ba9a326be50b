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
/// Recreations, two fresh models, each of its own compilation of the file, are asked every question (the model dump
/// and every rule) in two orders, forward and reversed, and each answer is compared. Two compilations also catch an
/// answer that follows the identity hashes of Roslyn's objects (<see cref="StableKeys"/>), half of the time each.
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
            var text = File.ReadAllText(file);
            var compilation = FixRunner.CompileRecreation(text);
            var tree = compilation.SyntaxTrees.Single();
            var symbols = WellKnownSymbols.Create(compilation);

            // The reversed questions go to a model of another compilation of the same text: new symbols and operations,
            // so a choice made by identity-hash order (not by the code) shows up as a difference too.
            var otherCompilation = FixRunner.CompileRecreation(text);
            var otherTree = otherCompilation.SyntaxTrees.Single();
            var otherSymbols = WellKnownSymbols.Create(otherCompilation);
            var otherBodies = Bodies(otherCompilation.GetSemanticModel(otherTree), otherTree).ToList();
            foreach (var (body, index) in Bodies(compilation.GetSemanticModel(tree), tree).Select((body, index) => (body, index)))
            {
                var forwardModel = Build(body, symbols);
                var forward = Answers(forwardModel, describeFirst: true, SoftmaxAnalyzer.Rules);
                if (forwardModel.OperationCount > 0 && (double)forwardModel.Evaluations / forwardModel.OperationCount > mostWork)
                {
                    mostWork = (double)forwardModel.Evaluations / forwardModel.OperationCount;
                    mostWorkAt = $"{Path.GetFileName(file)} line {body.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
                }

                var otherBody = otherBodies[index];
                Assert.Equal(body.Syntax.SpanStart, otherBody.Syntax.SpanStart);
                var reversed = Answers(Build(otherBody, otherSymbols), describeFirst: false, SoftmaxAnalyzer.Rules.Reverse());
                methods++;
                foreach (var (question, answer) in forward)
                {
                    answers++;
                    var where = $"{Path.GetFileName(file)} line {body.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1} {question}";
                    if (reversed[question] != answer)
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
