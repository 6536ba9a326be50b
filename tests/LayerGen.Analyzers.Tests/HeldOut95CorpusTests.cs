namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut95: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of modern C# 12-14 language features (primary constructors, records and `with`, collection
/// expressions `[.. a, .. b]`, ranges and indices `x[a..b]` / `^1`, list patterns, required/init properties, computed
/// properties and indexers, params spans, inline arrays, C# 14 extension blocks, switch expressions, static local
/// functions), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut95CorpusTests() : PinnedCorpusTests("HeldOut95")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut95");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
