using System.Text;
using LayerGen.Generator.Tests.Differentiation.HeldOutCorpus;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The held-out custom layers of Differentiation/HeldOut/, HeldOut2/, HeldOut3/, HeldOut4/, HeldOut5/, HeldOut6/, HeldOut7/, HeldOut8/, HeldOut9/, HeldOut10/ and HeldOut11/ (issue 11's measure, eleven corpora
/// written blind at different times): each file is a ForwardRow written the way a
/// NumPy/PyTorch porter writes it, compiled with the generator and the analyzer as a user's build does. A file that
/// expects a gradient must get a derived backward that passes the double gradient check (float layers: their double
/// twin does, and the float backward agrees with it); a file that expects an error must get LG11xx errors on exactly its
/// marked lines. A file the generator still fails pins today's outcome in its <c>// gap:</c> line, so a fix (or a
/// regression) shows up here; each corpus's measured table (HeldOut/README.md … HeldOut11/README.md) is checked against its outcomes.
/// </summary>
public class HeldOutLayerTests
{
    private const string TableStart = "<!-- measured:start -->";
    private const string TableEnd = "<!-- measured:end -->";

    public static TheoryData<string> Corpora() => [.. HeldOutFile.Corpora];

    public static TheoryData<string, string> Files()
    {
        var files = new TheoryData<string, string>();
        foreach (string corpus in HeldOutFile.Corpora)
        {
            foreach (HeldOutFile file in HeldOutFile.In(corpus))
            {
                files.Add(corpus, file.Name);
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Outcome_is_what_the_header_expects_or_its_pinned_gap(string corpus, string name)
    {
        HeldOutFile file = HeldOutFile.In(corpus).Single(f => f.Name == name);
        HeldOutOutcome outcome = HeldOutEvaluation.Of(file);
        string details = string.Join("\n", outcome.Messages);
        string expected = file.Expect == Expectation.Gradient ? "pass" : "error";
        if (file.Gap is null)
        {
            Assert.True(outcome.Summary == expected, $"{name}: expected {expected}, got '{outcome.Summary}'\n{details}");
        }
        else
        {
            Assert.True(file.Text.Contains("// known gap:", StringComparison.Ordinal), $"{name}: a '// gap:' line needs a '// known gap:' line saying why");
            Assert.True(
                outcome.Summary == file.Gap,
                $"{name}: the outcome changed from the pinned gap '{file.Gap}' to '{outcome.Summary}'; if it is now '{expected}', " +
                $"remove the '// known gap:' and '// gap:' lines, else update them\n{details}");
        }

        if (file.Expect == Expectation.Error && outcome.Summary == "error")
        {
            // Every message names the construct and says what to write instead: more than an id and a word.
            Assert.All(outcome.Messages, m => Assert.True(m.Length > 60, m));
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Corpus_has_thirty_layers_and_both_kinds_of_expectation(string corpus)
    {
        IReadOnlyList<HeldOutFile> files = HeldOutFile.In(corpus);
        Assert.True(files.Count >= 30, $"{corpus}: {files.Count} files");
        Assert.True(files.Count(f => f.Expect == Expectation.Error) >= 5, $"{corpus}: fewer than 5 error files");
        Assert.True(files.Count(f => f.Text.Contains("ReadOnlySpan<float>", StringComparison.Ordinal)) >= 5, $"{corpus}: fewer than 5 float layers");
        Assert.True(files.Count(f => f.Text.Contains("[Learnable(", StringComparison.Ordinal)) >= 5, $"{corpus}: fewer than 5 layers with learnable parameters");
    }

    /// <summary>Each corpus's README.md measured table is the outcomes of this run; <c>LAYERGEN_UPDATE_HELDOUT=1</c> rewrites it.</summary>
    [Theory]
    [MemberData(nameof(Corpora))]
    public void Readme_table_is_the_measured_outcomes(string corpus)
    {
        string path = Path.Combine(HeldOutFile.FolderOf(corpus), "README.md");
        string readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf(TableStart, StringComparison.Ordinal), end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md needs {TableStart} … {TableEnd}");
        string table = Table(corpus);
        string updated = readme[..(start + TableStart.Length)] + "\n" + table + readme[end..];
        if (Environment.GetEnvironmentVariable("LAYERGEN_UPDATE_HELDOUT") == "1")
        {
            File.WriteAllText(path, updated);
            return;
        }

        Assert.Equal(updated, readme);
    }

    private static string Table(string corpus)
    {
        var outcomes = HeldOutFile.In(corpus).Select(f => (File: f, Outcome: HeldOutEvaluation.Of(f))).ToList();
        int gradientFiles = outcomes.Count(o => o.File.Expect == Expectation.Gradient);
        int errorFiles = outcomes.Count - gradientFiles;
        int passes = outcomes.Count(o => o.File.Expect == Expectation.Gradient && o.Outcome.Summary == "pass");
        int clearErrors = outcomes.Count(o => o.File.Expect == Expectation.Error && o.Outcome.Summary == "error");
        var text = new StringBuilder();
        text.Append("| expected | files | as expected |\n|---|---:|---:|\n");
        text.Append($"| A: derived backward passes the gradient check | {gradientFiles} | {passes} |\n");
        text.Append($"| B: LG11xx error at the construct | {errorFiles} | {clearErrors} |\n\n");
        text.Append("| failure kind | files |\n|---|---:|\n");
        foreach (IGrouping<string, string> kind in outcomes.Where(o => o.Outcome.Summary != (o.File.Expect == Expectation.Gradient ? "pass" : "error"))
                     .Select(o => o.Outcome.Kind).GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"| {kind.Key} | {kind.Count()} |\n");
        }

        text.Append("\n| file | expects | outcome | diagnostics |\n|---|---|---|---|\n");
        foreach ((HeldOutFile file, HeldOutOutcome outcome) in outcomes)
        {
            string diagnostics = string.Join("<br>", outcome.Messages.Select(m => m.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)));
            text.Append($"| {file.Name} | {(file.Expect == Expectation.Gradient ? "A" : "B")} | {outcome.Summary.Replace("|", "\\|", StringComparison.Ordinal)} | {diagnostics} |\n");
        }

        return text.ToString();
    }
}
