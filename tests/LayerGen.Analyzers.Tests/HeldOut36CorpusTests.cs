namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut36: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of recommendation, search ranking and retrieval (listwise ranking over ragged query slates, flat
/// scores with query offsets, in-batch negatives, sampled softmax, user x item temperature dot products, session
/// next-item scoring, Plackett-Luce exploration, re-ranking blends, dense retrieval, multi-interest users, top-k services),
/// as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut36CorpusTests() : PinnedCorpusTests("HeldOut36")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut36");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
