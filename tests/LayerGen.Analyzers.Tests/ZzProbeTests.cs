using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>Temporary probe (helperval): runs the analyzer on /tmp/helperval-probe/*.cs and writes what it reports.</summary>
public class ZzProbeTests
{
    [Fact]
    public async Task Probe()
    {
        var dir = "/tmp/helperval-probe";
        if (!Directory.Exists(dir))
        {
            return;
        }

        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.cs").OrderBy(f => f, StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            var compilation = FixRunner.CompileRecreation(source);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                lines.Add(Path.GetFileName(file) + ": COMPILE " + string.Join("; ", errors.Take(3)));
                continue;
            }

            var diagnostics = await FixRunner.AnalyzeAsync(compilation);
            lines.Add(Path.GetFileName(file) + ": " + string.Join(" ", diagnostics.Select(d => d.Id + "@" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + (d.Id == "AD0001" ? "[" + d.GetMessage() + "]" : ""))));
        }

        File.WriteAllLines(Path.Combine(dir, "out.txt"), lines);
    }
}
