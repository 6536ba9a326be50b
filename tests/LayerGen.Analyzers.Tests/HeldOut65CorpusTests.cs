namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut65: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of optimal transport and soft, differentiable algorithms (log-domain Sinkhorn row and column
/// half-steps, entropic plans between point clouds, soft-DTW soft-minima, SoftSort, Gumbel-softmax, spatial soft-argmax,
/// soft nearest-neighbour and soft k-means assignments, memory content addressing, soft histograms, stereo soft-argmin),
/// as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut65CorpusTests() : PinnedCorpusTests("HeldOut65")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut65");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
