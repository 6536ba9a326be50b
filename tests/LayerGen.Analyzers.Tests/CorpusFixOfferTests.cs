using System.Collections.Immutable;
using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A fix that cannot apply must not be offered: over the re-creation corpora (Recreations, HeldOut, HeldOut2), every
/// LG0001–LG0004/LG0008 fix the providers offer is applied on its own; the result must compile and carry fewer
/// diagnostics of that id, and no more diagnostics in all (an action that changes nothing, or that rewrites and leaves
/// the bug, would let <c>dotnet format</c> report "formatted" over unfixed code). Numeric equivalence of the fixes is
/// checked by the fix tests with harnesses (FixSemanticsTests, SliceSumFixTests, UnshiftedExpFixTests …).
/// </summary>
public class CorpusFixOfferTests
{
    private static readonly string[] Folders = { string.Empty, "HeldOut", "HeldOut2" };

    private static readonly CodeFixProvider[] Providers = { new SliceReductionCodeFixProvider(), new UnshiftedExpCodeFixProvider() };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Folders)
        {
            // Top-level files of each named folder only: other folders under Recreations (a blind corpus) are never read.
            foreach (var file in Directory.GetFiles(Path.Combine(Root, folder), "*.cs", SearchOption.TopDirectoryOnly).OrderBy(path => path, StringComparer.Ordinal))
            {
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return data;
    }

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Recreations");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryOfferedFixCompilesAndRemovesItsDiagnostic(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Root, file));
        var before = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(text));
        foreach (var diagnostic in before.Where(d => d.Id is "LG0001" or "LG0002" or "LG0003" or "LG0004" or "LG0008"))
        {
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var (document, workspace) = Open(text);
                using (workspace)
                {
                    var actions = new List<CodeAction>();
                    var located = (await document.GetSyntaxTreeAsync())!.GetLocation(diagnostic.Location.SourceSpan);
                    var context = new CodeFixContext(document, Diagnostic.Create(diagnostic.Descriptor, located), (action, _) => actions.Add(action), CancellationToken.None);
                    await provider.RegisterCodeFixesAsync(context);
                    foreach (var action in actions)
                    {
                        var operations = await action.GetOperationsAsync(CancellationToken.None);
                        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
                        var fixedText = (await changed.GetTextAsync()).ToString();
                        var where = $"{file}: '{action.Title}' for {diagnostic.Id}@{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}";
                        Assert.True(fixedText != text, $"{where} changes nothing");

                        var compilation = FixRunner.CompileRecreation(fixedText);
                        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                        Assert.True(errors.Count == 0, $"{where} does not compile: {string.Join("; ", errors.Take(3))}\n{fixedText}");

                        var after = await FixRunner.AnalyzeAsync(compilation);
                        Assert.DoesNotContain(after, d => d.Id == "AD0001");
                        Assert.True(
                            after.Count(d => d.Id == diagnostic.Id) < before.Count(d => d.Id == diagnostic.Id) && after.Length < before.Length,
                            $"{where} leaves it: before {string.Join(", ", before.Select(Describe))}; after {string.Join(", ", after.Select(Describe))}\n{fixedText}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The log-softmax bugs of the corpus get exactly these fixes (each then checked above: it compiles and removes its
    /// diagnostic): the maximum fixes (LG0001, LG0003, LG0004) where the output can follow the new maximum, none for a
    /// too-wide log-sum-exp (LG0002) or a maximum subtracted into a buffer before the exp (JaggedLinqGlobalMax).
    /// </summary>
    [Fact]
    public async Task LogSoftmaxBugs_GetExactlyTheirMaximumFixes()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Root, "LogSoftmax_TooWideReductions.cs"));
        var offered = new List<string>();
        var diagnostics = (await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(text))).Where(d => d.Id is "LG0001" or "LG0002" or "LG0003" or "LG0004");
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var (document, workspace) = Open(text);
            using (workspace)
            {
                var actions = new List<CodeAction>();
                var located = (await document.GetSyntaxTreeAsync())!.GetLocation(diagnostic.Location.SourceSpan);
                foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, Diagnostic.Create(diagnostic.Descriptor, located), (action, _) => actions.Add(action), CancellationToken.None));
                }

                offered.Add($"{Describe(diagnostic)}{(actions.Count > 0 ? " fixed" : string.Empty)}");
            }
        }

        Assert.Equal(
            new[] { "LG0001@21 fixed", "LG0002@55", "LG0002@86", "LG0004@111 fixed", "LG0001@134", "LG0003@160 fixed", "LG0003@173 fixed", "LG0003@185 fixed" },
            offered);
    }

    /// <summary>Shapes documented in docs/rules/LG0003.md as getting no fix: no action may be registered for them.</summary>
    [Theory]
    [InlineData("ScalarSoftmax_RawExps.cs")]
    [InlineData("Dictionary_RawScores.cs")]
    [InlineData("TensorT_RawExps.cs")]
    [InlineData("TensorT_SoftMaxCall.cs")]
    public async Task NoFixIsOffered_ForTheDocumentedShapes(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Root, file));
        var diagnostics = (await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(text))).Where(d => d.Id == "LG0003").ToList();
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var (document, workspace) = Open(text);
            using (workspace)
            {
                var actions = new List<CodeAction>();
                var located = (await document.GetSyntaxTreeAsync())!.GetLocation(diagnostic.Location.SourceSpan);
                await new UnshiftedExpCodeFixProvider().RegisterCodeFixesAsync(
                    new CodeFixContext(document, Diagnostic.Create(diagnostic.Descriptor, located), (action, _) => actions.Add(action), CancellationToken.None));
                Assert.True(actions.Count == 0, $"{file}: a fix is offered for {Describe(diagnostic)}; update docs/rules/LG0003.md");
            }
        }
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id}@{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}";

    private static (Document Document, AdhocWorkspace Workspace) Open(string text)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Recreation", "Recreation", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true))
            .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(projectId, TestReferences.Net100.Append(TestReferences.RealTensorPrimitives))
            .AddDocument(documentId, "Recreation.cs", SourceText.From(text));
        return (solution.GetDocument(documentId)!, workspace);
    }
}
