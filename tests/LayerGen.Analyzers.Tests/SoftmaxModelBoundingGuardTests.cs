using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Which calls guard an unstable logistic <c>e / (1 + e)</c> (LG0003) as bounds (SoftmaxModel.LogisticGuards.cs): any
/// <c>Min</c>, <c>Max</c> or <c>Clamp</c> of the exponent's data, whatever its bound (a parameter, a field, a constant)
/// and whichever math type declares it, read conservatively as the comparisons are. Not a guard: a bounded function of
/// the data (<c>Math.Tanh(v)</c>) computed beside the exp, which leaves <c>Math.Exp(v)</c> free to overflow. (The guard
/// candidates once bound to BoundedHelperReturns' <c>IsBoundingCall</c>, a constant-clamp-or-bounded-function test
/// for helper returns, through an overload: data bounds were reported and <c>Tanh</c> silenced.)
/// </summary>
public class SoftmaxModelBoundingGuardTests
{
    /// <summary>A clamp of the exponent's data by a bound that is data too: guarded (silent), in float and double.</summary>
    [Theory]
    [InlineData("v = Math.Clamp(v, -limit, limit);")]
    [InlineData("v = Math.Clamp(v, -40, limit);")]
    [InlineData("v = Math.Min(v, limit);")]
    [InlineData("v = Math.Min(limit, v);")]
    [InlineData("v = Math.Max(-limit, Math.Min(limit, v));")]
    [InlineData("v = Bounds.Clamp(v, -40, 40);")]
    [InlineData("v = Bounds.Min(v, limit);")]
    public async Task DataBoundedClampOfTheExponent_IsSilent(string clamp)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Scalar("double", "Math", clamp, marker: ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Scalar("float", "MathF", InFloat(clamp), marker: ""));
    }

    /// <summary>The bug twins: no clamp of the exponent's data, or a bounded function of it that bounds nothing the exp reads.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("Console.WriteLine(Math.Tanh(v));")]
    [InlineData("Console.WriteLine(Math.Min(limit, 40));")]
    [InlineData("limit = Math.Clamp(limit, -40, 40);")]
    public async Task NoClampOfTheExponent_IsLG0003(string statement)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Scalar("double", "Math", statement, marker: " //~ LG0003"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Scalar("float", "MathF", InFloat(statement), marker: " //~ LG0003"));
    }

    /// <summary>Element layouts: the clamp written into the element the exp reads (flat, jagged, rectangular), by a data bound.</summary>
    [Theory]
    [InlineData("x[i]", "double[] x, double[] y", "for (int i = 0; i < x.Length; i++)")]
    [InlineData("x[r][c]", "double[][] x, double[][] y", "for (int r = 0; r < x.Length; r++) for (int c = 0; c < x[r].Length; c++)")]
    [InlineData("x[r, c]", "double[,] x, double[,] y", "for (int r = 0; r < x.GetLength(0); r++) for (int c = 0; c < x.GetLength(1); c++)")]
    public async Task ElementClampedByADataBound_IsSilent_UnclampedIsLG0003(string element, string parameters, string loops)
    {
        var target = element.Replace("x", "y");
        string Source(string clamp, string marker) => $$"""
            using System;

            static class Logistic
            {
                static void Apply({{parameters}}, double cap)
                {
                    {{loops}}
                    {
                        {{clamp}}
                        double e = Math.Exp({{element}});{{marker}}
                        {{target}} = e / (1 + e);
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"{element} = Math.Clamp({element}, -cap, cap);", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"{element} = Math.Min({element}, cap);", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"cap = Math.Min(cap, 40.0);", " //~ LG0003"));
    }

    /// <summary>The float spelling: MathF's Min, Max and Tanh (MathF has no Clamp; Math.Clamp has a float overload).</summary>
    private static string InFloat(string statement) =>
        statement.Replace("Math.Min", "MathF.Min").Replace("Math.Max", "MathF.Max").Replace("Math.Tanh", "MathF.Tanh");

    private static string Scalar(string type, string math, string statement, string marker) => $$"""
        using System;

        static class Bounds
        {
            public static {{type}} Clamp({{type}} v, {{type}} lo, {{type}} hi) => v < lo ? lo : v > hi ? hi : v;
            public static {{type}} Min({{type}} a, {{type}} b) => a < b ? a : b;
        }

        static class Logistic
        {
            static {{type}} Of({{type}} v, {{type}} limit)
            {
                {{statement}}
                {{type}} e = {{math}}.Exp(v);{{marker}}
                return e / (1 + e);
            }
        }
        """;
}
