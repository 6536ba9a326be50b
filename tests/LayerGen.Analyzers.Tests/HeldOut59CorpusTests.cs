namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut59: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of quantised, low-precision and embedded inference (int8/uint8 logits dequantised with scale and
/// zero point, per-channel scales, <c>Half</c> inputs, <c>stackalloc</c> and <c>ArrayPool</c> scratch, strided flat
/// tensors, requantised probabilities, keyword spotting and sensor classifiers), as a held-out measure of issue 8 (see
/// that folder's README).
/// </summary>
public sealed class HeldOut59CorpusTests() : PinnedCorpusTests("HeldOut59")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut59");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
