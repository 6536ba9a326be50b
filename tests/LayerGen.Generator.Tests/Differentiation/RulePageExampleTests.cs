extern alias analyzers;

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using analyzers::LayerGen.Analyzers.Usage;
using LayerGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The examples of docs/rules/LG1110.md … LG1118.md, put in a <c>[DifferentiableLayer]</c> class: the non-compliant one
/// gets exactly its page's rule, the compliant one nothing.
/// </summary>
public class RulePageExampleTests
{
    public static TheoryData<string> Pages() => new(Enumerable.Range(1110, 9).Select(i => "LG" + i));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Examples_get_exactly_their_rule(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));
        string[] blocks = Regex.Matches(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2, blocks.Length);

        Assert.Equal([id], await AnalyzerIds(AsLayer(blocks[0], "NonCompliant")));
        Assert.Empty(await AnalyzerIds(AsLayer(blocks[1], "Compliant")));
    }

    private static string AsLayer(string block, string name) =>
        "using LayerGen;\n" + block.Replace("public static partial class " + name, "[DifferentiableLayer(4)]\npublic partial class " + name, StringComparison.Ordinal);

    private static async Task<string[]> AnalyzerIds(string source)
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new DifferentiableLayerAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).ToArray();
    }
}
