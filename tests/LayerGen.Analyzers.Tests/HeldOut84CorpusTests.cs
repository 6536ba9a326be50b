namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut84: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of masks and variable-length sequences (padding masks, lengths[] arrays, causal masks,
/// -inf fills, continue on masked positions, packed sequences with offsets[], bool[]/BitArray/bitmask masks, key-padding
/// and query masks in attention scores), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut84CorpusTests() : PinnedCorpusTests("HeldOut84")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut84");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
