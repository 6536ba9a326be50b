namespace LayerGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares text with an expected file under <c>Snapshots/</c>. Set the environment variable
/// <c>LAYERGEN_UPDATE_SNAPSHOTS=1</c> to rewrite the expected files instead (then review the diff and commit it).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string fileName)
    {
        string directory = Path.Combine(RepositoryPaths.Root, "tests", "LayerGen.Generator.Tests", "Snapshots");
        string path = Path.Combine(directory, fileName);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("LAYERGEN_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Missing snapshot {path}; run the tests with LAYERGEN_UPDATE_SNAPSHOTS=1 to create it.");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
