using LayerGen.Tests.Rewrites;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Generalisation, measured mechanically: every labelled corpus file (Recreations and its HeldOut*, Real* and Scan* folders), rewritten by each
/// <see cref="EquivalentRewrite"/> (the same computation spelled another way), must get exactly the diagnostics its
/// markers expect — a bug written as a <c>while</c> instead of a <c>for</c>, with <c>m = Math.Max(m, v)</c> instead of
/// a branch, or through a temporary is the same bug. Rewritten files that no longer compile (e.g. <c>Math.Max</c> on a
/// generic <c>T</c>) and files with a pinned known gap are skipped; each rewrite must apply to enough files to mean
/// something; a rewrite's <see cref="EquivalentRewrite.KnownMismatches"/> are pinned gaps that must still mismatch. Set <c>LAYERGEN_REWRITE_DUMP</c> to a folder to get each mismatching rewritten file there (named after the rewrite, pinned ones marked <c>-pinned-</c>), its expected and actual diagnostics on a last line.
/// </summary>
public class EquivalentRewriteCorpusTests(ITestOutputHelper output)
{
    // Recreations and every labelled corpus folder under it (HeldOut*, Real*, Scan*), found on disk so that a blind
    // corpus joins when it is merged (after its measurement); Backward holds the backward rules' corpus, not these.
    private static readonly string[] Folders =
        ["Recreations", .. Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Recreations"))
            .Select(directory => Path.GetFileName(directory))
            .Where(name => name.StartsWith("HeldOut", StringComparison.Ordinal) || name.StartsWith("Real", StringComparison.Ordinal) || name.StartsWith("Scan", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Path.Combine("Recreations", name))];

    public static TheoryData<string> Rewrites()
    {
        var data = new TheoryData<string>();
        foreach (var rewrite in EquivalentRewrite.ForAnalyzer)
        {
            data.Add(rewrite.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rewrites))]
    public async Task RewrittenCorpusKeepsItsDiagnostics(string rewriteName)
    {
        var rewrite = EquivalentRewrite.ForAnalyzer.Single(candidate => candidate.Name == rewriteName);
        var checkedFiles = 0;
        var notCompiling = 0;
        var mismatches = new List<string>();
        var unpinned = new List<string>();
        foreach (var path in Folders.SelectMany(folder => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.cs")).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(path);
            if (text.StartsWith("// known gap:", StringComparison.Ordinal) || rewrite.ApplyTo(text) is not { } rewritten)
            {
                continue;
            }

            var compilation = FixRunner.CompileRecreation(rewritten);
            if (compilation.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            {
                notCompiling++;
                continue;
            }

            checkedFiles++;
            var actual = (await FixRunner.AnalyzeAsync(compilation))
                .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
                .Order(StringComparer.Ordinal)
                .ToList();
            var expected = SourceMarkers.ExpectedIdsAtLines(rewritten);
            var name = Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/');
            var pinned = rewrite.KnownMismatches.Contains(name);
            if (!expected.SequenceEqual(actual) && Environment.GetEnvironmentVariable("LAYERGEN_REWRITE_DUMP") is { Length: > 0 } dump)
            {
                // Pinned mismatches are dumped too (with their diagnostics), to work on a pinned group.
                var prefix = new string(rewrite.Name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()) + (pinned ? "-pinned-" : "-");
                var file = Path.Combine(dump, prefix + Path.GetFileName(path));
                await File.WriteAllTextAsync(file, $"{rewritten}\n// {name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]\n");
            }

            if (pinned)
            {
                if (expected.SequenceEqual(actual))
                {
                    unpinned.Add(name);
                }

                continue;
            }

            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
            }
        }

        output.WriteLine($"{rewrite.Name}: {checkedFiles} rewritten files compiled and were checked ({notCompiling} more did not compile), {mismatches.Count} mismatches, {rewrite.KnownMismatches.Count} pinned");
        Assert.True(checkedFiles >= 20, $"{rewrite.Name} applied to only {checkedFiles} compiling files");
        Assert.True(mismatches.Count == 0, $"{rewrite.Name}: {mismatches.Count} of {checkedFiles} rewritten files\n{string.Join("\n", mismatches)}");
        Assert.True(unpinned.Count == 0, $"{rewrite.Name}: known mismatches now pass, remove them from KnownMismatches: {string.Join(", ", unpinned)}");
    }
}
