namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Scan38: our own re-creations of the softmax methods met while running every LayerGen analyzer over
/// whole public C# code bases (SharpLearning, ConvNetSharp, Encog, SiaNet, NumSharp, Accord.NET, ML.NET,
/// TensorFlow.NET, Math.NET Numerics): each shape that was reported falsely, each true finding, and the real softmax
/// methods the scan left silent. The per-repository table (files, analyzer CPU, reports, true/false, AD0001) and every
/// pinned gap are in that folder's README.
/// </summary>
public sealed class Scan38CorpusTests() : PinnedCorpusTests("Scan38")
{
    public static TheoryData<string> Files() => FilesOf("Scan38");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (3, 0, 2);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
