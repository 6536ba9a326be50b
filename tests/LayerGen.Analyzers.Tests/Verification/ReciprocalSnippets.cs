namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// Snippets of stored-reciprocal normalisers (<c>u[i] = 1 / Σ_j K[i, j]</c> stored, then <c>P = u · K</c> in a later
/// pass) for <see cref="SoftmaxModelStoredReciprocalTests"/> and <see cref="SoftmaxModelIndexedReciprocalTests"/>: the
/// repeated passes as builders, a snippet body (static methods, or a whole sealed class) wrapped into a compilable file, and
/// the analyzer's findings compared with the body's <c>//~ LG000N</c> markers as sorted <c>ID@line</c> text.
/// </summary>
internal static class ReciprocalSnippets
{
    /// <summary>A pass over every cell of an <c>n × m</c> kernel: <paramref name="statement"/> (with its <c>;</c> and any marker) for each i, j.</summary>
    public static string EachCell(string statement) => $$"""
        for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++)
                    {{statement}}
        """;

    /// <summary>
    /// The jagged result <c>p</c> of element type <paramref name="type"/>, each row's exps <c>e[i][j]</c> times
    /// <paramref name="scale"/> (<c>u[i]</c> its own row's reciprocal, <c>u[0]</c> the first row's), returned.
    /// </summary>
    public static string ScaledJaggedRows(string type, string scale) => $$"""
        var p = new {{type}}[x.Length][];
            for (int i = 0; i < x.Length; i++) {
                p[i] = new {{type}}[x[i].Length];
                for (int j = 0; j < x[i].Length; j++) p[i][j] = {{scale}} * e[i][j];
            }
            return p;
        """;

    /// <summary>
    /// Float jagged rows <c>x[i]</c> shifted by their own maximum into <c>e[i]</c>, each row's sum <c>s</c> then kept by
    /// <paramref name="store"/> (<c>u[i] = 1f / s</c>, <c>u.Add(w / s)</c>); <paramref name="marker"/> ends the fold's line.
    /// </summary>
    public static string ShiftedJaggedRowSums(string store, string marker = "") => $$"""
        for (int i = 0; i < x.Length; i++) {
                float mx = x[i].Max();
                e[i] = new float[x[i].Length];
                float s = 0f;
                for (int j = 0; j < x[i].Length; j++) { e[i][j] = MathF.Exp(x[i][j] - mx); s += e[i][j]; }{{marker}}
                {{store}};
            }
        """;

    /// <summary>
    /// Rows of a <c>double[n, m]</c> <c>x</c> shifted by their own maximum into <c>k</c>, <c>u[i] = 1.0 / s</c> each
    /// row's reciprocal; <paramref name="marker"/> ends the fold's line.
    /// </summary>
    public static string ShiftedRowReciprocals2D(string marker = "") => $$"""
        for (int i = 0; i < n; i++) {
                double mx = double.MinValue;
                for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                double s = 0;
                for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }{{marker}}
                u[i] = 1.0 / s;
            }
        """;

    /// <summary>A snippet body in a compilable file: static methods go into a static class, a sealed class stands alone.</summary>
    public static string Wrap(string body) =>
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\n"
        + (body.Contains("sealed class", StringComparison.Ordinal) ? body : "static class C {\n" + body + "\n}\n");

    /// <summary>The findings the source's <c>//~ LG000N</c> markers expect, as sorted <c>ID@line</c> joined by commas.</summary>
    public static string Expected(string source) =>
        string.Join(",", source.Split('\n')
            .Select((line, index) => (line, index))
            .Where(entry => entry.line.Contains("//~ ", StringComparison.Ordinal))
            .Select(entry => entry.line[(entry.line.IndexOf("//~ ", StringComparison.Ordinal) + 4)..].Trim() + "@" + (entry.index + 1))
            .OrderBy(entry => entry, StringComparer.Ordinal));

    /// <summary>What the analyzer reports on <paramref name="source"/> (which must compile), as sorted <c>ID@line</c> joined by commas.</summary>
    public static async Task<string> Reported(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        return string.Join(",", diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}").OrderBy(entry => entry, StringComparer.Ordinal));
    }
}
