namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut86: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of pattern matching and switch expressions (list patterns `[var head, .. var rest]` and slice
/// patterns, property and positional patterns over shape/layout records, switch expressions choosing the axis or stride,
/// tuple patterns, relational/`and`/`or` patterns as guards in folds, `is` type tests dispatching on row containers,
/// `when` clauses), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut86CorpusTests() : PinnedCorpusTests("HeldOut86")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut86");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
