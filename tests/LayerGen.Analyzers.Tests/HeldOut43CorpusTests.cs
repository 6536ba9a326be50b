namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut43: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of economics and operations discrete-choice (logit) models (multinomial, conditional, nested,
/// mixed and latent class logit; market-share attraction models, logit route choice, softmax portfolio weights) in the
/// layouts econometricians use (long format with person blocks, wide <c>double[,]</c>, alternatives × persons design
/// matrices, records, dictionaries per market, LINQ groups), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut43CorpusTests() : PinnedCorpusTests("HeldOut43")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut43");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
