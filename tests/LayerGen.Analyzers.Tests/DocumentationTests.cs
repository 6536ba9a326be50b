using LayerGen.Analyzers.BatchSoftmax;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>Each rule's docs page and release-tracking row agree with its descriptor.</summary>
public class DocumentationTests
{
    public static TheoryData<string> RuleIds() => new() { "LG0001", "LG0002" };

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsPageMatchesDescriptor(string id)
    {
        var descriptor = new BatchSoftmaxAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));

        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Why it is a bug", "## Non-compliant code", "## Compliant code", "## Configuration" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseTrackingRowMatchesDescriptor(string id)
    {
        var descriptor = new BatchSoftmaxAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Analyzers", "LayerGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | DiagnosticDescriptors", unshipped);
    }
}
