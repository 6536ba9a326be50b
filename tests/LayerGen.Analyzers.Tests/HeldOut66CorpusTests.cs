namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut66: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of enterprise .NET data pipelines (LINQ over records and groups, `yield return` row streams,
/// dictionary and `ConcurrentDictionary` score tables per tenant/customer/session, `ImmutableArray`, `Memory&lt;float&gt;`
/// buffers, async scoring services, decimal money types converted to double, column-major score blocks), as a held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut66CorpusTests() : PinnedCorpusTests("HeldOut66")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut66");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
