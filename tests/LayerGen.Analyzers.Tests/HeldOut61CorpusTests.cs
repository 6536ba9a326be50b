namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut61: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of graphics, geometry and clustering (soft rasterizer depth blends per pixel, soft k-means and
/// soft nearest-neighbour assignments, point-cloud neighbour attention, spatial soft-argmax of heatmaps, soft voxel
/// labels, multi-view texture blending, stereo soft argmin, soft mesh segmentation, soft palette quantisation, soft
/// histograms, soft point correspondences), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut61CorpusTests() : PinnedCorpusTests("HeldOut61")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut61");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
