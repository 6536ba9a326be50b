namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut31: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on low-level performance code (unsafe pointer walks, stackalloc scratch, span slicing, ref locals and
/// Unsafe.Add, Vector&lt;T&gt;/Vector128/Vector256 reductions with scalar tails, unrolled partial accumulators, row
/// tiles, partitioned Parallel.ForEach, ArrayPool rentals, NCHW channel softmax, in-place kernels, Half logits), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut31CorpusTests() : PinnedCorpusTests("HeldOut31")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut31");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
