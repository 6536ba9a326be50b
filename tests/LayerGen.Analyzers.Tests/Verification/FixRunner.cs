using LayerGen.CodeFixes.Softmax;
using LayerGen.Analyzers.Softmax.Rules;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// Runs the analyzer and applies the code fix in a plain <see cref="AdhocWorkspace"/>, outside the testing framework:
/// used where a test needs the fixed text itself (semantic checks) or the raw analyzer output (corpus, robustness).
/// </summary>
internal static class FixRunner
{
    public static CSharpCompilation Compile(string source, string assemblyName = "Subject") =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: false));

    /// <summary>
    /// Compiles a re-created corpus file (or several files of one project): unsafe allowed, the real
    /// System.Numerics.Tensors referenced.
    /// </summary>
    public static CSharpCompilation CompileRecreation(params string[] sources) =>
        CSharpCompilation.Create(
            "Recreation",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            TestReferences.Net100.Append(TestReferences.RealTensorPrimitives),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));

    /// <summary>
    /// The IDs the analyzer reports on <paramref name="source"/> compiled as a corpus file, in report order; fails the
    /// test when the source does not compile or the analyzer throws (AD0001).
    /// </summary>
    public static async Task<List<string>> ReportedIdsAsync(string source)
    {
        var compilation = CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Select(diagnostic => diagnostic.Id).ToList();
    }

    /// <summary>
    /// <see cref="ReportedIdsAsync"/> for <paramref name="method"/> placed in <c>static class C</c> (after <c>using System;</c>
    /// and <c>using System.Linq;</c>), sorted ordinally.
    /// </summary>
    public static async Task<List<string>> ReportedIdsOfMethodAsync(string method) =>
        (await ReportedIdsAsync("using System;\nusing System.Linq;\nstatic class C {\n" + method + "\n}\n")).OrderBy(id => id, StringComparer.Ordinal).ToList();

    /// <summary>All analyzer diagnostics (including AD0001 analyzer exceptions) for <paramref name="compilation"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoftmaxAnalyzer()), options);
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("LG", StringComparison.Ordinal) || diagnostic.Id == "AD0001").ToImmutableArray();
    }

    /// <summary>Applies the fix for the first LG0001/LG0002 diagnostic (which rewrites the whole method) until none is left.</summary>
    public static Task<string> FixAsync(string source, int maxRounds = 8) =>
        FixAsync(source, new SliceReductionCodeFixProvider(), TestReferences.Net100, maxRounds);

    /// <summary>Applies the first fix <paramref name="provider"/> offers for its diagnostics until none is left.</summary>
    public static async Task<string> FixAsync(string source, CodeFixProvider provider, IEnumerable<MetadataReference> references, int maxRounds = 8)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Subject", "Subject", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(projectId, references)
            .AddDocument(documentId, "Subject.cs", SourceText.From(source));
        for (var round = 0; round < maxRounds; round++)
        {
            var document = solution.GetDocument(documentId)!;
            var compilation = await document.Project.GetCompilationAsync();
            var diagnostic = (await AnalyzeAsync(compilation!)).FirstOrDefault(d => provider.FixableDiagnosticIds.Contains(d.Id));
            if (diagnostic is null)
            {
                break;
            }

            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
            if (actions.Count == 0)
            {
                break;
            }

            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        return (await solution.GetDocument(documentId)!.GetTextAsync()).ToString();
    }
}
