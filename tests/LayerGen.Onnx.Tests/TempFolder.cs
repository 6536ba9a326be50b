namespace LayerGen.Onnx.Tests;

/// <summary>A temp folder deleted on dispose, also when the test failed.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("layergen-onnx-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
