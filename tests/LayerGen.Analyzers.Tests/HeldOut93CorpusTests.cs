namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut93: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of scientific computing — statistical mechanics, chemistry and physics code (Boltzmann weights
/// exp(-E/kT) per replica, molecule, site or state, partition functions, heat-bath/Gibbs sampling probabilities,
/// simulated annealing move selection, multistate reweighting) and econometric multinomial/conditional/mixed logit choice
/// models, with energies as well as scores, temperatures and units — as a held-out measure of issue 8 (see that folder's
/// README).
/// </summary>
public sealed class HeldOut93CorpusTests() : PinnedCorpusTests("HeldOut93")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut93");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
