using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The analyzer over a held-out corpus folder under Recreations (written without reading the analyzer's source; labels
/// checked numerically, see each folder's README). A derived class names the folder and lists its files as
/// a theory over its files that calls <see cref="ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn"/>. Expected diagnostics are trailing <c>//~ LG000N</c> markers, as in <see cref="RecreationCorpusTests"/>. A file whose
/// first line is <c>// known gap: ...</c> also has a <c>// gap: -LG000N@line +LG000N@line</c> line listing exactly what
/// the analyzer misses (<c>-</c>) and what it reports on correct code or at the wrong place (<c>+</c>): the test pins
/// that deviation, so a fix of the analyzer (or a regression) makes the file fail until its gap lines are updated.
/// </summary>
public abstract class PinnedCorpusTests(string folderName)
{
    private const string KnownGapMarker = "// known gap:";

    private string Folder => FolderOf(folderName);

    /// <summary>The corpus files of Recreations/<paramref name="name"/>, for a derived class's a theory over its files that calls <see cref="ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn"/>.</summary>
    protected static TheoryData<string> FilesOf(string name)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FolderOf(name), "*.cs").OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string FolderOf(string name) => Path.Combine(AppContext.BaseDirectory, "Recreations", name);

    /// <summary>
    /// The least the folder must hold: methods, files expecting each of LG0001–LG0004, and files expecting nothing. A
    /// blind held-out corpus needs (30, 3, 12); a folder of re-created real-code findings holds what the real code showed.
    /// </summary>
    protected virtual (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (30, 3, 12);

    [Fact]
    public void CorpusCoversEveryRuleAndCorrectCode()
    {
        var (minimumMethods, filesPerRule, correctFiles) = MinimumCoverage;
        var texts = Directory.GetFiles(Folder, "*.cs").Select(File.ReadAllText).ToList();
        var methods = texts.Sum(SourceMarkers.CountMethods);
        Assert.True(methods >= minimumMethods, $"only {methods} methods");
        foreach (var id in new[] { "LG0001", "LG0002", "LG0003", "LG0004" })
        {
            Assert.True(texts.Count(text => SourceMarkers.ExpectedMarkers(text).Any(marker => marker.Id == id)) >= filesPerRule, $"fewer than {filesPerRule} files expect {id}");
        }

        Assert.True(texts.Count(text => SourceMarkers.ExpectedMarkers(text).Count == 0) >= correctFiles, $"fewer than {correctFiles} correct files");
    }

    /// <summary>Checks one file of the folder (each derived class runs it as a theory over its files).</summary>
    protected async Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(string file)
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
        var expected = SourceMarkers.ExpectedMarkers(text).Select(marker => $"{marker.Id}@{marker.Line}").ToList();
        if (!text.StartsWith(KnownGapMarker, StringComparison.Ordinal))
        {
            Assert.Equal(expected.OrderBy(entry => entry, StringComparer.Ordinal), actual);
            return;
        }

        var (missed, extra) = PinnedGap(text);
        Assert.True(missed.Count + extra.Count > 0, $"{file} is marked as a known gap but its '// gap:' line lists nothing");
        Assert.All(missed, entry => Assert.Contains(entry, expected));
        Assert.All(extra, entry => Assert.DoesNotContain(entry, expected));
        var pinned = expected.Except(missed).Concat(extra).OrderBy(entry => entry, StringComparer.Ordinal).ToList();
        Assert.True(
            pinned.SequenceEqual(actual),
            $"{file}: the analyzer's output changed from the pinned gap (expected with gap: {string.Join(", ", pinned)}; actual: {string.Join(", ", actual)}); " +
            $"if it is now right, remove the '{KnownGapMarker}' and '// gap:' lines, else update them");
    }

    private static (List<string> Missed, List<string> Extra) PinnedGap(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("// gap:", StringComparison.Ordinal)) ?? "// gap:";
        var entries = line["// gap:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (
            entries.Where(e => e.StartsWith('-')).Select(e => e[1..]).ToList(),
            entries.Where(e => e.StartsWith('+')).Select(e => e[1..]).ToList());
    }
}
