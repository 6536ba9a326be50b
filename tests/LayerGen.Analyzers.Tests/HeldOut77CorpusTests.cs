namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut77: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of recursion and divide-and-conquer (recursive max/sum over index ranges split in halves,
/// pairwise summation, recursion over rows `Rows(x, r + 1)`, tail recursion with accumulator parameters, recursive local
/// functions, recursion over jagged or tree-shaped batches, memoised recursion, segment trees), as a held-out measure of
/// issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut77CorpusTests() : PinnedCorpusTests("HeldOut77")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut77");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
