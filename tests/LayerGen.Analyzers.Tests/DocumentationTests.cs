using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using LayerGen.Analyzers.Usage;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>Every rule's docs page and release-tracking row agree with its descriptor (LG0xxx and LG1xxx alike).</summary>
public class DocumentationTests
{
    private static readonly DiagnosticDescriptor[] Descriptors =
        [.. new SoftmaxAnalyzer().SupportedDiagnostics, .. new LayerUsageAnalyzer().SupportedDiagnostics, .. new DifferentiableLayerAnalyzer().SupportedDiagnostics];

    public static TheoryData<string> RuleIds() => new(Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void EveryRuleIdentifierHasADescriptor()
    {
        var constants = typeof(RuleIdentifiers).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

        Assert.Equal(constants, Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsPageMatchesDescriptor(string id)
    {
        var descriptor = Descriptors.First(d => d.Id == id);
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));

        // No help link while the build sets no LayerGenRepositoryUrl (Directory.Build.props); else <url>/blob/main/docs/rules/<ID>.md.
        Assert.True(descriptor.HelpLinkUri.Length == 0 || descriptor.HelpLinkUri.EndsWith($"/docs/rules/{id}.md", StringComparison.Ordinal), descriptor.HelpLinkUri);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page, StringComparison.Ordinal);
        // A suggestion (Info) flags code that may be right: its page says why it is suggested, not why it is a bug.
        var why = descriptor.DefaultSeverity == DiagnosticSeverity.Info ? "## Why it is suggested" : "## Why it is a bug";
        string[] sections = id.StartsWith("LG0", StringComparison.Ordinal)
            ? [why, "## Non-compliant code", "## Compliant code", "## What is not reported", "## Configuration"]
            : ["## Non-compliant code", "## Compliant code"];
        foreach (var section in sections)
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseTrackingRowMatchesDescriptor(string id)
    {
        var descriptor = Descriptors.First(d => d.Id == id);
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Analyzers", "LayerGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | DiagnosticDescriptors", unshipped);
    }
}
