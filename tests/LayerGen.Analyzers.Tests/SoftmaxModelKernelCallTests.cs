using System.Text.RegularExpressions;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An exp returned by a one-element kernel function called per element (HeldOut51's blind miss
/// <c>Dispersal_LandscapeMinimum</c>: <c>double Kernel(double distance) =&gt; Math.Exp(-alpha * (distance - dMin))</c>
/// capturing a landscape-wide minimum, called as <c>p[i, j] = Kernel(d[i, j])</c>) is read as the exp written at the
/// call with the arguments in place of the parameters. Each case is written twice, with the kernel called (a local
/// function, expression- or block-bodied, a <c>Func</c> local called or <c>Invoke</c>d, a static or instance method that
/// takes the captured values as arguments) and with its exp written inline (the twin): the twin must report exactly
/// its <c>//~</c> markers, and the call spelling the same ids at the same lines (an exp finding at the call, where
/// LayerGen reports a helper's findings). Silent cases (per-row shifts passed or captured, bounded exps, no normalisation) come first.
/// </summary>
public class SoftmaxModelKernelCallTests
{
    /// <summary>Where and how the kernel is declared and called.</summary>
    public static readonly string[] Placements =
    {
        "local", "localBlock", "localArgs", "func", "funcInvoke", "staticMethod", "instanceMethod",
    };

    /// <summary>
    /// A case: the method (with <c>@DECL@</c> on a line of its own where a local kernel is declared, and
    /// <c>@K(arg)@</c> for each kernel call), the kernel's body in terms of its parameter <c>x</c>, the element type,
    /// and the captured names a method kernel takes as extra parameters. An <c>@X@</c> at the end of a line is the exp
    /// finding the inline twin expects there (the call spelling reports it at the call, on the same line).
    /// </summary>
    private sealed record Case(string Method, string Body, string Type, string[] Captures, string ExpId = "");

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // ---- silent: the shift is per row ----
        ["RowMinCaptured2D"] = new("""
                public double[,] Run(double[,] d, double alpha)
                {
                    int n = d.GetLength(0), m = d.GetLength(1);
                    var p = new double[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        double dMin = double.MaxValue;
                        for (int j = 0; j < m; j++) if (d[i, j] < dMin) dMin = d[i, j];
            @DECL@
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = @K(d[i, j])@; row += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }
            """, "Math.Exp(-alpha * (x - dMin))", "double", new[] { "alpha", "dMin" }),
        ["RowMaxCapturedJagged"] = new("""
                public double[][] Run(double[][] u, double beta)
                {
                    var p = new double[u.Length][];
                    for (int i = 0; i < u.Length; i++)
                    {
                        double top = u[i].Max();
            @DECL@
                        p[i] = new double[u[i].Length];
                        double s = 0;
                        for (int j = 0; j < u[i].Length; j++) { p[i][j] = @K(u[i][j])@; s += p[i][j]; }
                        for (int j = 0; j < u[i].Length; j++) p[i][j] /= s;
                    }
                    return p;
                }
            """, "Math.Exp(beta * (x - top))", "double", new[] { "beta", "top" }),
        ["RowMaxFlatStrideFloat"] = new("""
                public void Run(float[] x, float[] y, int rows, int cols, float t)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        int o = r * cols;
                        float mx = float.MinValue;
                        for (int c = 0; c < cols; c++) mx = MathF.Max(mx, x[o + c]);
            @DECL@
                        float s = 0f;
                        for (int c = 0; c < cols; c++) { y[o + c] = @K(x[o + c])@; s += y[o + c]; }
                        for (int c = 0; c < cols; c++) y[o + c] /= s;
                    }
                }
            """, "MathF.Exp((x - mx) / t)", "float", new[] { "mx", "t" }),
        ["RowMaxSpan"] = new("""
                public void Run(double[] x, double[] y, double t)
                {
                    Span<double> v = x;
                    double mx = double.MinValue;
                    foreach (var e in v) mx = Math.Max(mx, e);
            @DECL@
                    double s = 0;
                    for (int c = 0; c < v.Length; c++) { y[c] = @K(v[c])@; s += y[c]; }
                    for (int c = 0; c < v.Length; c++) y[c] /= s;
                }
            """, "Math.Exp((x - mx) / t)", "double", new[] { "mx", "t" }),
        ["RowMaxList"] = new("""
                public List<double> Run(List<double> x, double t)
                {
                    double mx = x.Max();
            @DECL@
                    var y = new List<double>();
                    double s = 0;
                    foreach (var v in x) { var e = @K(v)@; y.Add(e); s += e; }
                    for (int c = 0; c < y.Count; c++) y[c] /= s;
                    return y;
                }
            """, "Math.Exp((x - mx) / t)", "double", new[] { "mx", "t" }),
        ["NoNormalisation"] = new("""
                public double Run(double[] d, double alpha)
                {
                    double dMin = d.Min();
            @DECL@
                    double prod = 1;
                    for (int j = 0; j < d.Length; j++) prod *= 1 + @K(d[j])@;
                    return prod;
                }
            """, "Math.Exp(-alpha * (x - dMin))", "double", new[] { "alpha", "dMin" }),

        // ---- bugs ----
        ["LandscapeMin2D"] = new("""
                public double[,] Run(double[,] d, double alpha)
                {
                    int n = d.GetLength(0), m = d.GetLength(1);
                    double dMin = double.MaxValue;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            if (d[i, j] < dMin) dMin = d[i, j]; //~ LG0001
            @DECL@
                    var p = new double[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = @K(d[i, j])@; row += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }
            """, "Math.Exp(-alpha * (x - dMin))", "double", new[] { "alpha", "dMin" }),
        ["LandscapeMinMathMin2D"] = new("""
                public double[,] Run(double[,] d, double alpha)
                {
                    int n = d.GetLength(0), m = d.GetLength(1);
                    double dMin = double.MaxValue;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            dMin = Math.Min(dMin, d[i, j]); //~ LG0001
            @DECL@
                    var p = new double[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = @K(d[i, j])@; row += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }
            """, "Math.Exp(-(x - dMin))", "double", new[] { "dMin" }),
        ["BatchMaxJagged"] = new("""
                public double[][] Run(double[][] u, double beta)
                {
                    double top = double.MinValue;
                    foreach (var r in u) foreach (var v in r) top = Math.Max(top, v); //~ LG0001
            @DECL@
                    var p = new double[u.Length][];
                    for (int i = 0; i < u.Length; i++)
                    {
                        p[i] = new double[u[i].Length];
                        double s = 0;
                        for (int j = 0; j < u[i].Length; j++) { p[i][j] = @K(u[i][j])@; s += p[i][j]; }
                        for (int j = 0; j < u[i].Length; j++) p[i][j] /= s;
                    }
                    return p;
                }
            """, "Math.Exp(beta * (x - top))", "double", new[] { "beta", "top" }),
        ["BatchMaxFlatStrideFloat"] = new("""
                public void Run(float[] x, float[] y, int rows, int cols, float t)
                {
                    float mx = float.MinValue;
                    for (int k = 0; k < rows * cols; k++) mx = MathF.Max(mx, x[k]); //~ LG0001
            @DECL@
                    for (int r = 0; r < rows; r++)
                    {
                        int o = r * cols;
                        float s = 0f;
                        for (int c = 0; c < cols; c++) { y[o + c] = @K(x[o + c])@; s += y[o + c]; }
                        for (int c = 0; c < cols; c++) y[o + c] /= s;
                    }
                }
            """, "MathF.Exp((x - mx) / t)", "float", new[] { "mx", "t" }),
        ["Unshifted1D"] = new("""
                public double[] Run(double[] u, double beta)
                {
            @DECL@
                    var p = new double[u.Length];
                    double s = 0;
                    for (int j = 0; j < u.Length; j++) { p[j] = @K(u[j])@; s += p[j]; } @X@
                    for (int j = 0; j < u.Length; j++) p[j] /= s;
                    return p;
                }
            """, "Math.Exp(beta * x)", "double", new[] { "beta" }, "LG0003"),
        ["Unshifted2D"] = new("""
                public double[,] Run(double[,] u, double beta)
                {
                    int n = u.GetLength(0), m = u.GetLength(1);
            @DECL@
                    var p = new double[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = @K(u[i, j])@; row += p[i, j]; } @X@
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }
            """, "Math.Exp(beta * x)", "double", new[] { "beta" }, "LG0003"),
        ["WholeBatchSum2D"] = new("""
                public double[,] Run(double[,] u, double beta)
                {
                    int n = u.GetLength(0), m = u.GetLength(1);
                    var p = new double[n, m];
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double top = double.MinValue;
                        for (int j = 0; j < m; j++) top = Math.Max(top, u[i, j]);
            @DECL@
                        for (int j = 0; j < m; j++) { p[i, j] = @K(u[i, j])@; total += p[i, j]; } //~ LG0002
                    }
                    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) p[i, j] /= total;
                    return p;
                }
            """, "Math.Exp(beta * (x - top))", "double", new[] { "beta", "top" }),
        ["ColumnMax2D"] = new("""
                public double[,] Run(double[,] u, double beta)
                {
                    int n = u.GetLength(0), m = u.GetLength(1);
                    var p = new double[n, m];
                    var colMax = new double[m];
                    for (int j = 0; j < m; j++)
                    {
                        colMax[j] = double.MinValue;
                        for (int i = 0; i < n; i++) colMax[j] = Math.Max(colMax[j], u[i, j]); //~ LG0004
                    }
            @DECL@
                    for (int i = 0; i < n; i++)
                    {
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = @K(u[i, j], colMax[j])@; row += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }
            """, "Math.Exp(beta * (x - s))", "double", new[] { "beta" }),
    };

    public static TheoryData<string, string> SilentCases() => CasesWhere(id => !HasFinding(Cases[id]));

    public static TheoryData<string, string> BuggyCases() => CasesWhere(id => HasFinding(Cases[id]));

    private static bool HasFinding(Case c) => c.Method.Contains("//~", StringComparison.Ordinal) || c.ExpId.Length > 0;

    private static TheoryData<string, string> CasesWhere(Func<string, bool> keep)
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Cases.Keys.Where(keep))
        {
            foreach (var placement in Placements)
            {
                data.Add(id, placement);
            }
        }

        return data;
    }

    /// <summary>Correct kernels called per element: silent, as their inline twins.</summary>
    [Theory]
    [MemberData(nameof(SilentCases))]
    public async Task CorrectKernelCall_IsSilentLikeItsInlineTwin(string id, string placement) =>
        await AssertSameAsInlineTwin(Cases[id], placement);

    /// <summary>Buggy kernels called per element: reported like their inline twins.</summary>
    [Theory]
    [MemberData(nameof(BuggyCases))]
    public async Task BuggyKernelCall_IsReportedLikeItsInlineTwin(string id, string placement) =>
        await AssertSameAsInlineTwin(Cases[id], placement);

    /// <summary>The HeldOut51 reproduction and its per-source twin, verbatim.</summary>
    [Fact]
    public async Task HeldOut51Reproduction()
    {
        const string source = """
            using System;

            public static class Repro
            {
                public static double[,] Buggy(double[,] d, double alpha)
                {
                    int n = d.GetLength(0), m = d.GetLength(1);
                    double dMin = double.MaxValue;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            if (d[i, j] < dMin) dMin = d[i, j]; //~ LG0001
                    double Kernel(double x) => Math.Exp(-alpha * (x - dMin));
                    var p = new double[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = Kernel(d[i, j]); row += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }

                public static double[,] Correct(double[,] d, double alpha)
                {
                    int n = d.GetLength(0), m = d.GetLength(1);
                    var p = new double[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        double dMin = double.MaxValue;
                        for (int j = 0; j < m; j++) if (d[i, j] < dMin) dMin = d[i, j];
                        double Kernel(double x) => Math.Exp(-alpha * (x - dMin));
                        double row = 0;
                        for (int j = 0; j < m; j++) { p[i, j] = Kernel(d[i, j]); row += p[i, j]; }
                        for (int j = 0; j < m; j++) p[i, j] /= row;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Kernels that are not read as an exp at the call, silent as on main: a lambda local assigned twice, a kernel that
    /// writes its parameter, and kernels whose exponent is not arithmetic (a magnitude, a clamp: bounded exps).
    /// </summary>
    [Theory]
    [InlineData("Func<double, double> kernel = x => Math.Exp(beta * x); if (beta < 0) kernel = x => Math.Exp(-beta * x);", "kernel(u[j])")]
    [InlineData("double Kernel(double x) { x = Math.Min(x, 50); return Math.Exp(beta * x); }", "Kernel(u[j])")]
    [InlineData("double Kernel(double x) => Math.Exp(-Math.Abs(x) / beta);", "Kernel(u[j])")]
    [InlineData("Func<double, double> kernel = x => Math.Exp(Math.Min(x, 50) / beta);", "kernel(u[j])")]
    public async Task KernelsNotReadAsAnExp_StaySilent(string declaration, string call)
    {
        var source = $$"""
            using System;

            public static class C
            {
                public static double[] Run(double[] u, double beta)
                {
                    {{declaration}}
                    var p = new double[u.Length];
                    double s = 0;
                    for (int j = 0; j < u.Length; j++) { p[j] = {{call}}; s += p[j]; }
                    for (int j = 0; j < u.Length; j++) p[j] /= s;
                    return p;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    private static async Task AssertSameAsInlineTwin(Case c, string placement)
    {
        var twin = Render(c, placement, inline: true);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(twin);

        var called = Render(c, placement, inline: false);
        var compilation = FixRunner.CompileRecreation(called);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        // A kernel's findings are at its call (docs/rules/LG0003.md): the call spelling reports at the twin's lines.
        var actual = diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}").OrderBy(e => e, StringComparer.Ordinal).ToList();
        var expected = SourceMarkers.ExpectedMarkers(twin).Select(marker => $"{marker.Id}@{marker.Line}").OrderBy(e => e, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    /// <summary>The case's source with the kernel called in <paramref name="placement"/>, or its exp written inline.</summary>
    private static string Render(Case c, string placement, bool inline)
    {
        var type = c.Type;
        var isMethod = placement is "staticMethod" or "instanceMethod";

        // The parameters a kernel takes: the element, the extra arguments the case passes, and for a method or an
        // argument-taking local function the captured names.
        var extra = ExtraArgumentNames(c);
        var takesCaptures = isMethod || placement == "localArgs";
        var parameters = new List<string> { "x" };
        parameters.AddRange(extra);
        if (takesCaptures)
        {
            parameters.AddRange(c.Captures);
        }

        var signature = string.Join(", ", parameters.Select(name => $"{type} {name}"));
        var funcType = $"Func<{string.Join(", ", parameters.Select(_ => type))}, {type}>";
        var lambdaParameters = parameters.Count == 1 ? "x" : "(" + string.Join(", ", parameters) + ")";
        var declaration = placement switch
        {
            "local" or "localArgs" => $"{type} Kernel({signature}) => {c.Body}; /*kernel*/",
            "localBlock" => $"{type} Kernel({signature}) {{ return {c.Body}; }} /*kernel*/",
            "func" or "funcInvoke" => $"{funcType} kernel = {lambdaParameters} => {c.Body}; /*kernel*/",
            "staticMethod" => $"private static {type} Kernel({signature}) => {c.Body}; /*kernel*/",
            "instanceMethod" => $"private {type} Kernel({signature}) => {c.Body}; /*kernel*/",
            _ => throw new ArgumentOutOfRangeException(nameof(placement)),
        };

        var method = Regex.Replace(c.Method, @"@K\((.*?)\)@", match =>
        {
            var arguments = SplitArguments(match.Groups[1].Value);
            if (inline)
            {
                var names = new List<string> { "x" };
                names.AddRange(extra);
                var body = c.Body;
                for (var k = 0; k < names.Count; k++)
                {
                    body = Regex.Replace(body, $@"\b{names[k]}\b", "(" + arguments[k].Replace("$", "$$", StringComparison.Ordinal) + ")");
                }

                return body;
            }

            var passed = new List<string>(arguments);
            if (takesCaptures)
            {
                passed.AddRange(c.Captures);
            }

            var callee = placement switch
            {
                "func" => "kernel",
                "funcInvoke" => "kernel.Invoke",
                _ => "Kernel",
            };
            return $"{callee}({string.Join(", ", passed)})";
        });
        method = method.Replace("@X@", c.ExpId.Length > 0 ? "//~ " + c.ExpId : string.Empty, StringComparison.Ordinal);
        var localDeclaration = inline || isMethod ? string.Empty : declaration;
        method = method.Replace("@DECL@", "            " + localDeclaration, StringComparison.Ordinal);
        var member = inline || !isMethod ? string.Empty : declaration;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public class Kernels
            {
                {{member}}
            {{method}}
            }
            """;
    }

    /// <summary>The names of a case's extra kernel parameters: <c>s</c>, <c>s2</c>… for each argument after the first.</summary>
    private static List<string> ExtraArgumentNames(Case c)
    {
        var match = Regex.Match(c.Method, @"@K\((.*?)\)@");
        var count = SplitArguments(match.Groups[1].Value).Count - 1;
        return Enumerable.Range(0, count).Select(k => k == 0 ? "s" : "s" + (k + 1)).ToList();
    }

    /// <summary>Top-level comma-separated arguments (commas inside brackets belong to an index).</summary>
    private static List<string> SplitArguments(string text)
    {
        var result = new List<string>();
        var depth = 0;
        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            switch (text[k])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    result.Add(text[start..k].Trim());
                    start = k + 1;
                    break;
            }
        }

        result.Add(text[start..].Trim());
        return result;
    }
}
