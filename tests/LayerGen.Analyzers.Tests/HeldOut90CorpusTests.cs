namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut90: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of defensive production code (guard clauses and argument validation, try/catch/finally around
/// the softmax, ArrayPool rentals returned in finally, CancellationToken checks inside the loops, early returns and
/// `continue` for empty or masked rows, logging and metrics calls between the steps, Result/TryXxx(out …) patterns,
/// `checked` blocks, Debug.Assert invariants), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut90CorpusTests() : PinnedCorpusTests("HeldOut90")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut90");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
