using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A user helper that returns the larger (or the smaller) of its two parameters by a comparison is read as
/// <c>Math.Max</c> (<c>Math.Min</c>), as a helper forwarding to <c>Math.Max</c> already was (HeldOut46's blind miss
/// <c>UtilityAi_TotalOverAllNpcs</c>: a Unity-style <c>Mathf.Max(float a, float b) =&gt; a &gt; b ? a : b</c>). The
/// direction comes from the body (<c>a &gt; b ? b : a</c> is a min), so a per-row max through the helper is a per-row
/// max: one total over every row is LG0002 (not the whole-buffer LG0008), a whole-table max with per-row sums LG0001, a
/// per-column max with per-row sums LG0004, and the per-row twin stays silent, in every layout. A helper that does
/// anything else (<c>a &gt; b ? a - b : 0</c>, three parameters, a cast on a branch) is no extremum.
/// </summary>
public class SoftmaxModelComparedExtremumHelperTests
{
    /// <summary>Spellings of a max of two parameters (the body after the signature).</summary>
    public static TheoryData<string> MaxBodies => new()
    {
        "=> a > b ? a : b;",
        "=> a >= b ? a : b;",
        "=> a < b ? b : a;",
        "=> b > a ? b : a;",
        "=> b <= a ? a : b;",
        "=> (a > b) ? (a) : (b);",
        "{ return a < b ? b : a; }",
        "{ if (a > b) return a; return b; }",
        "{ if (a > b) return a; else return b; }",
        "{ if (a >= b) { return a; } else { return b; } }",
        "{ if (b < a) { return a; } return b; }",
    };

