using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Several sites of one bug get one report: the folds of one walk of a reduction (a vector loop and the scalar tail that
/// continues its counter, the branches of one loop's update) and the same raw exp computed twice (once for the sum,
/// again for the division) are reported once, at the first in source order, with the others as additional locations;
/// separate walks and exps of other operands are reported each. The fix of the one report repairs every site.
/// </summary>
public class OneReportPerBugTests
{
    private const string Usings = "using System;\nusing System.Runtime.Intrinsics;\n";

    [Fact]
    public async Task VectorLoopAndTheTailThatContinuesItsCounter_AreOneSumSite()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(float[] data, int cols)
                {
                    for (int start = 0; start < data.Length; start += cols)
                    {
                        float max = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) max = MathF.Max(max, data[start + c]);
                        for (int c = 0; c < cols; c++) data[start + c] = MathF.Exp(data[start + c] - max);
                    }

                    var acc = Vector128<float>.Zero;
                    int i = 0;
                    for (; i <= data.Length - Vector128<float>.Count; i += Vector128<float>.Count)
                        acc += Vector128.Create((ReadOnlySpan<float>)data.AsSpan(i, Vector128<float>.Count)); // vector fold
                    float total = Vector128.Sum(acc);
                    for (; i < data.Length; i++)
                        total += data[i]; // tail fold
                    for (int k = 0; k < data.Length; k++) data[k] /= total;
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0002", report.Id);
        Assert.Contains("vector fold", LineOf(report.Location));
        Assert.Contains(report.AdditionalLocations, location => LineOf(location).Contains("tail fold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnrolledLoopAndScalarTail_OneReport_ButLoopsWithTheirOwnStart_AreTwoWalks()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void Continued(double[] x, int rows, int cols, double[] y)
                {
                    double z = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r * cols + c]);
                        int j = 0;
                        for (; j + 1 < cols; j += 2)
                        {
                            y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                            y[r * cols + j + 1] = Math.Exp(x[r * cols + j + 1] - m);
                            z += y[r * cols + j] + y[r * cols + j + 1]; // pair fold
                        }
                        for (; j < cols; j++)
                        {
                            y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                            z += y[r * cols + j];
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
                    }
                }

                public static void Restarted(double[] x, int rows, int cols, double[] y)
                {
                    double z = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r * cols + c]);
                        int j;
                        for (j = 0; j < cols / 2; j++)
                        {
                            y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                            z += y[r * cols + j]; // first half
                        }
                        for (j = cols / 2; j < cols; j++)
                        {
                            y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                            z += y[r * cols + j]; // second half
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
                    }
                }
            }
            """);
        Assert.All(diagnostics, diagnostic => Assert.Equal("LG0002", diagnostic.Id));
        Assert.Equal(["pair fold", "first half", "second half"], diagnostics.Select(diagnostic => LineOf(diagnostic.Location).Split("// ")[1]));
    }

    [Fact]
    public async Task BranchesOfOneLoopsFold_AreOneMaximumSite()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(double[,] x, double[,] y)
                {
                    double m = double.NegativeInfinity;
                    for (int r = 0; r < x.GetLength(0); r++)
                        for (int c = 0; c < x.GetLength(1); c++)
                            if (x[r, c] > m) m = x[r, c]; // if branch
                            else m = Math.Max(m, x[r, c] - 1.0); // else branch
                    for (int r = 0; r < x.GetLength(0); r++)
                    {
                        double z = 0;
                        for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = Math.Exp(x[r, c] - m); z += y[r, c]; }
                        for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= z;
                    }
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0001", report.Id);
        Assert.Contains("if branch", LineOf(report.Location));
        Assert.Contains(report.AdditionalLocations, location => LineOf(location).Contains("else branch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CorrectVectorLoopAndTailPerRow_StaysSilent()
    {
        Assert.Empty(await AnalyzeAsync("""
            public static class C
            {
                public static void F(float[] data, int cols)
                {
                    for (int start = 0; start < data.Length; start += cols)
                    {
                        float max = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) max = MathF.Max(max, data[start + c]);
                        for (int c = 0; c < cols; c++) data[start + c] = MathF.Exp(data[start + c] - max);
                        var acc = Vector128<float>.Zero;
                        int i = 0;
                        for (; i <= cols - Vector128<float>.Count; i += Vector128<float>.Count)
                            acc += Vector128.Create((ReadOnlySpan<float>)data.AsSpan(start + i, Vector128<float>.Count));
                        float total = Vector128.Sum(acc);
                        for (; i < cols; i++)
                            total += data[start + i];
                        for (int k = 0; k < cols; k++) data[start + k] /= total;
                    }
                }
            }
            """));
    }

    private const string Recomputed = """
            public static void Recomputed(float[,] x, float[,] y)
            {
                for (int r = 0; r < x.GetLength(0); r++)
                {
                    float z = 0f;
                    for (int c = 0; c < x.GetLength(1); c++) z += MathF.Exp(x[r, c]); // sum's exp
                    for (int c = 0; c < x.GetLength(1); c++) y[r, c] = MathF.Exp(x[r, c]) / z; // division's exp
                }
            }
        """;

    private const string ThroughAnIndex = """
            public static void ThroughAnIndex(double[] x, int rows, int cols, double[] y)
            {
                for (int r = 0; r < rows; r++)
                {
                    double z = 0;
                    for (int c = 0; c < cols; c++) z += Math.Exp(x[r * cols + c]); // indexed sum's exp
                    for (int c = 0; c < cols; c++)
                    {
                        int at = r * cols + c;
                        y[at] = Math.Exp(x[at]) / z; // indexed division's exp
                    }
                }
            }
        """;

    private const string OtherOperands = """
            public static (double, double) TwoScores(double a, double b)
            {
                double ea = Math.Exp(a); // score a
                double eb = Math.Exp(b); // score b
                return (ea / (ea + eb), eb / (ea + eb));
            }

            public static void Neighbours(double[] x, double[] y)
            {
                double z = 0;
                for (int c = 0; c + 1 < x.Length; c += 2) z += Math.Exp(x[c]) + Math.Exp(x[c + 1]); // pair
                for (int c = 0; c + 1 < x.Length; c += 2) { y[c] = Math.Exp(x[c]) / z; y[c + 1] = Math.Exp(x[c + 1]) / z; }
            }
        """;

    [Fact]
    public async Task SameRawExpComputedTwice_IsOneReport_ExpsOfOtherOperandsAreEach()
    {
        var diagnostics = await AnalyzeAsync(InClass(Recomputed + ThroughAnIndex + OtherOperands));
        Assert.All(diagnostics, diagnostic => Assert.Equal("LG0003", diagnostic.Id));
        Assert.Equal(["sum's exp", "indexed sum's exp", "score a", "score b", "pair", "pair"], diagnostics.Select(diagnostic => LineOf(diagnostic.Location).Split("// ")[1]));
        Assert.Contains(diagnostics[0].AdditionalLocations, location => LineOf(location).Contains("division's exp", StringComparison.Ordinal));
        Assert.Contains(diagnostics[1].AdditionalLocations, location => LineOf(location).Contains("indexed division's exp", StringComparison.Ordinal));
    }

    public static TheoryData<string> RecomputedExps() => new() { Recomputed, ThroughAnIndex };

    [Theory]
    [MemberData(nameof(RecomputedExps))]
    public async Task FixOfTheOneReport_ShiftsEveryExpOfTheSite(string method)
    {
        var source = Usings + InClass(method);
        Assert.Single(await AnalyzeAsync(InClass(method)));
        var fixedText = await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), TestReferences.Net100, maxRounds: 1);
        Assert.NotEqual(source, fixedText);
        Assert.Empty(await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(fixedText)));
    }

    private static string InClass(string methods) => "public static class C\n{\n" + methods + "}\n";

    private static async Task<List<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = FixRunner.CompileRecreation(Usings + source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();
    }

    private static string LineOf(Location location) =>
        location.SourceTree!.GetText().Lines[location.GetLineSpan().StartLinePosition.Line].ToString();
}
