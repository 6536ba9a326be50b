namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut79: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of loop transformations and index arithmetic (strength-reduced running offsets, reversed loops,
/// fused passes over neighbouring rows, loop interchange, two-variable `for` headers, `do`/`while`, flat counters
/// decomposed with `/`, `%` or `Math.DivRem`, blocked loops with a remainder tail, index tables), as a held-out measure
/// of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut79CorpusTests() : PinnedCorpusTests("HeldOut79")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut79");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
