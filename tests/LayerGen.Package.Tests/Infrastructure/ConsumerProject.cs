namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>
/// A console project in its own temp folder that consumes the packed LayerGen package the way a user does:
/// its own nuget.config (the packed feed first, then nuget.org for anything else), no repository build settings,
/// and <c>dotnet add package LayerGen --version …</c>.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly PackedPackage _package;

    private ConsumerProject(PackedPackage package, string directory)
    {
        _package = package;
        Directory = directory;
    }

    /// <summary>Folder of the project.</summary>
    public string Directory { get; }

    /// <summary>Creates the project folder with nuget.config, an isolating Directory.Build.props and the csproj.</summary>
    /// <param name="package">The packed package fixture.</param>
    /// <param name="name">Project name; also the folder name under the fixture's root.</param>
    /// <param name="treatWarningsAsErrors">Whether the project fails on warnings.</param>
    public static ConsumerProject Create(PackedPackage package, string name, bool treatWarningsAsErrors)
    {
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(package.Root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="layergen-packed" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="layergen-packed">
                  <package pattern="LayerGen" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Empty props/targets stop MSBuild from picking up anything above the temp folder.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
            </Project>
            """);
        return new ConsumerProject(package, directory);
    }

    /// <summary>Writes a source file into the project folder.</summary>
    public void WriteFile(string fileName, string contents) =>
        File.WriteAllText(Path.Combine(Directory, fileName), contents);

    /// <summary>Reads a source file of the project.</summary>
    public string ReadFile(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    /// <summary>Runs a <c>dotnet</c> command in the project folder with the private packages folder.</summary>
    public DotNetResult Run(params string[] arguments) => DotNet.Run(Directory, _package.NuGetPackages, _package.TempDirectory, arguments);

    /// <summary><c>dotnet add package LayerGen --version</c> with this run's version.</summary>
    public DotNetResult AddLayerGen() => Run("add", "package", "LayerGen", "--version", _package.Version);

    /// <summary><c>dotnet build</c> without the build server's node reuse.</summary>
    public DotNetResult Build() => Run("build", "-nodeReuse:false");
}
