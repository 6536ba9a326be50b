namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut52: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of sports analytics, elections and forecasting (win/draw/loss probabilities per match,
/// Plackett-Luce win probabilities per race, vote shares per district, Elo softmax per league and season, bookmaker margin
/// removal per market, in-play win probability, season and election scenario simulations), as a held-out measure of
/// issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut52CorpusTests() : PinnedCorpusTests("HeldOut52")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut52");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
