namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut57: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of game-engine scripting (Unity/Godot-like C#: component classes with public fields and
/// Update-style methods, a user Mathx wrapper, utility-AI Boltzmann selection, animation blend weights, crowd steering,
/// dialogue choice, loot tables, NPC perception attention, flocking), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut57CorpusTests() : PinnedCorpusTests("HeldOut57")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut57");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
