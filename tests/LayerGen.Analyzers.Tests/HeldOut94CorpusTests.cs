namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut94: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of generic math and user numeric types (INumber&lt;T&gt;/IFloatingPointIeee754&lt;T&gt;/
/// IExponentialFunctions&lt;T&gt; kernels with T.Exp, T.Max, T.MaxNumber, T.Exp2, T.NegativeInfinity, static abstract interface
/// members, user structs wrapping a float with operators, extension methods over Span&lt;T&gt;/ReadOnlySpan&lt;T&gt;, generic
/// helpers instantiated for float and double), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut94CorpusTests() : PinnedCorpusTests("HeldOut94")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut94");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
