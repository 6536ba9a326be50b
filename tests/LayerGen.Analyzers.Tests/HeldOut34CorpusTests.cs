namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut34: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of production inference and serving code (ONNX Runtime / ML.NET / Unity Sentis post-processing:
/// <c>DenseTensor</c> multi-index access, NCHW vs NHWC outputs, flat <c>[batch, classes]</c> and <c>[batch, seq, vocab]</c>
/// buffers, top-k, detector heads, segmentation, BERT QA spans, NER, text-generation sampling, CTC, re-ranking endpoints,
/// dynamic batching, async streams, <c>Span</c>/<c>MemoryMarshal</c>/<c>ArrayPool</c>, <c>TensorPrimitives</c>), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut34CorpusTests() : PinnedCorpusTests("HeldOut34")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut34");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
