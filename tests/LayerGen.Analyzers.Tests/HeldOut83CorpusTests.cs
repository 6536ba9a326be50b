namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut83: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of LINQ query syntax and hand-written LINQ operators (`from … let … group … by … into … select`,
/// `join`, `Aggregate` with tuple seeds, `Zip`, `GroupBy` over flat (row, col, value) triples, `ToLookup`/`ToDictionary`
/// per row or class, `MaxBy`, `Chunk`, the file's own `IEnumerable` operators like `SoftmaxBy`/`Normalize`), as a held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut83CorpusTests() : PinnedCorpusTests("HeldOut83")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut83");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
