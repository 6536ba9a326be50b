namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut13: a thirteenth blind held-out corpus, written without reading the analyzer's source, its tests
/// or the earlier corpora, from source families the earlier held-out sets did not draw on (SuperPoint, HuBERT, latent
/// class analysis, Bayesian change points, simulated tempering, RSEM/salmon read assignment, Bayesian inverse
/// planning, contrastive decoding, classifier-free guidance for LMs, spline flows, Poly-encoder, DiffPool, BLP logit
/// demand, Mask2Former, MaskGIT, MPO, TarMAC, nested sampling, noisy-channel spelling, photometric redshifts,
/// NonLinLoc, multi-atlas label fusion, T5 relative bias, Graphormer, CCNet criss-cross attention, log-linear LM
/// interpolation, Esscher tilting, DeBERTa, product-key memory, Dirichlet calibration), as a thirteenth held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut13CorpusTests() : PinnedCorpusTests("HeldOut13")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut13");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
