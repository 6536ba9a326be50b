namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut49: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of finance, trading and risk (softmax portfolio weights per rebalance date, exponentially weighted
/// forecast combination and Hedge allocation over losses, regime probabilities per day, entropy-pooling scenario tilts,
/// rating-migration rows, order-book level attention, per-sector softmaxes, daily snapshots of changing universes,
/// position books), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut49CorpusTests() : PinnedCorpusTests("HeldOut49")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut49");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
