namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut80: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of buffer views and memory types (Memory/ReadOnlyMemory Span and Slice, ArraySegment rows,
/// rectangular float[,]/double[,,] with GetLength, CollectionsMarshal.AsSpan over lists, stackalloc scratch rows,
/// Array.Copy/Buffer.BlockCopy/CopyTo into scratch, user Span2D-like row views, MemoryMarshal views, ArrayPool and
/// MemoryPool rentals longer than asked), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut80CorpusTests() : PinnedCorpusTests("HeldOut80")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut80");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
