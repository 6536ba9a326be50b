extern alias analyzers;

using System.Text.RegularExpressions;
using LayerGen.Differentiation.Ir;
using LayerGen.Differentiation.Lowering;
using AnalyzerDescriptors = analyzers::LayerGen.Analyzers.DiagnosticDescriptors;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The LG11xx messages say what is supported (Supported.cs), and say all of what docs/custom-layers.md's table of
/// "What ForwardRow may contain" lists: every construct a row's "Supported" column names in code (a keyword, a Math
/// function, an assignment operator, a span method) appears in the message of a rule that row's "Outside it" column
/// reports. The rules' help texts (IDE tooltips) carry the same text.
/// </summary>
public class SupportedMessageTests
{
    private static readonly Dictionary<string, string[]> MessagesByRule = new()
    {
        ["LG1110"] = [Supported.Statements],
        ["LG1111"] = [Supported.Functions, Supported.Helpers],
        ["LG1112"] = [Supported.Writes],
        ["LG1113"] = [Supported.Loops],
        ["LG1114"] = [Supported.Indices],
        ["LG1115"] = [Supported.Exits, Supported.Switches],
        ["LG1116"] = [Supported.Expressions, Supported.Tables, Supported.Switches],
        ["LG1117"] = [Supported.Buffers],
        ["LG1118"] = [Supported.TapeSize],
    };

    private static readonly string[] Keywords =
        ["for", "foreach", "while", "do", "if", "else", "continue", "return", "break", "switch", "when", "stackalloc", "new", "var", "Slice", "Clear", "Fill", "CopyTo"];

    private static readonly string[] Operators = ["+=", "-=", "*=", "/=", "++", "--", "?:", "&&", "||", "%"];

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach ((string supported, string outside) in Table())
        {
            rows.Add(supported, outside);
        }

        return rows;
    }

    [Fact]
    public void Docs_table_has_a_row_for_every_rule()
    {
        List<(string Supported, string Outside)> table = Table();
        Assert.True(table.Count >= 10, $"{table.Count} rows");
        foreach (string rule in MessagesByRule.Keys)
        {
            Assert.Contains(table, row => row.Outside.Contains(rule, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Messages_of_the_rows_rules_name_every_construct_the_row_supports(string supported, string outside)
    {
        string[] rules = [.. Regex.Matches(outside, @"LG11\d\d").Select(m => m.Value).Distinct()];
        Assert.NotEmpty(rules);
        string messages = string.Join(" ", rules.SelectMany(r => MessagesByRule[r]));
        string code = string.Join(" ", Regex.Matches(supported, "`([^`]*)`").Select(m => m.Groups[1].Value.Replace(@"\|", "|", StringComparison.Ordinal)));
        var missing = new List<string>();
        foreach (string word in Keywords.Concat(Enum.GetNames<MathFunction>()).Concat(["Clamp", "Sign", "ScaleB"]))
        {
            if (Regex.IsMatch(code, @"\b" + word + @"\b") && !Regex.IsMatch(messages, @"\b" + word + @"\b"))
            {
                missing.Add(word);
            }
        }

        foreach (string op in Operators)
        {
            if (code.Contains(op, StringComparison.Ordinal) && !messages.Contains(op, StringComparison.Ordinal))
            {
                missing.Add(op);
            }
        }

        Assert.True(missing.Count == 0, $"the messages of {string.Join(", ", rules)} do not name {string.Join(", ", missing)} (docs row: {supported})");
    }

    [Fact]
    public void Help_texts_carry_the_messages_text()
    {
        (Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor, string[] Parts)[] rules =
        [
            (AnalyzerDescriptors.UnsupportedStatement, [Supported.Statements]),
            (AnalyzerDescriptors.UnsupportedCall, [Supported.Functions, Supported.Helpers]),
            (AnalyzerDescriptors.UnsupportedWrite, [Supported.Writes]),
            (AnalyzerDescriptors.UnsupportedLoop, [Supported.Loops]),
            (AnalyzerDescriptors.UnsupportedIndex, [Supported.Indices]),
            (AnalyzerDescriptors.UnsupportedExit, [Supported.Exits]),
            (AnalyzerDescriptors.UnsupportedExpression, [Supported.Expressions, Supported.Tables]),
            (AnalyzerDescriptors.UnsupportedBuffer, [Supported.Buffers]),
        ];
        foreach ((Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string[] parts) in rules)
        {
            string help = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(parts, part => Assert.Contains(part, help, StringComparison.Ordinal));
        }
    }

    /// <summary>The rows of the table under "What ForwardRow may contain": (Supported, Outside it) cells.</summary>
    private static List<(string Supported, string Outside)> Table()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "custom-layers.md"));
        int header = Array.FindIndex(lines, l => l.StartsWith("| Supported | Outside it (error) |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/custom-layers.md has no supported-subset table");
        var rows = new List<(string, string)>();
        for (int i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            string[] cells = Regex.Split(lines[i].Trim().Trim('|'), @"(?<!\\)\|");
            Assert.True(cells.Length == 2, $"row {lines[i]}");
            rows.Add((cells[0].Trim(), cells[1].Trim()));
        }

        return rows;
    }
}
