namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut27: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, that varies the C# idiom rather than the application family (TensorPrimitives over spans, Vector256 loads,
/// unsafe pointers, stackalloc and ranges, rank-3 arrays, records with <c>with</c>, ImmutableArray, LINQ query syntax,
/// Aggregate/Zip, PLINQ, generic math and span extension methods, dictionaries with deconstruction, Parallel.For with
/// ArrayPool, iterators, MemoryMarshal views, switch expressions, tuples), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut27CorpusTests() : PinnedCorpusTests("HeldOut27")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut27");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
