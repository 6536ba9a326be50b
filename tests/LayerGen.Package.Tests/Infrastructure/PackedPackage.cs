using System.Globalization;

namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs src/Runtime once per test run under a version no earlier run used, into a temp feed folder, and
/// provides a private, empty NuGet global packages folder, so no cached copy of LayerGen can hide a packing bug.
/// The user's global package cache is never touched.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>
    /// Creates the temp folders and packs the package. If packing fails or times out, the temp folders are deleted
    /// before the exception leaves: xUnit does not dispose a fixture whose constructor threw.
    /// </summary>
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("layergen-package-test-").FullName;
        try
        {
            (Feed, NuGetPackages, Version, PackResult) = Pack();
        }
        catch
        {
            TempFolder.Delete(Root);
            throw;
        }

        NupkgPath = Path.Combine(Feed, $"LayerGen.{Version}.nupkg");
    }

    private (string Feed, string NuGetPackages, string Version, DotNetResult PackResult) Pack()
    {
        string feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        string nugetPackages = Directory.CreateDirectory(Path.Combine(Root, "nuget-packages")).FullName;
        string version = "0.1.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        DotNetResult packResult = DotNet.Run(
            RepositoryPaths.Root,
            nugetPackages: null,
            TempDirectory,
            "pack", Path.Combine(RepositoryPaths.Root, "src", "Runtime", "LayerGen.csproj"),
            "-c", "Release",
            "-o", feed,
            // Own bin/obj under the temp root: packing must not rewrite the repository's obj/ folders while
            // other test assemblies build the same projects.
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            $"-p:Version={version}",
            // As a publisher sets it: the one property behind the package URLs and the diagnostics' help links.
            $"-p:LayerGenRepositoryUrl={RepositoryUrl}",
            "-nodeReuse:false").EnsureSuccess();
        return (feed, nugetPackages, version, packResult);
    }

    /// <summary>The <c>LayerGenRepositoryUrl</c> the package is packed with (a reserved documentation domain).</summary>
    public const string RepositoryUrl = "https://example.org/layergen";

    /// <summary>Temp folder holding the feed, the private packages folder and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>Temp folder (TMPDIR) of the <c>dotnet</c> child processes, inside <see cref="Root"/>.</summary>
    public string TempDirectory => Path.Combine(Root, "tmp");

    /// <summary>Local package source holding only the freshly packed nupkg.</summary>
    public string Feed { get; }

    /// <summary>Private NUGET_PACKAGES folder for every restore in these tests.</summary>
    public string NuGetPackages { get; }

    /// <summary>Unique prerelease version of this run's package.</summary>
    public string Version { get; }

    /// <summary>Path of the packed nupkg.</summary>
    public string NupkgPath { get; }

    /// <summary>Output of <c>dotnet pack</c>.</summary>
    internal DotNetResult PackResult { get; }

    /// <summary>Deletes the temp folders this fixture created.</summary>
    public void Dispose() => TempFolder.Delete(Root);
}

/// <summary>All package tests share one packed package and one sample build, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>, ICollectionFixture<FashionMnistSample>
{
    /// <summary>Collection name.</summary>
    public const string Name = "Packed package";
}
