namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut14: a fourteenth blind held-out corpus, written without reading the analyzer's source, its tests
/// or the earlier corpora, from source families the earlier held-out sets did not draw on (LoFTR dual softmax,
/// decomposable attention, Soft MoE, expert-choice routing, vLLM PagedAttention, Medusa heads, the logit lens, typical
/// sampling, conformal APS, expected calibration error, MBAR, ProdLDA, the embedded topic model, self-attentive
/// sentence embeddings, MoChA, MAAC, Neural LP, DreamerV3 unimix latents, multinomial diffusion, CopyNet, AFM, AutoInt,
/// axial attention, Linformer, grouped-query attention, empirical Bayes site rates, Autoformer, global attention
/// readout, DNC read modes, minimum risk training), as a fourteenth held-out measure of issue 8 (see that folder's
/// README).
/// </summary>
public sealed class HeldOut14CorpusTests() : PinnedCorpusTests("HeldOut14")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut14");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
