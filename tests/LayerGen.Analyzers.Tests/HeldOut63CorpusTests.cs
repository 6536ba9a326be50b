namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut63: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of search ranking, recommendation and language-model decoding (temperature, top-k and nucleus
/// sampling of next-token logits, beam-search steps, ListNet scores and targets per query, in-batch InfoNCE rows and
/// columns, sampled softmax with negatives, recommender candidate scoring, repetition penalties, autocomplete), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut63CorpusTests() : PinnedCorpusTests("HeldOut63")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut63");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
