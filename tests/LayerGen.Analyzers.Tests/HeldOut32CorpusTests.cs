namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut32: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on statistics and probabilistic modelling (EM responsibilities for Gaussian and categorical mixtures, HMM
/// forward filtering, multinomial logit, LDA and CRP Gibbs draws, grid posteriors, naive Bayes, conditional logit, particle
/// filter weights, tempering schedules, Akaike weights), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut32CorpusTests() : PinnedCorpusTests("HeldOut32")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut32");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
