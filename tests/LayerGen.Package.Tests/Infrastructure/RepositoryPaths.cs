namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Locates the repository from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds <c>Generators.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The project that packs the whole LayerGen nupkg.</summary>
    public static string RuntimeProject => Path.Combine(Root, "src", "Runtime", "LayerGen.csproj");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Generators.sln not found above '{AppContext.BaseDirectory}'.");
    }
}
