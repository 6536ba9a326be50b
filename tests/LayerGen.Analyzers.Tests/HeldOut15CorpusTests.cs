namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut15: a fifteenth blind held-out corpus, written without reading the analyzer's source, its tests
/// or the earlier corpora, from source families the earlier held-out sets did not draw on (soft-DTW, SoftTriple,
/// ProxyNCA, Nyströmformer, the Differential Transformer, StreamingLLM attention sinks, DynamicViT, external attention,
/// OCRNet, CARAFE, the attention-over-attention and attention-sum readers, HAN meta-path attention, stack RNNs, the
/// inverse alr transform, DeepHit, the RELION E-step, mean-field dense CRFs, Dynamic Weight Average, Enformer attention
/// pooling, MENTS, Gemma 2 soft-capping, attentive pooling networks, TRADE, MixMatch, margin sampling, DoReMi, GMM
/// attention, bottom-up top-down attention, LM perplexity), as a fifteenth held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut15CorpusTests() : PinnedCorpusTests("HeldOut15")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut15");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
