namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut89: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of native memory, interop and fixed-size buffers (`NativeMemory.Alloc`/`AlignedAlloc` buffers
/// wrapped in spans, `stackalloc` scratch, `fixed` statements and `fixed` size buffers in structs, `[InlineArray]` structs,
/// `MemoryMarshal.Cast`/`CreateSpan`/`GetArrayDataReference`, `Unsafe.As`/`Unsafe.Add` walks, `SafeHandle` owners of
/// unmanaged tensors, P/Invoke-shaped pointer signatures with `nint` strides, struct-of-arrays layouts), as a held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut89CorpusTests() : PinnedCorpusTests("HeldOut89")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut89");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
