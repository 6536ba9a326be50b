using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LayerGen.Generator.Tests.Differentiation.HeldOutCorpus;

/// <summary>What a user expects of a held-out layer: a derived backward that passes the gradient check, or an LG11xx error.</summary>
internal enum Expectation
{
    Gradient,
    Error,
}

/// <summary>
/// One file of a held-out corpus (<c>Differentiation/HeldOut/</c>, <c>Differentiation/HeldOut2/</c>, <c>Differentiation/HeldOut3/</c>, <c>Differentiation/HeldOut4/</c>, <c>Differentiation/HeldOut5/</c>, <c>Differentiation/HeldOut6/</c>, <c>Differentiation/HeldOut7/</c>, <c>Differentiation/HeldOut8/</c>, <c>Differentiation/HeldOut9/</c>, <c>Differentiation/HeldOut10/</c>, <c>Differentiation/HeldOut11/</c>) and its header: <c>// expect: gradient</c> or <c>// expect: error</c> (then
/// trailing <c>//~ LG11</c> markers on the lines where an error belongs; a marker is an id prefix), optional
/// <c>// rows: no-large no-ties</c> (which rows of <see cref="GradientCheck.Rows"/> the forward cannot take), and, while the
/// generator falls short, <c>// known gap: why</c> with <c>// gap: outcome</c> pinning the outcome it gives today.
/// </summary>
internal sealed record HeldOutFile(string Corpus, string Name, string Text, Expectation Expect, bool LargeRows, bool TieRows, string? Gap)
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<HeldOutFile>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The held-out corpora, each a folder under <c>Differentiation/</c> written blind: HeldOut first, HeldOut2 second, HeldOut3 third, HeldOut4 fourth, HeldOut5 fifth, HeldOut6 sixth, HeldOut7 seventh, HeldOut8 eighth, HeldOut9 ninth, HeldOut10 tenth, HeldOut11 eleventh.</summary>
    public static IReadOnlyList<string> Corpora { get; } = ["HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11"];

    public static string FolderOf(string corpus) => Path.Combine(RepositoryPaths.Root, "tests", "LayerGen.Generator.Tests", "Differentiation", corpus);

    /// <summary>The files of one corpus, in ordinal order of their names.</summary>
    public static IReadOnlyList<HeldOutFile> In(string corpus) => Loaded.GetOrAdd(corpus, static c => Directory.GetFiles(FolderOf(c), "*.cs")
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => Parse(c, Path.GetFileName(path), File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)))
        .ToList());

    /// <summary>Marked lines (1-based) and the id prefix each expects.</summary>
    public IReadOnlyList<(int Line, string IdPrefix)> Markers { get; } = Marked(Text);

    public static HeldOutFile Parse(string corpus, string name, string text)
    {
        string expect = Header(text, "expect") ?? throw new InvalidOperationException($"{name}: no '// expect:' line");
        string rows = Header(text, "rows") ?? string.Empty;
        Expectation expectation = expect switch
        {
            "gradient" => Expectation.Gradient,
            "error" => Expectation.Error,
            _ => throw new InvalidOperationException($"{name}: '// expect: {expect}' is neither 'gradient' nor 'error'"),
        };
        return new HeldOutFile(corpus, name, text, expectation, !rows.Contains("no-large", StringComparison.Ordinal), !rows.Contains("no-ties", StringComparison.Ordinal), Header(text, "gap"));
    }

    private static string? Header(string text, string key)
    {
        Match match = Regex.Match(text, @"^// " + key + @":[ \t]*(.*?)[ \t]*$", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static List<(int, string)> Marked(string text)
    {
        var markers = new List<(int, string)>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf("//~", StringComparison.Ordinal);
            if (at >= 0)
            {
                markers.AddRange(lines[i][(at + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (i + 1, id)));
            }
        }

        return markers;
    }
}
