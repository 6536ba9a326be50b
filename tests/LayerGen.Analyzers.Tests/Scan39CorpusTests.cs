namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Scan39: our own re-creations of the softmax methods met while running every LayerGen analyzer over
/// more whole public C# code bases (the rest of Accord.NET and ML.NET, TensorFlow.NET, AForge.NET, NeuralNetwork.NET,
/// SharpNEAT, Barracuda, Keras.NET): each shape that was reported falsely (pinned as a known gap), each true finding,
/// and real softmax methods the scan left silent. The per-repository table (files, lines, analyzer time, reports,
/// true/false, AD0001) is in that folder's README.
/// </summary>
public sealed class Scan39CorpusTests() : PinnedCorpusTests("Scan39")
{
    public static TheoryData<string> Files() => FilesOf("Scan39");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (3, 0, 2);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
