namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut88: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of NumPy-style array helpers written by people porting Python code (hand-written NdArray classes
/// and static helper libraries with axis arguments and keepDims, broadcasting Subtract/Divide/Exp, Reshape/Transpose/
/// Swapaxes views and copies, negative axes, strides computed from shape tuples, Apply(a, MathF.Exp) element maps, and
/// callers that pass the axis the way scipy.special.softmax users do), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut88CorpusTests() : PinnedCorpusTests("HeldOut88")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut88");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
