namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut73: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of C# 14 language features in softmax code (extension blocks with instance and static extension
/// members and properties, the `field` keyword, null-conditional assignment `a?.b = c`, first-class span conversions
/// (arrays passed to span parameters and span extension methods, `MemoryExtensions` on arrays), lambda parameter modifiers
/// without types, `nameof` of unbound generics, partial constructors and events), as a held-out measure of issue 8 (see
/// that folder's README).
/// </summary>
public sealed class HeldOut73CorpusTests() : PinnedCorpusTests("HeldOut73")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut73");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
