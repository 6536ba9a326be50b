namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut76: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of aliasing and references (`ref` locals and `ref` returns, `in`/`out`/`ref` parameters, `ref`
/// fields in `ref struct`s, two spans over one buffer and `input == output` in place, ping-pong buffers swapped between
/// passes, `Unsafe.As`/`MemoryMarshal.CreateSpan` views, ArrayPool buffers rented and returned, output written through an
/// alias and re-read), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut76CorpusTests() : PinnedCorpusTests("HeldOut76")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut76");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
