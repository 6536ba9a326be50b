namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut35: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of science and engineering outside machine learning (Boltzmann populations of conformers,
/// partition functions over a temperature scan, simulated tempering, MPPI control weights per environment and per time
/// step, entropic transport kernels, soft-argmax keypoints, SDF smooth-min blending, Maxent species distributions,
/// heat-bath move selection, ensemble misfit weights, logit mode choice), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut35CorpusTests() : PinnedCorpusTests("HeldOut35")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut35");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
