namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut72: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of explicit SIMD (System.Runtime.Intrinsics Vector128/Vector256/Vector512 and
/// System.Numerics.Vector&lt;T&gt;, horizontal max/sum reductions, lane-wise running maxima merged at the end, scalar or
/// masked tails, MemoryMarshal.GetReference/Unsafe.Add/LoadUnsafe, Vector*.Exp and hand-written polynomial exps, SIMD
/// mixed with TensorPrimitives), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut72CorpusTests() : PinnedCorpusTests("HeldOut72")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut72");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
