namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut23: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (pointer networks, neural temporal point
/// processes, stacked-attention VQA, frame-wise chord recognition, neural language identification, Luong global
/// attention, ATAE-LSTM aspect sentiment, SAKT knowledge tracing, GTZAN genre classification, social attention for
/// pedestrian trajectories, YouTube candidate generation, JointBERT slot filling), as a held-out measure of issue 8
/// (see that folder's README).
/// </summary>
public sealed class HeldOut23CorpusTests() : PinnedCorpusTests("HeldOut23")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut23");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
