namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut67: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of rank-3 and rank-4 tensors (the softmax on any axis: channel softmax in NCHW/NHWC, attention
/// scores [batch, heads, queries, keys], ONNX-style outer/axis/inner fibres, spatial softmax over h * w, time-major
/// [t, b, v] logits, hand-written Tensor types with strides, Span rows), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut67CorpusTests() : PinnedCorpusTests("HeldOut67")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut67");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
