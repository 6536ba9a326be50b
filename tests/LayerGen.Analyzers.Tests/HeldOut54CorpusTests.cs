namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut54: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of healthcare and clinical models (triage-level probabilities per patient, diagnosis posteriors
/// over ragged candidate lists, ICU state probabilities per timestep, dose-selection weights, appointment no-show outcomes,
/// visit-level attention over patient records, readmission and in-hospital outcome models), as a held-out measure of
/// issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut54CorpusTests() : PinnedCorpusTests("HeldOut54")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut54");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
