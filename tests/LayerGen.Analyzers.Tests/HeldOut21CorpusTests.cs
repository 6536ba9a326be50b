namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut21: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (horse-racing win probabilities, multiplayer
/// Elo lobby odds, Leela Chess Zero policy priors, Wi-Fi fingerprint soft k-NN, ArcFace heads, hybrid-search score
/// fusion, pronunciation GOP scoring, DeepLog log-anomaly detection, NRMS news recommendation, query auto-completion,
/// masked tactics-game policies, attention-LSTM load forecasting), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut21CorpusTests() : PinnedCorpusTests("HeldOut21")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut21");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
