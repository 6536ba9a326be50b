using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Builds the softmax model of methods in a source (compiled like a corpus file, without errors) for model tests.</summary>
internal static class ModelDescriptions
{
    /// <summary>Each method of <paramref name="source"/>, by name, to its model's <see cref="SoftmaxModel.Describe"/> text.</summary>
    public static Dictionary<string, string> Of(string source)
    {
        var (compilation, tree) = Compile(source);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            result[declaration.Identifier.ValueText] = Build(compilation, tree, declaration).Describe();
        }

        return result;
    }

    /// <summary>The model of the method named <paramref name="name"/> in <paramref name="source"/>.</summary>
    public static SoftmaxModel Method(string source, string name)
    {
        var (compilation, tree) = Compile(source);
        return Build(compilation, tree, tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.ValueText == name));
    }

    /// <summary>
    /// The model of the method named <paramref name="name"/> as the analyzer builds it: with its small same-type helpers
    /// inlined (<see cref="SoftmaxModel.BuildWithInlinedHelpers"/>).
    /// </summary>
    public static SoftmaxModel WithInlinedHelpers(string source, string name)
    {
        var (compilation, tree) = Compile(source);
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.ValueText == name);
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        return SoftmaxModel.BuildWithInlinedHelpers(body, WellKnownSymbols.Create(compilation), () => ControlFlowGraph.Create(body), CancellationToken.None);
    }

    /// <summary>
    /// The model of the method named <paramref name="name"/>, declared in the first of <paramref name="files"/>, with
    /// the other files compiled beside it (one project, as the analyzer sees it: only the first file's semantic model).
    /// </summary>
    public static SoftmaxModel MethodBesideFiles(string name, params string[] files)
    {
        var compilation = FixRunner.CompileRecreation(files);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees[0];
        return Build(compilation, tree, tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.ValueText == name));
    }

    private static (Compilation Compilation, SyntaxTree Tree) Compile(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (compilation, compilation.SyntaxTrees.Single());
    }

    private static SoftmaxModel Build(Compilation compilation, SyntaxTree tree, MethodDeclarationSyntax declaration)
    {
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        return SoftmaxModel.Build(body, WellKnownSymbols.Create(compilation), ControlFlowGraph.Create(body), CancellationToken.None);
    }
}
