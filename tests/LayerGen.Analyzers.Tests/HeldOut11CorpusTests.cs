namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut11: an eleventh blind held-out corpus, written without reading the analyzer's source, its tests
/// or the earlier corpora, from source families the earlier held-out sets did not draw on (GRU4Rec BPR-max, VBx
/// diarisation, optical-flow correlation soft-argmax, SAC-discrete, Dirichlet-process Gibbs, loopy belief propagation,
/// Soft Rasterizer, softmax splatting, MEME, MoCo, prototypical networks, Mult-VAE, AWAC/CRR, Gumbel MuZero,
/// pseudo-BMA+, histogram filters, scaled HMM forward, entropic OT soft c-transform, softmin dispatch, kNN-LM, SwAV,
/// DINO, RL choice rules, Kaldi hybrid posteriors, forward attention, RAG, Matching Networks, ASR N-best posteriors,
/// Boltzmann GA selection, GCNet), as an eleventh held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut11CorpusTests() : PinnedCorpusTests("HeldOut11")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut11");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
