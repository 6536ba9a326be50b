using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A too-wide max (LG0001) or a raw exp (LG0003) computed inside a same-type helper is the caller's bug: the helper is
/// right for what it is given, the call gave it a whole batch or raw logits. The report is at the call, in the method whose
/// softmax is wrong, with the helper's fold or exp as an additional location; one report per wrong call, none for a
/// correct call of the same helper. A helper that computes the whole softmax itself is reported inside it, and a local
/// function keeps its report where it is (it is part of the method; see docs/rules/LG0001.md).
/// </summary>
public class SoftmaxHelperCallLocationTests
{
    private const string Usings = "using System;\n";

    private const string RowSoftmax = """
                for (int r = 0; r < x.GetLength(0); r++)
                {
                    double z = 0;
                    for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = Math.Exp(x[r, c] - m); z += y[r, c]; }
                    for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= z;
                }
        """;

    [Theory]
    [InlineData("static double MaxAll(double[,] v)", "MaxAll(x)")]
    [InlineData("double MaxAll(double[,] v)", "MaxAll(x)")]
    [InlineData("static double MaxAll(this double[,] v)", "x.MaxAll()")]
    public async Task WholeBatchMaxInHelper_IsReportedAtTheCall(string signature, string call)
    {
        var diagnostics = await AnalyzeAsync($$"""
            public static class C
            {
                public static void F(double[,] x, double[,] y)
                {
                    double m = {{call}}; // the call
            {{RowSoftmax}}
                }

                private {{signature}}
                {
                    double best = double.NegativeInfinity;
                    foreach (double v0 in v) best = Math.Max(best, v0); // the fold
                    return best;
                }
            }
            """.Replace("public static class C", signature.StartsWith("double", StringComparison.Ordinal) ? "public sealed class C" : "public static class C", StringComparison.Ordinal)
                .Replace("public static void F", signature.StartsWith("double", StringComparison.Ordinal) ? "public void F" : "public static void F", StringComparison.Ordinal));
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0001", report.Id);
        Assert.Contains("// the call", LineOf(report.Location));
        Assert.Contains(report.AdditionalLocations, location => LineOf(location).Contains("// the fold", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public static void ExpInPlace(this Span<double> s)", "x.AsSpan().ExpInPlace();", "s[i] = Math.Exp(s[i]); // the exp")]
    [InlineData("private static void ExpInPlace(double[] s)", "ExpInPlace(x);", "s[i] = Math.Exp(s[i]); // the exp")]
    public async Task WholeSpanRawExpInHelper_IsReportedAtTheCall(string signature, string call, string exp)
    {
        var diagnostics = await AnalyzeAsync($$"""
            public static class C
            {
                public static void F(double[] x)
                {
                    {{call}} // the call
                    double z = 0;
                    for (int i = 0; i < x.Length; i++) z += x[i];
                    for (int i = 0; i < x.Length; i++) x[i] /= z;
                }

                {{signature}}
                {
                    for (int i = 0; i < s.Length; i++) {{exp}}
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0003", report.Id);
        Assert.Contains("// the call", LineOf(report.Location));
        Assert.Contains(report.AdditionalLocations, location => LineOf(location).Contains("// the exp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FillExpsHelperWithOffsets_IsReportedAtTheCall()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(double[] x, double[] p, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        FillExps(x, p, r * cols, cols); // the call
                        double z = 0;
                        for (int j = 0; j < cols; j++) z += p[r * cols + j];
                        for (int j = 0; j < cols; j++) p[r * cols + j] /= z;
                    }
                }

                private static void FillExps(double[] src, double[] dst, int start, int n)
                {
                    for (int j = 0; j < n; j++) dst[start + j] = Math.Exp(src[start + j]); // the exp
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0003", report.Id);
        Assert.Contains("// the call", LineOf(report.Location));
    }

    [Fact]
    public async Task OneHelperCorrectAndWrongCaller_OnlyTheWrongCallIsReported()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void Row(double[] x, double[] y)
                {
                    double m = MaxOf(x); // correct call
                    double z = 0;
                    for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); z += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= z;
                }

                public static void Batch(double[] x, double[] y, int rows, int cols)
                {
                    double m = MaxOf(x); // wrong call
                    for (int r = 0; r < rows; r++)
                    {
                        double z = 0;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = Math.Exp(x[r * cols + j] - m); z += y[r * cols + j]; }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= z;
                    }
                }

                private static double MaxOf(double[] v)
                {
                    double best = double.MinValue;
                    for (int i = 0; i < v.Length; i++) if (v[i] > best) best = v[i];
                    return best;
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0001", report.Id);
        Assert.Contains("// wrong call", LineOf(report.Location));
    }

    /// <summary>
    /// One summarised helper called twice in one method, once correctly: the model keeps one translation per helper
    /// fold, so with the correct call last the finding landed on it. Two calls of one fold keep the finding at the fold,
    /// in either order.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneMethodCallsAHelperCorrectlyAndTooWide_TheCorrectCallIsNotReported(bool wrongFirst)
    {
        const string correct = """
                    double m1 = row.Peak(); // correct call
                    double z1 = 0;
                    for (int i = 0; i < row.Length; i++) { y[i] = Math.Exp(row[i] - m1); z1 += y[i]; }
                    for (int i = 0; i < row.Length; i++) y[i] /= z1;
            """;
        const string wrong = """
                    double m2 = x.Peak(); // wrong call
                    for (int r = 0; r < rows; r++)
                    {
                        double z = 0;
                        for (int j = 0; j < cols; j++) { p[r * cols + j] = Math.Exp(x[r * cols + j] - m2); z += p[r * cols + j]; }
                        for (int j = 0; j < cols; j++) p[r * cols + j] /= z;
                    }
            """;
        var diagnostics = await AnalyzeAsync($$"""
            public static class C
            {
                public static void F(double[] row, double[] y, double[] x, double[] p, int rows, int cols)
                {
            {{(wrongFirst ? wrong : correct)}}
            {{(wrongFirst ? correct : wrong)}}
                }

                private static double Peak(this double[] v)
                {
                    double best = double.MinValue;
                    foreach (double e in v) best = Math.Max(best, e); // the fold
                    return best;
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0001", report.Id);
        Assert.Contains("// the fold", LineOf(report.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneExpHelperShiftedAndRawCaller_OnlyTheRawCallIsReported()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void Shifted(double[] x, double[] y)
                {
                    double m = double.MinValue;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    for (int i = 0; i < x.Length; i++) y[i] = x[i] - m;
                    ExpAll(y); // shifted call
                    double z = 0;
                    for (int i = 0; i < y.Length; i++) z += y[i];
                    for (int i = 0; i < y.Length; i++) y[i] /= z;
                }

                public static void Raw(double[] x, double[] y)
                {
                    for (int i = 0; i < x.Length; i++) y[i] = x[i];
                    ExpAll(y); // raw call
                    double z = 0;
                    for (int i = 0; i < y.Length; i++) z += y[i];
                    for (int i = 0; i < y.Length; i++) y[i] /= z;
                }

                private static void ExpAll(double[] v)
                {
                    for (int i = 0; i < v.Length; i++) v[i] = Math.Exp(v[i]);
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0003", report.Id);
        Assert.Contains("// raw call", LineOf(report.Location));
    }

    [Fact]
    public async Task TwoWrongCalls_AreTwoReports()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(double[,] a, double[,] b, double[,] pa, double[,] pb)
                {
                    double ma = MaxAll(a); // first call
                    for (int r = 0; r < a.GetLength(0); r++)
                    {
                        double z = 0;
                        for (int c = 0; c < a.GetLength(1); c++) { pa[r, c] = Math.Exp(a[r, c] - ma); z += pa[r, c]; }
                        for (int c = 0; c < a.GetLength(1); c++) pa[r, c] /= z;
                    }

                    double mb = MaxAll(b); // second call
                    for (int r = 0; r < b.GetLength(0); r++)
                    {
                        double z = 0;
                        for (int c = 0; c < b.GetLength(1); c++) { pb[r, c] = Math.Exp(b[r, c] - mb); z += pb[r, c]; }
                        for (int c = 0; c < b.GetLength(1); c++) pb[r, c] /= z;
                    }
                }

                private static double MaxAll(double[,] v)
                {
                    double best = double.NegativeInfinity;
                    for (int i = 0; i < v.GetLength(0); i++)
                        for (int j = 0; j < v.GetLength(1); j++) best = Math.Max(best, v[i, j]);
                    return best;
                }
            }
            """);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, diagnostic => Assert.Equal("LG0001", diagnostic.Id));
        Assert.Contains("// first call", LineOf(diagnostics[0].Location));
        Assert.Contains("// second call", LineOf(diagnostics[1].Location));
    }

    [Fact]
    public async Task HelperThatIsTheWholeSoftmax_IsReportedInsideTheHelper()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(double[] x, double[] y) => SoftmaxInto(x, y); // the call

                private static void SoftmaxInto(double[] x, double[] y)
                {
                    double z = 0;
                    for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i]); z += y[i]; } // the exp
                    for (int i = 0; i < x.Length; i++) y[i] /= z;
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0003", report.Id);
        Assert.Contains("// the exp", LineOf(report.Location));
    }

    [Fact]
    public async Task LocalFunctionMax_StaysReportedInTheLocalFunction()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(double[,] x, double[,] y)
                {
                    double m = MaxAll(); // the call
                    for (int r = 0; r < x.GetLength(0); r++)
                    {
                        double z = 0;
                        for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = Math.Exp(x[r, c] - m); z += y[r, c]; }
                        for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= z;
                    }

                    double MaxAll()
                    {
                        double best = double.NegativeInfinity;
                        foreach (double v in x) best = Math.Max(best, v); // the fold
                        return best;
                    }
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0001", report.Id);
        Assert.Contains("// the fold", LineOf(report.Location));
    }

    private static async Task<List<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = FixRunner.CompileRecreation(Usings + source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("LG", StringComparison.Ordinal)).OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();
    }

    private static string LineOf(Location location) =>
        location.SourceTree!.GetText().Lines[location.GetLineSpan().StartLinePosition.Line].ToString();
}
