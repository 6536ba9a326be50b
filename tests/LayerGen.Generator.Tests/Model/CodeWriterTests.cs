using LayerGen.Generator.Emitting;

namespace LayerGen.Generator.Tests.Model;

/// <summary>The writer keeps generated lines within 120 columns without breaking XML tags or changing expressions.</summary>
public class CodeWriterTests
{
    [Fact]
    public void Long_docs_wrap_outside_tags_and_short_ones_stay_on_one_line()
    {
        var writer = new CodeWriter();
        using (writer.Block("class C"))
        {
            writer.Doc("summary", "Short.");
            writer.Doc("param", string.Join(" ", Enumerable.Repeat("word", 30)) + " <see cref=\"M(int, int)\"/> end.", "name=\"x\"");
        }

        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("    /// <summary>Short.</summary>", lines);
        Assert.All(lines, line => Assert.True(line.Length <= CodeWriter.MaxWidth, line));
        Assert.Contains(lines, line => line.Contains("<see cref=\"M(int, int)\"/>", StringComparison.Ordinal));
        Assert.EndsWith("end.</param>", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_expressions_continue_on_indented_lines_with_the_same_terms()
    {
        var writer = new CodeWriter();
        string[] terms = Enumerable.Range(0, 40).Select(i => "term" + i).ToArray();
        writer.Expression("float sum = ", terms, "+", ";");
        writer.Call("Method", terms, ";");

        string text = writer.ToString();
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= CodeWriter.MaxWidth, line));
        string joined = string.Join(" ", text.Split('\n').Select(line => line.Trim()));
        Assert.Contains("float sum = " + string.Join(" + ", terms) + ";", joined, StringComparison.Ordinal);
        Assert.Contains("Method(" + string.Join(", ", terms) + ");", joined, StringComparison.Ordinal);
    }
}
