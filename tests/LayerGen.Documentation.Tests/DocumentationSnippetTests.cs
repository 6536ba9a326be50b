namespace LayerGen.Documentation.Tests;

/// <summary>
/// Every C# block of README.md, docs/**/*.md and the PACKAGE.md files compiles as the Program.cs of a new console
/// project (with the LayerGen generator) and runs without throwing; a block of declarations only (a class with layer
/// attributes) compiles as a file of a library. A block that is deliberately not a program is
/// preceded by <c>&lt;!-- docs-test: fragment REASON --&gt;</c>; such a block must really fail to compile, so the marker
/// cannot outlive its reason.
/// </summary>
public sealed class DocumentationSnippetTests
{
    public static TheoryData<string> Snippets() => new(MarkdownSnippets.All.Select(s => s.ToString()));

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_and_runs(string location)
    {
        MarkdownSnippet snippet = MarkdownSnippets.All.Single(s => s.ToString() == location);
        var result = SnippetCompiler.Compile(snippet);

        if (snippet.FragmentReason is { } reason)
        {
            Assert.False(result.Errors.Count == 0,
                $"{location} is marked as a fragment ({reason}) but compiles: remove the marker so it is run.");
            return;
        }

        Assert.True(result.Errors.Count == 0, $"{location} does not compile:\n" + string.Join('\n', result.Errors));
        if (result.HasEntryPoint)
        {
            SnippetRunner.Run(result.Assembly!);
        }
    }

    [Fact]
    public void Readme_quick_start_trains_to_high_accuracy_and_prints_it()
    {
        MarkdownSnippet quickStart = MarkdownSnippets.Read("README.md").First();
        var result = SnippetCompiler.Compile(quickStart);
        Assert.Empty(result.Errors);

        string output = SnippetRunner.Run(result.Assembly!);

        var accuracy = System.Text.RegularExpressions.Regex.Match(output, @"training accuracy: (\d+(\.\d+)?) ?%");
        Assert.True(accuracy.Success, output);
        Assert.InRange(double.Parse(accuracy.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 90, 100);
        Assert.Contains("(0.9, 0.9) is in ring 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_with_code_are_found_and_fragments_are_few()
    {
        Assert.Contains("README.md", MarkdownSnippets.Documents);
        Assert.Contains("docs/rules/LG0001.md", MarkdownSnippets.Documents);
        Assert.True(MarkdownSnippets.Read("README.md").Count() >= 2, "README.md should have its Quick start and ONNX blocks");
        Assert.True(MarkdownSnippets.All.Count >= 20, $"only {MarkdownSnippets.All.Count} C# blocks found");
        var fragments = MarkdownSnippets.All.Where(s => s.FragmentReason is not null).ToList();
        Assert.True(fragments.Count <= 3, "Fragments: " + string.Join(", ", fragments));
    }
}
