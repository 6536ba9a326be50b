using System.Collections.Immutable;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0005–LG0007 never throw (no AD0001), and neither do their fixes: on broken loss and backward code, and on random
/// mutations (deleted tokens and lines, truncations, swapped tokens) of every fix case and backward re-creation.
/// </summary>
public class BackwardRobustnessTests
{
    private const int MutationsPerSource = 24;

    public static TheoryData<string> BrokenSnippets() => new()
    {
        "using System; class L { double[] _y; double Loss(int k) => -Math.Log(_y[k]; void F(double[] x) { _y = new double[x.Length]; double s = 0; for (int i = 0; i < x.Length; i++) { _y[i] = Math.Exp(x[i]); s += _y[i]; } for (int i = 0; i < x.Length; i++) _y[i] /= s; } }",
        "using System; class L { double[] _y = new double[3]; void B(double[] dy, double[] dx) { for (int i = 0; i < 3; i++) dx[i] = dy[i] * _y[i] * (1 - _y[i]; } void F(double[] x) { double s = 0; for (int i = 0; i < 3; i++) { _y[i] = Math.Exp(x[i]); s += _y[i]; } for (int i = 0; i < 3; i++) _y[i] /= s; } }",
        "using System; static class J { static void B(double[] y, double[] g, double[] dx) { var jac = new double[y.Length, ]; for (int i = 0; i < y.Length; i++) for (int j = 0; j < y.Length; j++) jac[i, j] = i == j ? y[i] : -y[i] * y[j]; } }",
        "using System; class R { float[] Softmax(float[] x) => Softmax(x); float Loss(float[] x, int k) => -MathF.Log(Softmax(x)[k]); }",
        "using System; class R { double D(double v) => D(v) * (1 - v); double[] y = new double[2]; void B(double[] g) { for (int i = 0; i < 2; i++) g[i] *= D(y[i]); } }",
        "using System; class F { double[] _p; double[] _q; void A() { _p = _q; _q = _p; } double L() => Math.Log(_p[0]) + Math.Log(_q[0]); }",
        "using System; static class T { static double L(double[] x) { var e = new double[x.Length]; double s = 0; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]); s += e[i]; } return -Math.Log(e[undefined] / s); } }",
        "using System; class G<T> where T : System.Numerics.IFloatingPointIeee754<T> { T[] _y = []; T L(int k) => -T.Log(_y[k]); void F(T[] x) { T s = T.Zero; for (int i = 0; i < x.Length; i++) { _y[i] = T.Exp(x[i]); s += _y[i]; } for (int i = 0; i < x.Length; i++) _y[i] /= s } }",
        "Math.Log(p[k]) * (1 - y[i]) * y[i] jacobian[i, j] -= y[i] * y[j] {{{",
    };

    [Theory]
    [MemberData(nameof(BrokenSnippets))]
    public async Task BrokenCode_NoAnalyzerOrFixException(string source) => await AssertNoExceptionAsync(source, alsoFix: true);

    public static TheoryData<string> MutationSources()
    {
        var data = new TheoryData<string>();
        foreach (var fixCase in BackwardFixCases.All)
        {
            data.Add("fix:" + fixCase.Name);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recreations", "Backward"), "*.cs").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add("recreation:" + Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MutationSources))]
    public async Task RandomMutations_NoAnalyzerOrFixException(string sourceName)
    {
        var source = sourceName.StartsWith("fix:", StringComparison.Ordinal)
            ? BackwardFixCases.Get(sourceName[4..]).Source
            : File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recreations", "Backward", sourceName[11..]));
        var random = new Random(StringComparer.Ordinal.GetHashCode(sourceName) & 0x7fffffff);
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        var lines = source.Split('\n');

        for (var round = 0; round < MutationsPerSource; round++)
        {
            var mutated = (round % 4) switch
            {
                0 => source.Remove(tokens[random.Next(tokens.Count)].SpanStart, 1),
                1 => string.Join('\n', lines.Where((_, index) => index != random.Next(lines.Length))),
                2 => source[..random.Next(source.Length)],
                _ => Swap(source, tokens[random.Next(tokens.Count)], tokens[random.Next(tokens.Count)]),
            };
            await AssertNoExceptionAsync(mutated, alsoFix: round % 3 == 0);
        }
    }

    private static async Task AssertNoExceptionAsync(string source, bool alsoFix)
    {
        var exceptions = new List<Exception>();
        var compilation = CSharpCompilation.Create(
            "Subject",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            BackwardFixRunner.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoftmaxAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.True(exceptions.Count == 0, $"analyzer threw {exceptions.FirstOrDefault()} on:\n{source}");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        if (alsoFix && diagnostics.Any(diagnostic => diagnostic.Id is "LG0005" or "LG0006" or "LG0007"))
        {
            _ = await BackwardFixRunner.FixAsync(source, maxRounds: 4);
        }
    }

    private static string Swap(string source, SyntaxToken first, SyntaxToken second)
    {
        if (first.SpanStart > second.SpanStart)
        {
            (first, second) = (second, first);
        }

        if (first.Span.OverlapsWith(second.Span) || first == second)
        {
            return source;
        }

        return source[..first.SpanStart] + second.Text + source[first.Span.End..second.SpanStart] + first.Text + source[second.Span.End..];
    }
}
