namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut39: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of transformers and LLM inference (multi-head and causal attention in flat and jagged layouts,
/// KV-cache decoding, grouped-query attention, ALiBi, flash-attention-style online softmax over key blocks, temperature,
/// top-k and top-p sampling, logit soft-capping, speculative decoding, beam weights, mixture-of-experts routers), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut39CorpusTests() : PinnedCorpusTests("HeldOut39")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut39");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
