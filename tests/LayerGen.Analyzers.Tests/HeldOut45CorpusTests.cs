namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut45: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of physical sciences and simulation (Boltzmann/Gibbs weights over energies: populations per
/// temperature, conformer weights per molecule, Potts heat-bath sweeps, simulated-annealing moves, free-energy
/// perturbation windows, MBAR state weights, serial tempering, soft k-means), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut45CorpusTests() : PinnedCorpusTests("HeldOut45")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut45");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
