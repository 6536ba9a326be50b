using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The analyzer over Recreations/Backward/*.cs: our own re-creations of public softmax loss and backward code for
/// LG0005–LG0007 (sources in each file's header and in that folder's README). Each expected diagnostic is a trailing
/// <c>//~ LG000N</c> marker on the line where the reported construct begins; a file without markers stays silent.
/// </summary>
public class BackwardRecreationTests
{
    private static readonly string[] Rules = ["LG0005", "LG0006", "LG0007"];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Recreations", "Backward");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.cs").OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void EveryRuleHasFivePositiveFilesAndCorrectLookAlikes()
    {
        var texts = Directory.GetFiles(Folder, "*.cs").Select(File.ReadAllText).ToList();
        foreach (var id in Rules)
        {
            var positives = texts.Count(text => SourceMarkers.ExpectedMarkers(text).Any(marker => marker.Id == id));
            Assert.True(positives >= 5, $"{positives} files expect {id}; at least 5 differently written variants are required");
        }

        Assert.True(texts.Count(text => SourceMarkers.ExpectedMarkers(text).Count == 0) >= 6, "fewer than 6 silent look-alike files");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ReportsExactlyTheMarkedDiagnostics(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Folder, file));
        var compilation = FixRunner.CompileRecreation(text);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{file} does not compile: {string.Join("; ", errors)}");

        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        var actual = diagnostics
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        var expected = SourceMarkers.ExpectedMarkers(text)
            .Select(marker => $"{marker.Id}@{marker.Line}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }
}
