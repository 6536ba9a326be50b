using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A log or an exponential whose base is provably e is the natural one (Real58's Portfolio beam search:
/// <c>Math.Log(prob, Math.E)</c>; NLP code ported from Java: <c>Math.Pow(logBase, x)</c> with <c>Math.E</c> passed in):
/// a two-argument <c>Log(p, b)</c> of a softmax probability is LG0005 when b is <c>Math.E</c>, <c>MathF.E</c>, the
/// literal, a readonly field or a local holding it (also as a named argument); <c>Pow(b, x)</c> of raw logits feeding
/// a normalisation is LG0003 when b is a constant, a local or readonly field holding one, or a private method's
/// parameter every call passes e for. A base that may be any number (a public method's parameter, a field anyone sets,
/// a local reassigned) stays unknown and silent, and so does a log in base 2.
/// </summary>
public class SoftmaxModelNaturalBaseSpellingsTests
{
    [Theory]
    [InlineData("Math.Log(p[t], Math.E)")]
    [InlineData("Math.Log(newBase: Math.E, a: p[t])")]
    [InlineData("Math.Log(p[t], 2.718281828459045)")]
    [InlineData("Math.Log(p[t], E)")]
    [InlineData("Math.Log(p[t], Euler)")]
    [InlineData("Math.Log(p[t], eb)")]
    [InlineData("double.Log(p[t], Math.E)")]
    public async Task ALogInBaseEOfAProbability_IsLG0005(string log)
    {
        Assert.Equal(new[] { "LG0005" }, await FixRunner.ReportedIdsAsync(LogSource(log)));
    }

    [Theory]
    [InlineData("Math.Log(p[t], 2)")]
    [InlineData("Math.Log(p[t], someBase)")]
    [InlineData("Math.Log(p[t], anyBase)")]
    [InlineData("Math.Log(x[t] - x.Max(), Math.E)")]
    public async Task ALogInAnotherOrUnknownBaseOrOfNoProbability_IsSilent(string log)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(LogSource(log)));
    }

    [Fact]
    public async Task MathFLogInBaseMathFE_IsLG0005()
    {
        var source = """
            using System;
            public class C
            {
                public float Loss(float[] x, int t)
                {
                    float m = float.MinValue;
                    for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                    float s = 0;
                    var p = new float[x.Length];
                    for (int i = 0; i < x.Length; i++) { p[i] = MathF.Exp(x[i] - m); s += p[i]; }
                    for (int i = 0; i < x.Length; i++) p[i] /= s;
                    return -MathF.Log(p[t], MathF.E);
                }
            }
            """;
        Assert.Equal(new[] { "LG0005" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double b = Math.E;", "Math.Pow(b, x[i])")]
    [InlineData("", "Math.Pow(EulerConst, x[i])")]
    [InlineData("", "Math.Pow(euler, x[i])")]
    [InlineData("const double ten = 10;", "Math.Pow(ten, x[i])")]
    public async Task APowOfAProvablyConstantBase_IsAnExp_LG0003(string declaration, string pow)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(PowSource(declaration, pow)));
    }

    [Theory]
    [InlineData("", "Math.Pow(anyBase, x[i])")]
    [InlineData("double b = Math.E; if (x.Length > 3) b = anyBase;", "Math.Pow(b, x[i])")]
    [InlineData("", "Math.Pow(settable, x[i])")]
    [InlineData("double b = Math.E;", "Math.Pow(b, x[i] - x.Max())")]
    public async Task APowOfABaseThatMayBeAnythingOrAShiftedExponent_IsSilent(string declaration, string pow)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(PowSource(declaration, pow)));
    }

    [Theory]
    [InlineData("P(x, Math.E)", "P(x, Math.E)", "private", "LG0003")]
    [InlineData("P(x, Math.E)", "P(x, 2.718281828459045)", "private", "LG0003")]
    [InlineData("P(x, Math.E)", "P(x, b)", "private", null)]
    [InlineData("P(x, Math.E)", "P(x, Math.E)", "public", null)]
    public async Task APrivateMethodsBaseParameter_IsKnownFromEveryCall(string first, string second, string access, string? expected)
    {
        var source = $$"""
            using System;
            public class C
            {
                public double[] Run(double[] x) => {{first}};
                public double[] Run2(double[] x, double b) => {{second}};
                {{access}} double[] P(double[] x, double logBase)
                {
                    var e = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { e[i] = Math.Pow(logBase, x[i]); s += e[i]; }
                    for (int i = 0; i < x.Length; i++) e[i] /= s;
                    return e;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string LogSource(string log) => $$"""
        using System;
        using System.Linq;
        public class C
        {
            private static readonly double E = Math.E;
            private const double Euler = 2.718281828459045;
            private readonly double anyBase;
            public C(double b) { anyBase = b; }
            public double[] P(double[] x)
            {
                double m = x.Max();
                var e = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i] - m); s += e[i]; }
                for (int i = 0; i < x.Length; i++) e[i] /= s;
                return e;
            }
            public double Loss(double[] x, int t, double someBase)
            {
                var p = P(x);
                double eb = Math.E;
                return -({{log}});
            }
        }
        """;

    private static string PowSource(string declaration, string pow) => $$"""
        using System;
        using System.Linq;
        public class C
        {
            private const double EulerConst = 2.718281828459045;
            private readonly double euler = Math.E;
            private double settable = Math.E;
            public void Set(double b) { settable = b; }
            public double[] P(double[] x, double anyBase)
            {
                {{declaration}}
                var e = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) { e[i] = {{pow}}; s += e[i]; }
                for (int i = 0; i < x.Length; i++) e[i] /= s;
                return e;
            }
        }
        """;
}
