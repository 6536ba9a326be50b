namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut70: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of user-written tensor and matrix container types (classes and structs with multi-dimensional
/// indexers, shape/stride arrays, `ref struct` 2D span views, `Memory&lt;T&gt;`/`ArraySegment&lt;T&gt;` slices, `ArrayPool&lt;T&gt;`
/// rentals, row collections implementing `IEnumerable&lt;T&gt;`/`IReadOnlyList&lt;T&gt;`, row/column accessor methods, transposed
/// and permuted views, broadcasting helpers), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut70CorpusTests() : PinnedCorpusTests("HeldOut70")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut70");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
