namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut25: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (next-note music sampling with a temperature,
/// generalized partial credit IRT, PointNet part segmentation, GE2E speaker verification, SpliceAI splice sites, Q8
/// secondary structure, multimodal motion-forecasting modes, camera-trap species crops, Ultra-Fast-Lane-Detection row
/// anchors, grapheme-to-phoneme decoding, depth-bin classification, word-gesture keyboard decoding), as a held-out measure
/// of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut25CorpusTests() : PinnedCorpusTests("HeldOut25")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut25");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
