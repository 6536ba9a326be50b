using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using LayerGen.Package.Tests.Infrastructure;

namespace LayerGen.Package.Tests;

/// <summary>What is inside the packed nupkg: runtime in lib/, Roslyn components in analyzers/, metadata.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class NupkgLayoutTests(PackedPackage package)
{
    private static readonly string[] RoslynComponents =
    [
        "analyzers/dotnet/cs/LayerGen.Analyzers.dll",
        "analyzers/dotnet/cs/LayerGen.CodeFixes.dll",
        "analyzers/dotnet/cs/LayerGen.Generator.dll",
    ];

    [Fact]
    public void Lib_holds_only_the_runtime_and_its_xml_docs()
    {
        var lib = Entries().Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(["lib/net10.0/LayerGen.dll", "lib/net10.0/LayerGen.xml"], lib);
    }

    [Fact]
    public void Analyzers_folder_holds_generator_analyzers_and_code_fixes()
    {
        var analyzers = Entries().Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(RoslynComponents, analyzers);
    }

    [Fact]
    public void Xml_docs_describe_the_runtime_types()
    {
        var docs = XDocument.Parse(ReadEntryText("lib/net10.0/LayerGen.xml"));
        var members = docs.Descendants("member").Select(m => (string?)m.Attribute("name")).ToList();

        Assert.Equal("LayerGen", docs.Root?.Element("assembly")?.Element("name")?.Value);
        Assert.Contains("T:LayerGen.AffineAttribute", members);
        Assert.Contains("T:LayerGen.SoftmaxWithLossAttribute", members);
    }

    [Fact]
    public void Runtime_dll_is_deterministic_with_an_embedded_pdb()
    {
        using var pe = new PEReader(new MemoryStream(ReadEntryBytes("lib/net10.0/LayerGen.dll")));
        var debugTypes = pe.ReadDebugDirectory().Select(d => d.Type).ToList();

        Assert.Contains(DebugDirectoryEntryType.EmbeddedPortablePdb, debugTypes);
        Assert.Contains(DebugDirectoryEntryType.Reproducible, debugTypes);
        Assert.Equal("LayerGen", pe.GetMetadataReader().GetString(pe.GetMetadataReader().GetAssemblyDefinition().Name));
    }

    [Fact]
    public void Nuspec_has_license_readme_tags_repository_and_no_dependencies()
    {
        var nuspec = XDocument.Parse(ReadEntryText("LayerGen.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("LayerGen", metadata.Element(ns + "id")?.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")?.Value);
        var license = metadata.Element(ns + "license");
        Assert.Equal("expression", (string?)license?.Attribute("type"));
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("PACKAGE.md", metadata.Element(ns + "readme")?.Value);
        Assert.Contains("PACKAGE.md", Entries());
        Assert.Contains("source-generator", metadata.Element(ns + "tags")?.Value ?? "", StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
        Assert.Equal("git", (string?)metadata.Element(ns + "repository")?.Attribute("type"));
        Assert.Equal(PackedPackage.RepositoryUrl, (string?)metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.Equal(PackedPackage.RepositoryUrl, metadata.Element(ns + "projectUrl")?.Value);

        // Generator, analyzers and code fixes ship inside the package, never as package dependencies.
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id")).ToList();
        Assert.Empty(dependencies);
    }

    [Fact]
    public void Package_ships_the_license_and_every_rule_page()
    {
        string[] pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "*.md");

        Assert.Contains("MIT License", ReadEntryText("LICENSE"), StringComparison.Ordinal);
        Assert.Contains("LayerGen contributors", ReadEntryText("LICENSE"), StringComparison.Ordinal);
        Assert.NotEmpty(pages);
        foreach (string page in pages)
        {
            Assert.Equal(File.ReadAllText(page).TrimStart('\uFEFF'), ReadEntryText("docs/rules/" + Path.GetFileName(page)));
        }
    }

    [Fact]
    public void Help_links_come_from_the_repository_url_property()
    {
        // The analyzer's help-link base is a string constant: UTF-16 in the assembly's user-string heap.
        byte[] analyzer = ReadEntryBytes("analyzers/dotnet/cs/LayerGen.Analyzers.dll");
        byte[] expected = System.Text.Encoding.Unicode.GetBytes(PackedPackage.RepositoryUrl + "/blob/main/docs/rules/");

        Assert.True(analyzer.AsSpan().IndexOf(expected) >= 0, "the analyzer does not carry the rule-page base built from LayerGenRepositoryUrl");
    }

    [Fact]
    public void No_file_in_the_package_links_into_a_namespace_the_project_does_not_own()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        foreach (var entry in zip.Entries)
        {
            byte[] bytes = ReadEntryBytes(entry.FullName);
            foreach (var encoding in new System.Text.Encoding[] { System.Text.Encoding.UTF8, System.Text.Encoding.Unicode })
            {
                Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes("github.com/layergen")) < 0, $"{entry.FullName} links to github.com/layergen");
            }
        }
    }

    private List<string> Entries()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private byte[] ReadEntryBytes(string name)
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"'{name}' is not in {package.NupkgPath}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private string ReadEntryText(string name) => System.Text.Encoding.UTF8.GetString(ReadEntryBytes(name)).TrimStart('\uFEFF');
}
