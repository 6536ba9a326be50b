using System.Globalization;
using System.Text.RegularExpressions;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Where a kernel call's findings are reported (kernelcall round 2): a kernel substituted at its call (a local function,
/// a static local function, a <c>Func</c> local called or <c>Invoke</c>d, a static or instance method) has its findings on
/// the CALL, where LayerGen reports a helper's findings (docs/rules/LG0003.md; HeldOut22/25/26/30 mark the call), never at
/// the exp inside the kernel, and the LG0003 message names the kernel as for an exp helper (<c>'Kernels.Kernel'
/// exponentiates 'u[j]'</c>). Buggy spellings mark the call line (<c>//~</c>); correct spellings (shifted by the row's
/// maximum, captured or passed in the argument) stay silent in every kind and layout.
/// </summary>
public class SoftmaxModelKernelCallLocationTests
{
    /// <summary>How the kernel is declared and called.</summary>
    public static readonly string[] Kinds =
    {
        "local", "localBlock", "staticLocal", "func", "funcInvoke", "staticMethod", "instanceMethod",
    };

    /// <summary>
    /// A case: the method (<c>@DECL@</c> on its own line where a local kernel is declared, <c>@K(args)@</c> for the
    /// call), the kernel's body in its parameters (<c>x</c>, then <c>Captures</c>), the element type, and the names a
    /// kernel that captures nothing (a static local function, a method) takes as extra parameters.
    /// </summary>
    private sealed record Case(string Method, string Body, string Type, string[] Parameters, string[] Captures);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // ---- buggy: no maximum subtracted, LG0003 at the call ----
        ["Raw1D"] = new("""
                public double[] Run(double[] u, double beta)
                {
            @DECL@
                    var p = new double[u.Length];
                    double s = 0;
                    for (int j = 0; j < u.Length; j++) { p[j] = @K(u[j])@; s += p[j]; } //~ LG0003
                    for (int j = 0; j < u.Length; j++) p[j] /= s;
                    return p;
                }
            """, "Math.Exp(beta * x)", "double", new[] { "x" }, new[] { "beta" }),
        ["RawJaggedFloat"] = new("""
                public float[][] Run(float[][] logits, float t)
                {
            @DECL@
                    var probs = new float[logits.Length][];
                    for (int a = 0; a < logits.Length; a++)
                    {
                        var row = logits[a];
                        probs[a] = new float[row.Length];
                        float total = 0f;
                        for (int v = 0; v < row.Length; v++)
                        {
                            probs[a][v] = @K(row[v])@; //~ LG0003
                            total += probs[a][v];
                        }
                        for (int v = 0; v < row.Length; v++) probs[a][v] /= total;
                    }
                    return probs;
                }
            """, "MathF.Exp(x / t)", "float", new[] { "x" }, new[] { "t" }),
        ["RawFlatStrideFloat"] = new("""
                public void Run(float[] x, float[] y, int rows, int cols, float t)
                {
            @DECL@
                    for (int r = 0; r < rows; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            y[r * cols + c] = @K(x[r * cols + c])@; //~ LG0003
                            sum += y[r * cols + c];
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                    }
                }
            """, "MathF.Exp(x / t)", "float", new[] { "x" }, new[] { "t" }),
        ["RawListForeach"] = new("""
                public List<double> Run(List<double> scores, double beta)
                {
            @DECL@
                    var w = new List<double>(scores.Count);
                    double s = 0;
                    foreach (var v in scores)
                    {
                        var e = @K(v)@; //~ LG0003
                        w.Add(e);
                        s += e;
                    }
                    for (int k = 0; k < w.Count; k++) w[k] /= s;
                    return w;
                }
            """, "Math.Exp(beta * x)", "double", new[] { "x" }, new[] { "beta" }),
        ["RawTwoParameters"] = new("""
                public float[] Run(float[] row, float temperature)
                {
            @DECL@
                    var p = new float[row.Length];
                    float s = 0f;
                    for (int a = 0; a < row.Length; a++)
                    {
                        p[a] = @K(row[a], temperature)@; //~ LG0003
                        s += p[a];
                    }
                    for (int a = 0; a < row.Length; a++) p[a] /= s;
                    return p;
                }
            """, "MathF.Exp(z / t)", "float", new[] { "z", "t" }, Array.Empty<string>()),

