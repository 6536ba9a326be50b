namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut38: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of computer vision and imaging (per-pixel channel softmax in NCHW/NHWC segmentation heads,
/// spatial softmax of keypoint heatmaps, SSD/YOLO detection heads, vision-transformer attention maps, mean-field CRF
/// refinement, unsafe pointer and <c>Parallel.For</c> pixel loops, ignore-label masks, <c>TensorPrimitives</c> and
/// <c>Tensor</c>-like wrappers), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut38CorpusTests() : PinnedCorpusTests("HeldOut38")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut38");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
