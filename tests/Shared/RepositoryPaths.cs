namespace LayerGen.Tests;

/// <summary>
/// Finds the repository root (the folder holding <c>Generators.sln</c>) from the test binaries upwards.
/// Compiled into every test project (tests/Directory.Build.props). Not from <c>[CallerFilePath]</c>: CI builds map
/// source paths to <c>/_/</c> (deterministic source paths).
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds <c>Generators.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Generators.sln not found above '{AppContext.BaseDirectory}'.");
    }
}