    /// <summary>The HeldOut46 miss and its per-row twin, row-major, for every spelling of the helper.</summary>
    [Theory]
    [MemberData(nameof(MaxBodies))]
    public async Task TableTotalThroughComparedMax_IsLG0002_PerRowTwinSilent(string body)
    {
        var source = $$"""
            using System;

            public static class Mathf
            {
                public static float Max(float a, float b) {{body}}
            }

            public static class Repro
            {
                public static void PerRow(float[,] u, float[,] p)
                {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    for (int i = 0; i < n; i++)
                    {
                        float best = u[i, 0];
                        for (int j = 1; j < k; j++) best = Mathf.Max(best, u[i, j]);
                        float total = 0f;
                        for (int j = 0; j < k; j++) { p[i, j] = MathF.Exp(u[i, j] - best); total += p[i, j]; }
                        for (int j = 0; j < k; j++) p[i, j] /= total;
                    }
                }

                public static void TableTotal(float[,] u, float[,] p)
                {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    float total = 0f;
                    for (int i = 0; i < n; i++)
                    {
                        float best = u[i, 0];
                        for (int j = 1; j < k; j++) best = Mathf.Max(best, u[i, j]);
                        for (int j = 0; j < k; j++) { p[i, j] = MathF.Exp(u[i, j] - best); total += p[i, j]; } //~ LG0002
                    }
                    for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) p[i, j] /= total;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Where the helper lives and what it folds: double, a generic <c>T : INumber&lt;T&gt;</c>, another name, a private
    /// instance method of the type, a local function; <c>{0}</c> is the helper's call on the running max and the element.
    /// </summary>
    [Theory]
    [InlineData("public static class Util { public static double Max(double a, double b) => a > b ? a : b; }", "", "Util.Max({0}, {1})", "double")]
    [InlineData("public static class Util { public static double Larger(double a, double b) { if (a > b) return a; return b; } }", "", "Util.Larger({0}, {1})", "double")]
    [InlineData("public static class Util { public static T Max<T>(T a, T b) where T : System.Numerics.INumber<T> => a > b ? a : b; }", "", "Util.Max({0}, {1})", "double")]
    [InlineData("public static class Util { public static T Pick<T>(T x, T y) where T : System.Numerics.INumber<T> { return x < y ? y : x; } }", "", "Util.Pick({0}, {1})", "float")]
    [InlineData("", "private static float Max(float a, float b) => a > b ? a : b;", "Max({0}, {1})", "float")]
    [InlineData("", "private float Larger(float a, float b) => b > a ? b : a;", "Larger({0}, {1})", "float")]
    [InlineData("", "LOCAL static double max(double a, double b) => a >= b ? a : b;", "max({0}, {1})", "double")]
    [InlineData("", "LOCAL float Max(float a, float b) { if (a > b) return a; else return b; }", "Max({0}, {1})", "float")]
    public async Task HelperKinds_TableTotalIsLG0002_PerRowSilent(string outside, string member, string call, string type)
    {
        var local = member.StartsWith("LOCAL ", StringComparison.Ordinal) ? member["LOCAL ".Length..] : "";
        var inType = local.Length == 0 ? member : "";
        var fold = string.Format(System.Globalization.CultureInfo.InvariantCulture, call, "best", "u[i, j]");
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var source = $$"""
            using System;

            {{outside}}

            public sealed class Repro
            {
                {{inType}}

                public void PerRow({{type}}[,] u, {{type}}[,] p)
                {
                    {{local}}
                    int n = u.GetLength(0), k = u.GetLength(1);
                    for (int i = 0; i < n; i++)
                    {
                        {{type}} best = u[i, 0];
                        for (int j = 1; j < k; j++) best = {{fold}};
                        {{type}} total = 0;
                        for (int j = 0; j < k; j++) { p[i, j] = {{exp}}(u[i, j] - best); total += p[i, j]; }
                        for (int j = 0; j < k; j++) p[i, j] /= total;
                    }
                }

                public void TableTotal({{type}}[,] u, {{type}}[,] p)
                {
                    {{local}}
                    int n = u.GetLength(0), k = u.GetLength(1);
                    {{type}} total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        {{type}} best = u[i, 0];
                        for (int j = 1; j < k; j++) best = {{fold}};
                        for (int j = 0; j < k; j++) { p[i, j] = {{exp}}(u[i, j] - best); total += p[i, j]; } //~ LG0002
                    }
                    for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) p[i, j] /= total;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The helper in another file of the project (its body read from syntax alone): the same findings.</summary>
    [Fact]
    public async Task HelperInAnotherFile_TableTotalIsLG0002_PerRowSilent()
    {
        const string helperFile = """
            namespace Game;

            public static class Mathf
            {
                public static float Max(float a, float b) => a > b ? a : b;
            }
            """;
        var source = """
            using System;
            using Game;

            public static class Repro
            {
                public static void PerRow(float[][] u, float[][] p)
                {
                    for (int i = 0; i < u.Length; i++)
                    {
                        float best = u[i][0];
                        for (int j = 1; j < u[i].Length; j++) best = Mathf.Max(best, u[i][j]);
                        float total = 0f;
                        for (int j = 0; j < u[i].Length; j++) { p[i][j] = MathF.Exp(u[i][j] - best); total += p[i][j]; }
                        for (int j = 0; j < u[i].Length; j++) p[i][j] /= total;
                    }
                }

                public static void TableTotal(float[][] u, float[][] p)
                {
                    float total = 0f;
                    for (int i = 0; i < u.Length; i++)
                    {
                        float best = u[i][0];
                        for (int j = 1; j < u[i].Length; j++) best = Mathf.Max(best, u[i][j]);
                        for (int j = 0; j < u[i].Length; j++) { p[i][j] = MathF.Exp(u[i][j] - best); total += p[i][j]; } //~ LG0002
                    }
                    for (int i = 0; i < u.Length; i++) for (int j = 0; j < u[i].Length; j++) p[i][j] /= total;
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source, helperFile);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var actual = (await FixRunner.AnalyzeAsync(compilation))
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), actual);
    }

    /// <summary>Other layouts with the ternary helper: jagged, flat with a stride, a list of rows; bug and twin.</summary>
    [Theory]
    [InlineData("Jagged")]
    [InlineData("Flat")]
    [InlineData("List")]
    public async Task Layouts_TableTotalIsLG0002_PerRowSilent(string layout)
    {
        var (parameters, rows, cols, at) = layout switch
        {
            "Jagged" => ("float[][] u, float[][] p", "u.Length", "u[0].Length", "{0}[i][j]"),
            "Flat" => ("float[] u, float[] p, int rows, int cols", "rows", "cols", "{0}[i * cols + j]"),
            _ => ("System.Collections.Generic.List<float[]> u, System.Collections.Generic.List<float[]> p", "u.Count", "u[0].Length", "{0}[i][j]"),
        };
        string U(string j) => string.Format(System.Globalization.CultureInfo.InvariantCulture, at, "u").Replace("j]", j + "]", StringComparison.Ordinal);
        string P(string j) => string.Format(System.Globalization.CultureInfo.InvariantCulture, at, "p").Replace("j]", j + "]", StringComparison.Ordinal);
        var source = $$"""
            using System;

            public static class Mathf
            {
                public static float Max(float a, float b) => a > b ? a : b;
            }

            public static class Repro
            {
                public static void PerRow({{parameters}})
                {
                    int n = {{rows}}, k = {{cols}};
                    for (int i = 0; i < n; i++)
                    {
                        float best = {{U("0")}};
                        for (int j = 1; j < k; j++) best = Mathf.Max(best, {{U("j")}});
                        float total = 0f;
                        for (int j = 0; j < k; j++) { {{P("j")}} = MathF.Exp({{U("j")}} - best); total += {{P("j")}}; }
                        for (int j = 0; j < k; j++) {{P("j")}} /= total;
                    }
                }

                public static void TableTotal({{parameters}})
                {
                    int n = {{rows}}, k = {{cols}};
                    float total = 0f;
                    for (int i = 0; i < n; i++)
                    {
                        float best = {{U("0")}};
                        for (int j = 1; j < k; j++) best = Mathf.Max(best, {{U("j")}});
                        for (int j = 0; j < k; j++) { {{P("j")}} = MathF.Exp({{U("j")}} - best); total += {{P("j")}}; } //~ LG0002
                    }
                    for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) {{P("j")}} /= total;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A whole-table max through the helper with per-row sums (LG0001), a per-column max with per-row sums (LG0004), a
    /// raw exp beside the helper (LG0003): the same findings as with <c>MathF.Max</c> written in the helper's place.
    /// </summary>
    [Theory]
    [InlineData("TableMax", "LG0001")]
    [InlineData("JaggedTableMax", "LG0001")]
    [InlineData("ColumnMax", "LG0004")]
    [InlineData("JaggedColumnMax", "LG0004")]
    [InlineData("RawExp", "LG0003")]
    public async Task OtherRules_AsWithTheSystemMax(string shape, string expected)
    {
        var withHelper = await SourceMarkers.ReportedIdsAtLinesAsync(OtherRuleSource(shape, "Mathf.Max"));
        var withSystem = await SourceMarkers.ReportedIdsAtLinesAsync(OtherRuleSource(shape, "MathF.Max"));
        Assert.Equal(withSystem, withHelper);
        Assert.Contains(expected, withHelper.Select(entry => entry.Split('@')[0]));
    }

    /// <summary>
    /// Direction: a min helper (<c>a &gt; b ? b : a</c>, <c>a &lt; b ? a : b</c>, an upper clamp) folded where a max
    /// belongs is read as <c>MathF.Min</c> (an exp of <c>x - min</c> overflows on a wide row: still reported), never as a max.
    /// </summary>
    [Theory]
    [InlineData("=> a > b ? b : a;")]
    [InlineData("=> a < b ? a : b;")]
    [InlineData("{ if (a < b) return a; return b; }")]
    public async Task MinHelper_FoldedAsTheShift_ReadsAsTheSystemMin(string body)
    {
        string Source(string call) => $$"""
            using System;

            public static class Mathf
            {
                public static float Cap(float a, float b) {{body}}
            }

            public static class Repro
            {
                public static void PerRow(float[,] u, float[,] p)
                {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    for (int i = 0; i < n; i++)
                    {
                        float low = u[i, 0];
                        for (int j = 1; j < k; j++) low = {{call}}(low, u[i, j]);
                        float total = 0f;
                        for (int j = 0; j < k; j++) { p[i, j] = MathF.Exp(u[i, j] - low); total += p[i, j]; }
                        for (int j = 0; j < k; j++) p[i, j] /= total;
                    }
                }
            }
            """;
        var withHelper = await SourceMarkers.ReportedIdsAtLinesAsync(Source("Mathf.Cap"));
        Assert.Equal(await SourceMarkers.ReportedIdsAtLinesAsync(Source("MathF.Min")), withHelper);
        Assert.NotEmpty(withHelper);
    }

    /// <summary>The reading itself, on every spelling: max, min, or neither.</summary>
    [Fact]
    public void ExtremumFunction_ReadsTheDirectionFromTheBody()
    {
        const string source = """
            using System;
            using System.Numerics;

            public static class H
            {
                public static float M1(float a, float b) => a > b ? a : b;
                public static float M2(float a, float b) => a < b ? b : a;
                public static double M3(double a, double b) { if (a >= b) return a; return b; }
                public static int M4(int a, int b) { if (b > a) { return b; } else { return a; } }
                public static T M5<T>(T a, T b) where T : INumber<T> => a > b ? a : b;
                public static float M6(float x, float y) => Math.Max(x, y);
                public static float N1(float a, float b) => a > b ? b : a;
                public static float N2(float a, float b) { return a < b ? a : b; }
                public static float N3(float v, float hi) => v > hi ? hi : v;
                public static float N4(float a, float b) => MathF.Min(a, b);
                public static float X1(float a, float b) => a > b ? a - b : 0f;
                public static float X2(float a, float b) => a > b ? a : a;
                public static float X3(float v, float lo, float hi) => v < lo ? lo : v > hi ? hi : v;
                public static float X4(float a, float b) => a > 0 ? a : b;
                public static float X5(float a, float b) => a == b ? a : b;
                public static float X6(float a, float b) => a > b ? a : -b;
                public static float X7(ref float a, float b) => a > b ? a : b;
                public static double X8(float a, float b) => a > b ? a : b;
                public static float X9(float a, float b) { if (a > b) return a; a = 0; return b; }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var type = compilation.GetTypeByMetadataName("H")!;
        var read = type.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary)
            .Select(m => $"{m.Name}:{SystemMathForwarders.ExtremumFunction(m) ?? "-"}");
        Assert.Equal(
            "M1:Max M2:Max M3:Max M4:Max M5:Max M6:Max N1:Min N2:Min N3:Min N4:Min X1:- X2:- X3:- X4:- X5:- X6:- X7:- X8:- X9:-",
            string.Join(" ", read));
    }

    private static string OtherRuleSource(string shape, string max) => shape switch
    {
        "TableMax" => $$"""
            using System;
            public static class Mathf { public static float Max(float a, float b) => a > b ? a : b; }
            public static class Repro
            {
                public static void F(float[,] u, float[,] p)
                {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    float best = float.NegativeInfinity;
                    for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) best = {{max}}(best, u[i, j]);
                    for (int i = 0; i < n; i++)
                    {
                        float total = 0f;
                        for (int j = 0; j < k; j++) { p[i, j] = MathF.Exp(u[i, j] - best); total += p[i, j]; }
                        for (int j = 0; j < k; j++) p[i, j] /= total;
                    }
                }
            }
            """,
        "JaggedTableMax" => $$"""
            using System;
            public static class Mathf { public static float Max(float a, float b) { if (a > b) return a; return b; } }
            public static class Repro
            {
                public static void F(float[][] u, float[][] p)
                {
                    float best = float.MinValue;
                    foreach (var row in u) foreach (var v in row) best = {{max}}(best, v);
                    for (int i = 0; i < u.Length; i++)
                    {
                        float total = 0f;
                        for (int j = 0; j < u[i].Length; j++) { p[i][j] = MathF.Exp(u[i][j] - best); total += p[i][j]; }
                        for (int j = 0; j < u[i].Length; j++) p[i][j] /= total;
                    }
                }
            }
            """,
        "ColumnMax" => $$"""
            using System;
            public static class Mathf { public static float Max(float a, float b) => a < b ? b : a; }
            public static class Repro
            {
                public static void F(float[,] u, float[,] p)
                {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    var peak = new float[k];
                    for (int j = 0; j < k; j++)
                    {
                        peak[j] = u[0, j];
                        for (int i = 1; i < n; i++) peak[j] = {{max}}(peak[j], u[i, j]);
                    }
                    for (int i = 0; i < n; i++)
                    {
                        float total = 0f;
                        for (int j = 0; j < k; j++) { p[i, j] = MathF.Exp(u[i, j] - peak[j]); total += p[i, j]; }
                        for (int j = 0; j < k; j++) p[i, j] /= total;
                    }
                }
            }
            """,
        "JaggedColumnMax" => $$"""
            using System;
            public static class Mathf { public static float Max(float a, float b) => a > b ? a : b; }
            public static class Repro
            {
                public static void F(float[][] u, float[][] p)
                {
                    int k = u[0].Length;
                    var peak = new float[k];
                    for (int j = 0; j < k; j++)
                    {
                        float m = float.NegativeInfinity;
                        for (int i = 0; i < u.Length; i++) m = {{max}}(m, u[i][j]);
                        peak[j] = m;
                    }
                    for (int i = 0; i < u.Length; i++)
                    {
                        float total = 0f;
                        for (int j = 0; j < k; j++) { p[i][j] = MathF.Exp(u[i][j] - peak[j]); total += p[i][j]; }
                        for (int j = 0; j < k; j++) p[i][j] /= total;
                    }
                }
            }
            """,
        _ => $$"""
            using System;
            public static class Mathf { public static float Max(float a, float b) => a > b ? a : b; }
            public static class Repro
            {
                public static void F(float[,] u, float[,] p)
                {
                    int n = u.GetLength(0), k = u.GetLength(1);
                    for (int i = 0; i < n; i++)
                    {
                        float best = u[i, 0];
                        for (int j = 1; j < k; j++) best = {{max}}(best, u[i, j]);
                        float total = 0f;
                        for (int j = 0; j < k; j++) { p[i, j] = MathF.Exp(u[i, j]); total += p[i, j]; }
                        for (int j = 0; j < k; j++) p[i, j] /= total;
                    }
                }
            }
            """,
    };
}
