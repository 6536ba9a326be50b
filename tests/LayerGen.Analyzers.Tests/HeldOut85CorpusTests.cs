namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut85: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of immutability and value types (ImmutableArray/ImmutableList and their builders, records and
/// `with`, readonly record struct rows, tuples and deconstruction, `in` parameters, init-only properties,
/// FrozenDictionary, ReadOnlyCollection, immutable dictionaries, value objects wrapping a double[]), as a held-out measure
/// of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut85CorpusTests() : PinnedCorpusTests("HeldOut85")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut85");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
