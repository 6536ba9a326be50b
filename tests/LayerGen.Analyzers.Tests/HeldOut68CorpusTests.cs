namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut68: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of functional-style and modern C# syntax (list-pattern and index recursion, switch expressions,
/// tuples and deconstruction, Aggregate folds with tuple accumulators, ranges and indices, Enumerable.Range pipelines,
/// records with `with`, higher-order Map/Fold helpers, Zip pipelines), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut68CorpusTests() : PinnedCorpusTests("HeldOut68")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut68");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
