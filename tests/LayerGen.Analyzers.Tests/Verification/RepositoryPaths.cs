namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Finds the repository root (the folder holding Generators.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"Generators.sln not found above {AppContext.BaseDirectory}");
        }
    }
}
