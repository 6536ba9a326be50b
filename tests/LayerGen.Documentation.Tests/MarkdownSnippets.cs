using System.Text.RegularExpressions;

namespace LayerGen.Documentation.Tests;

/// <summary>One fenced <c>```csharp</c> block of a Markdown file.</summary>
/// <param name="File">Path relative to the repository root, with forward slashes.</param>
/// <param name="Line">1-based line of the opening fence.</param>
/// <param name="Code">The block's text.</param>
/// <param name="FragmentReason">
/// Why the block is deliberately not a complete program, from the marker <c>&lt;!-- docs-test: fragment REASON --&gt;</c>
/// on the line before the fence; null for a block that must compile and run.
/// </param>
public sealed record MarkdownSnippet(string File, int Line, string Code, string? FragmentReason)
{
    /// <summary>For test names: <c>README.md:42</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Finds the C# blocks of the documentation a user reads: README.md, docs/**/*.md and the packages' PACKAGE.md.</summary>
public static partial class MarkdownSnippets
{
    /// <summary>The marker that declares the next block a fragment, followed by the reason.</summary>
    public const string FragmentMarker = "<!-- docs-test: fragment";

    /// <summary>The documents whose C# blocks are tested, relative to the repository root.</summary>
    public static IReadOnlyList<string> Documents { get; } = FindDocuments();

    /// <summary>Every C# block of <see cref="Documents"/>, in file and line order.</summary>
    public static IReadOnlyList<MarkdownSnippet> All { get; } = Documents.SelectMany(Read).ToList();

    /// <summary>Reads the C# blocks of one document.</summary>
    public static IEnumerable<MarkdownSnippet> Read(string relativePath)
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, relativePath));
        for (int i = 0; i < lines.Length; i++)
        {
            if (!CSharpFence().IsMatch(lines[i]))
            {
                continue;
            }

            int open = i;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.Add(lines[i]);
            }

            string? reason = null;
            string before = open > 0 ? lines[open - 1].Trim() : string.Empty;
            if (before.StartsWith(FragmentMarker, StringComparison.Ordinal))
            {
                reason = before[FragmentMarker.Length..].TrimEnd('-', '>', ' ').Trim();
            }

            yield return new MarkdownSnippet(relativePath, open + 1, string.Join('\n', code) + "\n", reason);
        }
    }

    private static List<string> FindDocuments()
    {
        string root = RepositoryPaths.Root;
        var files = new List<string> { "README.md", "src/Runtime/PACKAGE.md", "src/Onnx/PACKAGE.md" };
        files.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));
        return files;
    }

    [GeneratedRegex(@"^\s*```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
