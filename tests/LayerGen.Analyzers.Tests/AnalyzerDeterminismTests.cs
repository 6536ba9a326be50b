using System.Collections.Immutable;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The analyzer's output is a function of the source alone: the same diagnostics, at the same locations, with the same
/// messages, whatever order the syntax trees come in, whether the driver analyses methods concurrently or not, and in
/// every compilation of the same text (Roslyn symbols and operations hash by identity, new in each compilation, so a
/// choice made by hash order differs between them). Each corpus folder is compiled as one project three ways, and
/// each of its files alone; every run must print the same lines. Before <c>StableHash</c>, the buffer named in
/// "Softmax of '…'" changed between runs (GcNet's 'x'/'attention', CfgLm's 'cond'/'uncond').
/// </summary>
public sealed class AnalyzerDeterminismTests
{
    [Theory]
    [InlineData("HeldOut8")]
    [InlineData("HeldOut11")]
    [InlineData("HeldOut13")]
    public async Task SameDiagnosticsWhateverTheTreeOrderAndConcurrency(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recreations", folder), "*.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Text: File.ReadAllText(path)))
            .ToList();
        var shuffled = files.OrderBy(_ => Guid.NewGuid()).ToList();

        var inOrder = await Lines(files, concurrent: false);
        Assert.Contains(inOrder, line => line.Contains("Softmax of '", StringComparison.Ordinal));
        AssertSameLines(inOrder, await Lines(Enumerable.Reverse(files).ToList(), concurrent: true), "reversed, concurrent");
        AssertSameLines(inOrder, await Lines(shuffled, concurrent: true), "shuffled, concurrent");

        var fileByFile = new List<string>();
        foreach (var file in shuffled)
        {
            fileByFile.AddRange(await Lines(new[] { file }.ToList(), concurrent: false));
        }

        AssertSameLines(inOrder, fileByFile.OrderBy(line => line, StringComparer.Ordinal).ToList(), "file by file");
    }

    /// <summary>Fails with the whole lines that differ (xUnit's collection diff truncates them before the message).</summary>
    private static void AssertSameLines(List<string> expected, List<string> actual, string run)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count,
            $"The {run} run differs from the in-order run.\nOnly in order:\n  {string.Join("\n  ", missing)}\nOnly {run}:\n  {string.Join("\n  ", extra)}");
    }

    /// <summary>Every analyzer diagnostic of one compilation of <paramref name="files"/>, one sorted line each.</summary>
    private static async Task<List<string>> Lines(List<(string Name, string Text)> files, bool concurrent)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), file.Name));
        var compilation = CSharpCompilation.Create(
            "Determinism",
            trees,
            TestReferences.Net100.Append(TestReferences.RealTensorPrimitives),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, concurrentBuild: concurrent));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoftmaxAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics
            .Select(diagnostic =>
                $"{diagnostic.Location.SourceTree?.FilePath} {diagnostic.Id} {diagnostic.Location.SourceSpan} " +
                $"[{string.Join(",", diagnostic.AdditionalLocations.Select(location => location.SourceSpan.Start))}] {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
