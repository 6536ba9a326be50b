namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut58: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of ports of Fortran, C and MATLAB numerical code (column-major flat arrays with a leading
/// dimension, 1-based loops, BLAS-like strided helpers, MATLAB [classes, samples] matrices, NumPy axis/keepdims reshapes,
/// separate passes, ref/out parameters, C structs as records), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut58CorpusTests() : PinnedCorpusTests("HeldOut58")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut58");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
