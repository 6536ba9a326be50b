namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut56: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of security, fraud and observability (intrusion-detection classifiers, next-event models per
/// session, attention over log lines and trace spans, fraud-score calibration per merchant, alert routing, UEBA
/// behaviour models, malware family classifiers, beaconing detection, WAF rule attribution), as a held-out measure of
/// issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut56CorpusTests() : PinnedCorpusTests("HeldOut56")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut56");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