        // ---- correct: shifted by the row's maximum, silent ----
        ["Shifted1DCaptured"] = new("""
                public double[] Run(double[] u, double beta)
                {
                    double m = u.Max();
            @DECL@
                    var p = new double[u.Length];
                    double s = 0;
                    for (int j = 0; j < u.Length; j++) { p[j] = @K(u[j])@; s += p[j]; }
                    for (int j = 0; j < u.Length; j++) p[j] /= s;
                    return p;
                }
            """, "Math.Exp(beta * (x - m))", "double", new[] { "x" }, new[] { "beta", "m" }),
        ["ShiftedJaggedInArgument"] = new("""
                public float[][] Run(float[][] logits, float t)
                {
            @DECL@
                    var probs = new float[logits.Length][];
                    for (int a = 0; a < logits.Length; a++)
                    {
                        var row = logits[a];
                        float top = float.NegativeInfinity;
                        for (int v = 0; v < row.Length; v++) top = MathF.Max(top, row[v]);
                        probs[a] = new float[row.Length];
                        float total = 0f;
                        for (int v = 0; v < row.Length; v++)
                        {
                            probs[a][v] = @K(row[v] - top)@;
                            total += probs[a][v];
                        }
                        for (int v = 0; v < row.Length; v++) probs[a][v] /= total;
                    }
                    return probs;
                }
            """, "MathF.Exp(x / t)", "float", new[] { "x" }, new[] { "t" }),
        ["ShiftedFlatStrideTwoParameters"] = new("""
                public void Run(float[] x, float[] y, int rows, int cols, float t)
                {
            @DECL@
                    for (int r = 0; r < rows; r++)
                    {
                        float max = float.MinValue;
                        for (int c = 0; c < cols; c++) if (x[r * cols + c] > max) max = x[r * cols + c];
                        float sum = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            y[r * cols + c] = @K(x[r * cols + c] - max, t)@;
                            sum += y[r * cols + c];
                        }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
                    }
                }
            """, "MathF.Exp(z / u)", "float", new[] { "z", "u" }, Array.Empty<string>()),
        ["ShiftedListForeachCaptured"] = new("""
                public List<double> Run(List<double> scores, double beta)
                {
                    double best = scores.Max();
            @DECL@
                    var w = new List<double>(scores.Count);
                    double s = 0;
                    foreach (var v in scores)
                    {
                        var e = @K(v)@;
                        w.Add(e);
                        s += e;
                    }
                    for (int k = 0; k < w.Count; k++) w[k] /= s;
                    return w;
                }
            """, "Math.Exp(beta * (x - best))", "double", new[] { "x" }, new[] { "beta", "best" }),
    };

    public static TheoryData<string, string> BuggyCases() => CasesWhere(id => Cases[id].Method.Contains("//~", StringComparison.Ordinal));

    public static TheoryData<string, string> CorrectCases() => CasesWhere(id => !Cases[id].Method.Contains("//~", StringComparison.Ordinal));

    private static TheoryData<string, string> CasesWhere(Func<string, bool> keep)
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Cases.Keys.Where(keep))
        {
            foreach (var kind in Kinds)
            {
                data.Add(id, kind);
            }
        }

        return data;
    }

    /// <summary>An un-shifted kernel exp is reported at the call line, nothing at the kernel's own line.</summary>
    [Theory]
    [MemberData(nameof(BuggyCases))]
    public async Task UnshiftedKernelExp_IsReportedAtTheCall(string id, string kind) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Render(Cases[id], kind));

    /// <summary>A kernel shifted by the row's maximum (captured, passed, or in the argument) stays silent.</summary>
    [Theory]
    [MemberData(nameof(CorrectCases))]
    public async Task ShiftedKernelExp_StaysSilent(string id, string kind) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Render(Cases[id], kind));

    /// <summary>
    /// The LG0003 message names the kernel as main names an exp helper: <c>'Type.Name'</c> for a local function or a
    /// method, the delegate local for a lambda; the exponent is the call's one argument on one line, or for several
    /// arguments the exponent they make (review48: the call's text was a worse name than the exponent).
    /// </summary>
    [Theory]
    [InlineData("Raw1D", "local", "'Kernels.Kernel' exponentiates 'u[j]'")]
    [InlineData("Raw1D", "staticMethod", "'Kernels.Kernel' exponentiates 'beta * u[j]'")]
    [InlineData("Raw1D", "func", "'kernel' exponentiates 'u[j]'")]
    [InlineData("Raw1D", "funcInvoke", "'kernel' exponentiates 'u[j]'")]
    [InlineData("RawTwoParameters", "local", "'Kernels.Kernel' exponentiates 'row[a] / temperature'")]
    public async Task KernelMessage_NamesTheKernel(string id, string kind, string expected)
    {
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(Render(Cases[id], kind)));
        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith(expected, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>
    /// A delegate local is a kernel only when every reference but its declaration calls it: a lambda replaced by a
    /// deconstruction, a parenthesised assignment or through a <c>ref</c> alias before the calls is not the lambda the
    /// calls run (review48 M16, M16b, M16d: each replaces an unshifted lambda by a shifted one; silent as on main).
    /// </summary>
    [Theory]
    [InlineData("(k, label) = ((Func<double, double>)(v => Math.Exp((v - m) / t)), \"stable\");")]
    [InlineData("(k) = v => Math.Exp((v - m) / t);")]
    [InlineData("ref Func<double, double> alias = ref k; alias = v => Math.Exp((v - m) / t);")]
    [InlineData("Replace(ref k, m, t);")]
    [InlineData("k = Shifted(m, t);")]
    public async Task DelegateLocalReplacedBeforeTheCalls_IsNoKernel(string replacement)
    {
        var source = """
            using System;
            using System.Linq;

            public static class S
            {
                public static double[] Run(double[] x, double t)
                {
                    double m = x.Max();
                    string label = "raw";
                    Func<double, double> k = v => Math.Exp(v / t);
                    @REPLACE@
                    var p = new double[x.Length];
                    double s = 0;
                    for (int j = 0; j < x.Length; j++) { p[j] = k(x[j]); s += p[j]; }
                    for (int j = 0; j < x.Length; j++) p[j] /= s;
                    Console.WriteLine(label);
                    return p;
                }

                private static void Replace(ref Func<double, double> k, double m, double t) => k = v => Math.Exp((v - m) / t);

                private static Func<double, double> Shifted(double m, double t) => v => Math.Exp((v - m) / t);
            }
            """.Replace("@REPLACE@", replacement, StringComparison.Ordinal);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>An argument written over several lines is named on one line in the message (review48 M52).</summary>
    [Fact]
    public async Task KernelMessage_ArgumentOverSeveralLines_IsOneLine()
    {
        const string source = """
            using System;

            public static class S
            {
                public static double[] Run(double[] u, double[] b, double beta)
                {
                    double Kernel(double d) => Math.Exp(beta * d);
                    var p = new double[u.Length];
                    double s = 0;
                    for (int j = 0; j < u.Length; j++)
                    {
                        p[j] = Kernel(u[j]
                                      + b[j]);
                        s += p[j];
                    }
                    for (int j = 0; j < u.Length; j++) p[j] /= s;
                    return p;
                }
            }
            """;
        var diagnostic = Assert.Single(await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source)));
        Assert.StartsWith("'S.Kernel' exponentiates 'u[j] + b[j]'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>
    /// The HeldOut53 shape (<c>VariantKernel_LocalFunctionRaw</c>): a local function scaled by a captured property,
    /// called per arm of a <c>List&lt;double[]&gt;</c>, is reported at the call; shifted by the arm row's max, silent.
    /// </summary>
    [Fact]
    public async Task CapturedPropertyKernel_AtTheCall()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public sealed class Explorer
            {
                public double Temperature { get; init; } = 1.0;

                public List<double[]> Buggy(List<double[]> values)
                {
                    double Weight(double q) => Math.Exp(q / Temperature);
                    var result = new List<double[]>(values.Count);
                    foreach (double[] arms in values)
                    {
                        var w = new double[arms.Length];
                        double total = 0;
                        for (int a = 0; a < arms.Length; a++) { w[a] = Weight(arms[a]); total += w[a]; } //~ LG0003
                        for (int a = 0; a < arms.Length; a++) w[a] /= total;
                        result.Add(w);
                    }
                    return result;
                }

                public List<double[]> Correct(List<double[]> values)
                {
                    double Weight(double q, double top) => Math.Exp((q - top) / Temperature);
                    var result = new List<double[]>(values.Count);
                    foreach (double[] arms in values)
                    {
                        double top = arms.Max();
                        var w = new double[arms.Length];
                        double total = 0;
                        for (int a = 0; a < arms.Length; a++) { w[a] = Weight(arms[a], top); total += w[a]; }
                        for (int a = 0; a < arms.Length; a++) w[a] /= total;
                        result.Add(w);
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The case's source with its kernel declared and called as <paramref name="kind"/>.</summary>
    private static string Render(Case c, string kind)
    {
        var isMethod = kind is "staticMethod" or "instanceMethod";
        var takesCaptures = isMethod || kind == "staticLocal";
        var parameters = new List<string>(c.Parameters);
        if (takesCaptures)
        {
            parameters.AddRange(c.Captures);
        }

        var signature = string.Join(", ", parameters.Select(name => $"{c.Type} {name}"));
        var funcType = $"Func<{string.Join(", ", parameters.Select(_ => c.Type))}, {c.Type}>";
        var lambdaParameters = parameters.Count == 1 ? parameters[0] : "(" + string.Join(", ", parameters) + ")";
        var declaration = kind switch
        {
            "local" => $"{c.Type} Kernel({signature}) => {c.Body};",
            "localBlock" => $"{c.Type} Kernel({signature}) {{ return {c.Body}; }}",
            "staticLocal" => $"static {c.Type} Kernel({signature}) => {c.Body};",
            "func" or "funcInvoke" => $"{funcType} kernel = {lambdaParameters} => {c.Body};",
            "staticMethod" => $"private static {c.Type} Kernel({signature}) => {c.Body};",
            "instanceMethod" => $"private {c.Type} Kernel({signature}) => {c.Body};",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var callee = kind switch
        {
            "func" => "kernel",
            "funcInvoke" => "kernel.Invoke",
            _ => "Kernel",
        };
        var method = Regex.Replace(c.Method, @"@K\((.*?)\)@", match =>
        {
            var arguments = match.Groups[1].Value + (takesCaptures && c.Captures.Length > 0 ? ", " + string.Join(", ", c.Captures) : string.Empty);
            return $"{callee}({arguments})";
        });
        method = method.Replace("@DECL@", isMethod ? string.Empty : "        " + declaration, StringComparison.Ordinal);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public class Kernels
            {
                {{(isMethod ? declaration : string.Empty)}}
            {{method}}
            }
            """;
    }
}
