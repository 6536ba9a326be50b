namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut50: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of psychometrics, education and survey statistics (nominal response and generalized partial
/// credit category probabilities, many-facet Rasch rater models, rating scale scoring, knowledge-tracing read-outs,
/// adaptive-testing selection weights, response-style models, grade distributions, latent class posteriors), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut50CorpusTests() : PinnedCorpusTests("HeldOut50")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut50");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
