using System.Text.RegularExpressions;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The pages of LG0005–LG0007 show what the fix does: their non-compliant block, fixed, is their compliant block
/// (the types; the top-level programs differ, the compliant one checks its result against the runtime). The blocks
/// themselves compile and run in LayerGen.Documentation.Tests.
/// </summary>
public class BackwardDocsTests
{
    [Theory]
    [InlineData("LG0005")]
    [InlineData("LG0006")]
    [InlineData("LG0007")]
    public async Task CompliantBlockIsTheFixedNonCompliantBlock(string id)
    {
        var page = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));
        var blocks = Regex.Matches(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(match => match.Groups[1].Value).ToList();
        var diagnostics = await FixRunner.AnalyzeAsync(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Page", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(blocks[0]) }, BackwardFixRunner.References,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication)));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == id);

        var (text, applied) = await BackwardFixRunner.FixAsync(blocks[0]);

        Assert.Equal(1, applied);
        Assert.Equal(Types(blocks[1]), Types(Regex.Replace(text, @"\s*// LG000\d", string.Empty)));
    }

    private static string Types(string code) => code[code.IndexOf("\npublic ", StringComparison.Ordinal)..].Trim();
}
