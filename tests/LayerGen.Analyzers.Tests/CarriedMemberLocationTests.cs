using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Where a too-wide maximum or sum folded in a helper is reported (the corpus convention: "when the helper itself is
/// wrong, on its fold line"): a helper that folds a field or property nothing ever resets (<c>FindMax(s)</c> continuing
/// a static <c>max</c> from the last call) is wrong itself, so LG0001 (like LG0002) is at its fold; a helper right for
/// what it is given (a max over the batch it is passed, or a member the caller resets, too rarely) is reported at the
/// caller's call. The line each diagnostic starts on is marked <c>//@</c> in the sources.
/// </summary>
public class CarriedMemberLocationTests
{
    [Theory]
    [InlineData("private static double max = double.MinValue;", "static", "if (s[i] > max) max = s[i];")]
    [InlineData("private double max = double.MinValue;", "", "max = Math.Max(max, s[i]);")]
    [InlineData("private static double max { get; set; } = double.MinValue;", "static", "if (s[i] > max) max = s[i];")]
    public async Task AMemberMaxAHelperFoldsAndNoOneResets_IsReportedAtTheHelpersFold(string field, string modifier, string fold)
    {
        var source = $$"""
            using System;
            public class C
            {
                {{field}}
                private {{modifier}} void FindMax(double[] s)
                {
                    for (int i = 0; i < s.Length; i++)
                    {
                        {{fold}} //@
                    }
                }
                public {{modifier}} void Run(double[][] batch, double[][] y)
                {
                    for (int r = 0; r < batch.Length; r++)
                    {
                        var s = batch[r];
                        FindMax(s);
                        double sum = 0;
                        for (int i = 0; i < s.Length; i++) { y[r][i] = Math.Exp(s[i] - max); sum += y[r][i]; }
                        for (int i = 0; i < s.Length; i++) y[r][i] /= sum;
                    }
                }
            }
            """;
        await AssertReportedAtMarkedLines(source, "LG0001");
    }

    [Fact]
    public async Task AMemberSumAHelperFoldsAndNoOneResets_IsReportedAtTheHelpersFold()
    {
        var source = """
            using System;
            public class C
            {
                private static double total;
                private static void AddUp(double[] e)
                {
                    for (int i = 0; i < e.Length; i++)
                    {
                        total += e[i]; //@
                    }
                }
                public static void Run(double[][] batch, double[][] y)
                {
                    for (int r = 0; r < batch.Length; r++)
                    {
                        var s = batch[r];
                        double m = double.MinValue;
                        for (int i = 0; i < s.Length; i++) m = Math.Max(m, s[i]);
                        for (int i = 0; i < s.Length; i++) y[r][i] = Math.Exp(s[i] - m);
                        AddUp(y[r]);
                        for (int i = 0; i < s.Length; i++) y[r][i] /= total;
                    }
                }
            }
            """;
        await AssertReportedAtMarkedLines(source, "LG0002");
    }

    [Fact]
    public async Task AHelperRightForTheBatchItIsGiven_IsReportedAtTheCall()
    {
        var source = """
            using System;
            public class C
            {
                private static double MaxOf(double[][] b)
                {
                    double m = double.MinValue;
                    for (int r = 0; r < b.Length; r++)
                        for (int i = 0; i < b[r].Length; i++)
                            m = Math.Max(m, b[r][i]);
                    return m;
                }
                public static void Run(double[][] batch, double[][] y)
                {
                    double max = MaxOf(batch); //@
                    for (int r = 0; r < batch.Length; r++)
                    {
                        var s = batch[r];
                        double sum = 0;
                        for (int i = 0; i < s.Length; i++) { y[r][i] = Math.Exp(s[i] - max); sum += y[r][i]; }
                        for (int i = 0; i < s.Length; i++) y[r][i] /= sum;
                    }
                }
            }
            """;
        await AssertReportedAtMarkedLines(source, "LG0001");
    }

    [Fact]
    public async Task AMemberTheCallerResetsOnceOutsideTheRowLoop_IsReportedAtTheCall()
    {
        var source = """
            using System;
            public class C
            {
                private static double max;
                private static void FindMax(double[] s)
                {
                    for (int i = 0; i < s.Length; i++)
                    {
                        if (s[i] > max) max = s[i];
                    }
                }
                public static void Run(double[][] batch, double[][] y)
                {
                    max = double.MinValue;
                    for (int r = 0; r < batch.Length; r++)
                    {
                        var s = batch[r];
                        FindMax(s); //@
                        double sum = 0;
                        for (int i = 0; i < s.Length; i++) { y[r][i] = Math.Exp(s[i] - max); sum += y[r][i]; }
                        for (int i = 0; i < s.Length; i++) y[r][i] /= sum;
                    }
                }
            }
            """;
        await AssertReportedAtMarkedLines(source, "LG0001");
    }

    [Fact]
    public async Task AMemberTheCallerResetsPerRow_IsSilent()
    {
        var source = """
            using System;
            public class C
            {
                private static double max = double.MinValue;
                private static void FindMax(double[] s)
                {
                    for (int i = 0; i < s.Length; i++)
                    {
                        if (s[i] > max) max = s[i];
                    }
                }
                public static void Run(double[][] batch, double[][] y)
                {
                    for (int r = 0; r < batch.Length; r++)
                    {
                        var s = batch[r];
                        max = double.MinValue;
                        FindMax(s);
                        double sum = 0;
                        for (int i = 0; i < s.Length; i++) { y[r][i] = Math.Exp(s[i] - max); sum += y[r][i]; }
                        for (int i = 0; i < s.Length; i++) y[r][i] /= sum;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    private static async Task AssertReportedAtMarkedLines(string source, string id)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        var lines = source.Split('\n');
        var marked = Enumerable.Range(1, lines.Length).Where(line => lines[line - 1].Contains("//@", StringComparison.Ordinal)).ToList();
        Assert.Equal(marked.Select(line => id + "@" + line), diagnostics.Select(diagnostic => diagnostic.Id + "@" + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1)));
    }
}
