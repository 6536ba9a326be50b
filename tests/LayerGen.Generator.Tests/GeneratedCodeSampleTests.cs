using System.Text.RegularExpressions;
using LayerGen.Generator.Tests.Infrastructure;

namespace LayerGen.Generator.Tests;

/// <summary>
/// docs/custom-layers.md's "What the generated code looks like" quotes the generator's output for the snapshot
/// LayerNorm4 (SnapshotTests keeps the snapshot equal to what the generator writes). Its <c>text</c> blocks must stay
/// excerpts of that snapshot: each run of lines between elisions (a line that is only <c>…</c>) appears in it, line
/// for line, in order, compared without indentation or repeated spaces (the doc shows the row loop's body unindented).
/// </summary>
public class GeneratedCodeSampleTests
{
    private const string Section = "## What the generated code looks like";
    private const string SnapshotName = "LayerNorm4.g.cs";

    [Fact]
    public void Custom_layers_page_quotes_the_current_generated_code()
    {
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "custom-layers.md"));
        int start = page.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/custom-layers.md has no section '" + Section + "'");
        int next = page.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        string section = next < 0 ? page[start..] : page[start..next];
        Assert.Contains("Snapshots/" + SnapshotName, section, StringComparison.Ordinal);

        string[] blocks = [.. Regex.Matches(section, "```text\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];
        Assert.True(blocks.Length >= 2, $"{blocks.Length} text blocks in the section");

        string[] generated = Normalised(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "LayerGen.Generator.Tests", "Snapshots", SnapshotName)));
        foreach (string block in blocks)
        {
            int position = 0;
            foreach (string[] excerpt in Excerpts(block))
            {
                int found = IndexOf(generated, excerpt, position);
                Assert.True(found >= 0, $"not in {SnapshotName} (after its line {position}), from the page:\n{string.Join('\n', excerpt.Take(12))}\n" +
                    $"first line that differs: '{FirstMissing(generated, excerpt, position)}'");
                position = found + excerpt.Length;
            }
        }
    }

    [Fact]
    public void Excerpt_check_fails_on_a_changed_line_and_on_a_wrong_order()
    {
        string[] generated = Normalised("a\n    b  = 1;\nc\nd\n");
        Assert.Equal(1, IndexOf(generated, Normalised("b = 1;\n  c"), 0));
        Assert.Equal(-1, IndexOf(generated, Normalised("b = 2;\nc"), 0));
        Assert.Equal(-1, IndexOf(generated, Normalised("a"), 1));
        List<string[]> excerpts = Excerpts("a\n    …\nd\n");
        Assert.Equal(2, excerpts.Count);
        Assert.Equal(["a"], excerpts[0]);
        Assert.Equal(["d"], excerpts[1]);
    }

    private static string[] Normalised(string text) =>
        [.. text.Split('\n').Select(line => Regex.Replace(line.Trim(), @"\s+", " ")).Where(line => line.Length > 0)];

    private static List<string[]> Excerpts(string block)
    {
        var excerpts = new List<string[]> { Array.Empty<string>() };
        foreach (string line in Normalised(block))
        {
            if (line == "…")
            {
                excerpts.Add([]);
            }
            else
            {
                excerpts[^1] = [.. excerpts[^1], line];
            }
        }

        return [.. excerpts.Where(e => e.Length > 0)];
    }

    private static int IndexOf(string[] lines, string[] excerpt, int from)
    {
        for (int start = from; start + excerpt.Length <= lines.Length; start++)
        {
            if (lines.AsSpan(start, excerpt.Length).SequenceEqual(excerpt))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The excerpt's line after the longest prefix found anywhere past <paramref name="from"/>.</summary>
    private static string FirstMissing(string[] lines, string[] excerpt, int from)
    {
        int best = 0;
        for (int start = from; start < lines.Length; start++)
        {
            int k = 0;
            while (k < excerpt.Length && start + k < lines.Length && lines[start + k] == excerpt[k])
            {
                k++;
            }

            best = Math.Max(best, k);
        }

        return best < excerpt.Length ? excerpt[best] : string.Empty;
    }
}
