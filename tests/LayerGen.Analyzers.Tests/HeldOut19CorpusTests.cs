namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut19: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (AdapterFusion, Flash-Decoding split-KV,
/// contrastive search, MDLM masked diffusion, HGT, A2C entropy, COMA, TimesNet, joint CTC/attention decoding,
/// Lovász-softmax, Soft-NMS, SCAN self-labelling, ALBEF momentum distillation, SASRec, neural autoregressive flows),
/// as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut19CorpusTests() : PinnedCorpusTests("HeldOut19")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut19");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
