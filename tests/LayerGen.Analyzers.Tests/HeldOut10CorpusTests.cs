namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut10: a tenth blind held-out corpus, written without reading the analyzer's source, its tests or
/// the earlier corpora, from source families the earlier held-out sets did not draw on (nested and mixed logit,
/// Potts heat-bath, free-energy perturbation, MC dropout, exponentiated-gradient portfolios, IWAE, ProteinMPNN,
/// RNN-T, SAGAN, CAML, biaffine parsing, e2e-coref, C51, NetVLAD, deep attractor networks, logit QRE, rotamer and
/// level populations, generalized propensity scores, pointer-generator, ALiBi, ScalarMix, dynamic convolution,
/// SoftPool, logit route choice, ODIN, multiple-try Metropolis, ComplEx, Set Transformer PMA), as a tenth held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut10CorpusTests() : PinnedCorpusTests("HeldOut10")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut10");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
