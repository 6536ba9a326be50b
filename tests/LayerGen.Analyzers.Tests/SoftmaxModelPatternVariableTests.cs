using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A variable a top-level pattern binds (<c>var v</c>, <c>double v</c>, <c>{ } v</c>) in a switch-expression arm or a
/// switch-statement case is the switched value (HeldOut95's miss <c>SwitchExpressions_MaskedRaw</c>,
/// <c>var v =&gt; Math.Exp(v)</c>, and its false report, the shifted <c>var v =&gt; Math.Exp(v - mx)</c> with a correct
/// row max reported LG0003). Raw exps of the variable are LG0003; exps shifted by the row max are silent.
/// </summary>
public class SoftmaxModelPatternVariableTests
{
    /// <summary>Switch-expression arms binding the switched value; {T} is the element type.</summary>
    public static TheoryData<string, string> Arms => new()
    {
        { "{T}.NegativeInfinity => 0, var v => {E}", "double" },
        { "{T}.NegativeInfinity => 0, var v => {E}", "float" },
        { "{T} v when !{T}.IsNegativeInfinity(v) => {E}, _ => 0", "double" },
        { "{ } v => {E}", "float" },
        { "var v when v > {T}.NegativeInfinity => {E}, _ => 0", "double" },
    };

    private static string RowMajor(string arms, string type, string exponent, string marker)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var arm = arms.Replace("{E}", $"{exp}({exponent})").Replace("{T}", type);
        return $$"""
            using System;

            public static class Repro
            {
                public static {{type}}[,] Rows({{type}}[,] s)
                {
                    int n = s.GetLength(0), m = s.GetLength(1);
                    var w = new {{type}}[n, m];
                    for (int q = 0; q < n; q++)
                    {
                        {{type}} mx = {{type}}.NegativeInfinity;
                        for (int k = 0; k < m; k++) if (s[q, k] > mx) mx = s[q, k];
                        {{type}} norm = 0;
                        for (int k = 0; k < m; k++)
                        {
                            w[q, k] = s[q, k] switch { {{arm}} };{{marker}}
                            norm += w[q, k];
                        }
                        for (int k = 0; k < m; k++) w[q, k] /= norm;
                    }
                    return w;
                }
            }
            """;
    }

    /// <summary>The arm's exp of the bound variable, unshifted: LG0003 on the switch line.</summary>
    [Theory]
    [MemberData(nameof(Arms))]
    public async Task RowMajor_RawPatternVariable_IsLG0003(string arms, string type) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(RowMajor(arms, type, "v", " //~ LG0003"));

    /// <summary>The arm's exp of the bound variable minus the row max: silent.</summary>
    [Theory]
    [MemberData(nameof(Arms))]
    public async Task RowMajor_ShiftedPatternVariable_IsSilent(string arms, string type) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(RowMajor(arms, type, "v - mx", string.Empty));

    /// <summary>A switch statement over a jagged row's element (<c>case var v:</c>, <c>case double v when …:</c>).</summary>
    [Theory]
    [InlineData("case double.NegativeInfinity: e[j] = 0; break; case var v: e[j] = Math.Exp(v);", " //~ LG0003")]
    [InlineData("case double.NegativeInfinity: e[j] = 0; break; case var v: e[j] = Math.Exp(v - peak);", "")]
    [InlineData("case double v when !double.IsNaN(v): e[j] = Math.Exp(v); break; default: e[j] = 0;", " //~ LG0003")]
    [InlineData("case double v when !double.IsNaN(v): e[j] = Math.Exp(v - peak); break; default: e[j] = 0;", "")]
    public async Task Jagged_SwitchStatementCase(string body, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[][] Rows(double[][] x)
                {
                    var y = new double[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        double peak = double.NegativeInfinity;
                        foreach (double v in x[r]) peak = Math.Max(peak, v);
                        var e = new double[x[r].Length];
                        double z = 0;
                        for (int j = 0; j < e.Length; j++)
                        {
                            switch (x[r][j]) { {{body}} break; }{{marker}}
                            z += e[j];
                        }
                        for (int j = 0; j < e.Length; j++) e[j] /= z;
                        y[r] = e;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A span row mapped through a switch in a lambda-free loop, flat layout, float.</summary>
    [Theory]
    [InlineData("MathF.Exp(v)", " //~ LG0003")]
    [InlineData("MathF.Exp(v - peak)", "")]
    public async Task FlatSpan_SwitchArm(string exp, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static void Rows(ReadOnlySpan<float> x, Span<float> y, int classes)
                {
                    for (int o = 0; o < x.Length; o += classes)
                    {
                        var row = x.Slice(o, classes);
                        var dst = y.Slice(o, classes);
                        float peak = float.NegativeInfinity;
                        for (int j = 0; j < row.Length; j++) peak = MathF.Max(peak, row[j]);
                        float sum = 0f;
                        for (int j = 0; j < row.Length; j++)
                        {
                            dst[j] = row[j] switch { float.NegativeInfinity => 0f, var v => {{exp}} };{{marker}}
                            sum += dst[j];
                        }
                        for (int j = 0; j < row.Length; j++) dst[j] /= sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
