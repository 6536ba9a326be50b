namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut53: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of business software: experiments, pricing and operations (Boltzmann exploration over A/B
/// variants, multinomial-logit demand shares per store and price tier, softmin load-balancing weights per region, ticket
/// routing per queue, churn-reason classifiers, dynamic pricing over price points, warehouse and budget allocation), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut53CorpusTests() : PinnedCorpusTests("HeldOut53")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut53");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
