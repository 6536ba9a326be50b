using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Runs the analyzer over our re-creations of real-world softmax code (Corpus/*.cs, sources named in each file) and
/// asserts exactly the labelled diagnostics; where a fix is offered, the fixed file must compile.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.cs").OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void CorpusHasPositiveAndNegativeFiles()
    {
        var labelled = Directory.GetFiles(CorpusDirectory, "*.cs").Select(File.ReadAllText).ToList();
        Assert.True(labelled.Count >= 12, $"only {labelled.Count} corpus files");
        Assert.Contains(labelled, text => text.Contains("{|LG0001:", StringComparison.Ordinal));
        // Its one whole-array softmax (DataScienceInCSharp) is the LG0008 suggestion; LG0002 is covered by Recreations/.
        Assert.Contains(labelled, text => text.Contains("{|LG0008:", StringComparison.Ordinal));
        Assert.Contains(labelled, text => !text.Contains("{|LG", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task AnalyzerReportsExactlyTheLabelledDiagnostics(string file)
    {
        var (text, expected) = MarkupParser.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, file)));
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.Compile(text));

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        var actual = diagnostics.Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(d => d.SourceSpan.Start).ToList();
        Assert.Equal(
            expected.Select(e => $"{e.Id} {Describe(text, e.Span)}"),
            actual.Select(a => $"{a.Id} {Describe(text, a.SourceSpan)}"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task OfferedFixesCompile(string file)
    {
        var (text, _) = MarkupParser.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, file)));
        if (FixRunner.Compile(text).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return; // code that does not compile gets no diagnostic, hence no fix
        }

        var fixedText = await FixRunner.FixAsync(text);
        var errors = FixRunner.Compile(fixedText).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{file}: fixed code does not compile:\n{string.Join("\n", errors)}\n{fixedText}");
    }

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static string Describe(string text, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        $"line {text[..span.Start].Count(c => c == '\n') + 1}: {text.Substring(span.Start, span.Length).Split('\n')[0].Trim()}";
}
