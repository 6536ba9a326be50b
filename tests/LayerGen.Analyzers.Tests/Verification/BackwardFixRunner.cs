using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// Applies the LG0005–LG0007 fixes in a plain <see cref="AdhocWorkspace"/> (with the LayerGen runtime referenced, so
/// fixes that call it compile): one diagnostic at a time, re-analysing after each, until no fixable one is left.
/// </summary>
internal static class BackwardFixRunner
{
    public static readonly CodeFixProvider[] Providers =
        [new LogSoftmaxCodeFixProvider(), new JacobianCodeFixProvider(), new DiagonalDerivativeCodeFixProvider()];

    public static IEnumerable<MetadataReference> References =>
        TestReferences.Net100.Append(MetadataReference.CreateFromFile(typeof(LayerGen.Softmax).Assembly.Location));

    /// <summary>Compiles a subject with the LayerGen runtime referenced.</summary>
    public static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create(
            "Subject",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The fixed text and how many fixes were applied.</summary>
    public static async Task<(string Text, int Applied)> FixAsync(string source, int maxRounds = 12)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Subject", "Subject", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(projectId, References)
            .AddDocument(documentId, "Subject.cs", SourceText.From(source));

        var applied = 0;
        var unfixable = new HashSet<string>();
        for (var round = 0; round < maxRounds; round++)
        {
            var document = solution.GetDocument(documentId)!;
            var compilation = await document.Project.GetCompilationAsync();
            var diagnostics = (await FixRunner.AnalyzeAsync(compilation!))
                .Where(d => d.Id is "LG0005" or "LG0006" or "LG0007" && !unfixable.Contains(d.Id + d.Location.SourceSpan))
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ToList();
            if (diagnostics.Count == 0)
            {
                break;
            }

            var diagnostic = diagnostics[0];
            var actions = new List<CodeAction>();
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
            }

            if (actions.Count == 0)
            {
                unfixable.Add(diagnostic.Id + diagnostic.Location.SourceSpan);
                continue;
            }

            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            applied++;
        }

        return ((await solution.GetDocument(documentId)!.GetTextAsync()).ToString(), applied);
    }
}
