namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut26: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, that varies the source style rather than the application: C# ports of well-known Python / C reference code
/// (CS231n softmax_loss_naive/vectorized, scipy.special.softmax, llama2.c, GPT-2 top-k decoding, minGPT/nanoGPT
/// attention, d2l.ai, makemore, numpy-ml, scikit-learn extmath, tinygrad, micrograd, whisper decoding), written the way
/// a porter writes them (numpy idioms by hand, keepdims helpers, axis arguments, flat buffers with strides, pointers),
/// as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut26CorpusTests() : PinnedCorpusTests("HeldOut26")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut26");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
