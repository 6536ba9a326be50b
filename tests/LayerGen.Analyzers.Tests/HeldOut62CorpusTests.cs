namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut62: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of probabilistic modelling and statistics (Gaussian- and Poisson-mixture E-steps, HMM forward
/// filtering, particle-filter and importance weights, topic posteriors, Bayesian model averaging, stepping-stone tempered
/// weights, Gibbs distributions, multinomial logit, kernel-regression weights, changepoint run-length posteriors), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut62CorpusTests() : PinnedCorpusTests("HeldOut62")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut62");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
