using LayerGen.Analyzers.Tests.Verification;
using static LayerGen.Analyzers.Tests.SoftmaxModelSubtrahendTests;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The exponent read as one sum of terms (sign, data-free coefficient, atom) after distributing coefficients over
/// sums and differences and following locals: a row's maximum added with the logit's coefficient negated
/// (<c>(1 - a) * v + (a - 1) * m</c>, <c>beta * v + negShift</c> with <c>negShift = -beta * m</c>) is a scaled shift,
/// in any arrangement. A maximum added with the same sign (<c>(1 - a) * v + (1 - a) * m</c>), with another coefficient
/// (<c>a * v + (a - 1) * m</c>), a mean, another row's maximum or another element added negated stay no shift
/// (the review's H14/H15 cases of stop 41).
/// </summary>
public class SoftmaxModelAdditiveTermTests
{
    private const string Rows = """
        for (int r = 0; r < a.GetLength(0); r++) {
            double m = double.NegativeInfinity, mb = double.NegativeInfinity, mean = 0;
            for (int k = 0; k < a.GetLength(1); k++) { m = Math.Max(m, a[r, k]); mb = Math.Max(mb, b[r, k]); mean += a[r, k]; }
            mean /= a.GetLength(1);
            double z = 0;
            PRELUDE
            for (int k = 0; k < a.GetLength(1); k++) { w[r, k] = Math.Exp(EXPONENT); z += w[r, k]; }
            for (int k = 0; k < a.GetLength(1); k++) w[r, k] /= z;
        }
        """;

    /// <summary>Whether the one exp is shifted by a maximum: the coefficient a parameter, then a settable property.</summary>
    private static bool[] Shifted(string exponent, string prelude = "")
    {
        var body = Rows.Replace("PRELUDE", prelude).Replace("EXPONENT", exponent);
        var parameter = ShiftedExps("Blend", $$"""
            static void Blend(double[,] a, double[,] b, double alpha, double[,] w) { {{body}} }
            """);
        var property = ShiftedExps("Blend", $$"""
            static double Alpha { get; set; } = 0.3;
            static void Blend(double[,] a, double[,] b, double[,] w) { {{body.Replace("alpha", "Alpha")}} }
            """);
        return parameter.Concat(property).ToArray();
    }

    /// <summary>Correct: the row maximum enters with the logit's coefficient negated, however the terms are arranged.</summary>
    [Theory]
    [InlineData("(1 - alpha) * a[r, k] + (alpha - 1) * m", "")]
    [InlineData("(alpha - 1) * m + (1 - alpha) * a[r, k]", "")]
    [InlineData("a[r, k] * (1 - alpha) + m * (alpha - 1)", "")]
    [InlineData("(1.0 - alpha) * a[r, k] + (alpha - 1.0) * m", "")]
    [InlineData("beta * a[r, k] + negShift", "double beta = 1 - alpha; double negShift = -beta * m;")]
    [InlineData("negShift + beta * a[r, k]", "double beta = 1 - alpha; double negShift = -beta * m;")]
    [InlineData("beta * a[r, k] + negShift", "double beta = 1 - alpha; double negShift = beta * -m;")]
    [InlineData("beta * a[r, k] + negShift", "double beta = 1 - alpha; double negShift = (alpha - 1) * m;")]
    [InlineData("beta * a[r, k] + (-beta) * m", "double beta = 1 - alpha;")]
    [InlineData("beta * a[r, k] + nb * m", "double beta = 1 - alpha; double nb = -beta;")]
    [InlineData("-(1 - alpha) * (m - a[r, k])", "")]
    [InlineData("(a[r, k] - m) * beta", "double beta = 1 - alpha;")]
    [InlineData("beta * a[r, k] - shift", "double beta = 1 - alpha; double shift = beta * m;")]
    [InlineData("a[r, k] / alpha - m / alpha", "")]
    [InlineData("a[r, k] + neg", "double neg = -m;")]
    public void MaximumWithTheNegatedCoefficient_IsAShift(string exponent, string prelude) =>
        Assert.Equal(new[] { true, true }, Shifted(exponent, prelude));

    /// <summary>Buggy twins: nothing that bounds the logit is subtracted.</summary>
    [Theory]
    [InlineData("beta * a[r, k]", "double beta = 1 - alpha;")]
    [InlineData("(1 - alpha) * a[r, k] + (1 - alpha) * m", "")]
    [InlineData("(alpha - 1) * a[r, k] + (1 - alpha) * m", "")]
    [InlineData("beta * a[r, k] + posShift", "double beta = 1 - alpha; double posShift = beta * m;")]
    [InlineData("(1 - alpha) * a[r, k] + (alpha - 1) * mean", "")]
    [InlineData("beta * a[r, k] + negShift", "double beta = 1 - alpha; double negShift = -beta * mean;")]
    [InlineData("(1 - alpha) * a[r, k] + (alpha - 1) * b[r, k]", "")]
    [InlineData("beta * a[r, k] + negShift", "double beta = 1 - alpha; double negShift = -beta * b[r, 0];")]
    [InlineData("(1 - alpha) * a[r, k] + (alpha - 1) * mb", "")]
    [InlineData("alpha * a[r, k] + (alpha - 1) * m", "")]
    [InlineData("(1 - alpha) * a[r, k] + (alpha - 2) * m", "")]
    public void NoBoundWithTheNegatedCoefficient_IsNoShift(string exponent, string prelude) =>
        Assert.Equal(new[] { false, false }, Shifted(exponent, prelude));

    /// <summary>Two logits blended, each minus its own maximum with its own coefficient, written term by term.</summary>
    [Theory]
    [InlineData("alpha * a[r, k] + (1 - alpha) * b[r, k] - alpha * m - (1 - alpha) * mb", true)]
    [InlineData("alpha * (a[r, k] - m) + (1 - alpha) * b[r, k] + (alpha - 1) * mb", true)]
    [InlineData("alpha * (a[r, k] - m) + (1 - alpha) * (b[r, k] - mb)", true)]
    [InlineData("alpha * a[r, k] + (1 - alpha) * b[r, k]", false)]
    public void BlendMinusEachScaledMaximum(string exponent, bool shifted) =>
        Assert.Equal(new[] { shifted, shifted }, Shifted(exponent));

    /// <summary>The review's cases end to end: LINQ lambdas, for loops over two buffers.</summary>
    [Theory]
    [InlineData("Math.Exp(-(1 - a) * (m - v))", null)]
    [InlineData("Math.Exp((v - m) * beta)", null)]
    [InlineData("Math.Exp((1 - a) * v + (a - 1) * m)", null)]
    [InlineData("Math.Exp(beta * v - shift)", null)]
    [InlineData("Math.Exp(beta * v + negShift)", null)]
    [InlineData("Math.Exp(v + neg)", null)]
    [InlineData("Math.Exp(beta * v)", "LG0003")]
    [InlineData("Math.Exp((1 - a) * v + (1 - a) * m)", "LG0003")]
    [InlineData("Math.Exp(beta * v + posShift)", "LG0003")]
    public async Task ScaledShiftSpellings_EndToEnd(string exp, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class S
            {
                public static double[] P(double[] x, double a)
                {
                    double m = x.Max(); double beta = 1 - a; double shift = beta * m; double negShift = -beta * m; double posShift = beta * m; double neg = -m;
                    var e = x.Select(v => {{exp}}).ToArray();
                    double s = e.Sum();
                    return e.Select(v => v / s).ToArray();
                }
            }
            """;
        var ids = await FixRunner.ReportedIdsAsync(source);
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, ids.ToArray());
    }

    /// <summary>H15: a hybrid blend of two score buffers in a for loop, each minus its own scaled maximum.</summary>
    [Theory]
    [InlineData("alpha * lex[i] + (1 - alpha) * sem[i] - alpha * ml - (1 - alpha) * ms", null)]
    [InlineData("alpha * (lex[i] - ml) + (1 - alpha) * sem[i] + (alpha - 1) * ms", null)]
    // One logit shifted, the other plus its maximum: sem has no shift of its own (shiftforms' normal form closed this gap).
    [InlineData("alpha * (lex[i] - ml) + (1 - alpha) * sem[i] + (1 - alpha) * ms", "LG0003")]
    [InlineData("alpha * lex[i] + (1 - alpha) * sem[i]", "LG0003")]
    public async Task BlendTermByTerm_EndToEnd(string exponent, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Hybrid
            {
                public static double[] P(double[] lex, double[] sem, double alpha)
                {
                    double ml = lex.Max(), ms = sem.Max();
                    var e = new double[lex.Length];
                    for (int i = 0; i < e.Length; i++) e[i] = Math.Exp({{exponent}});
                    double s = e.Sum();
                    return e.Select(v => v / s).ToArray();
                }
            }
            """;
        var ids = await FixRunner.ReportedIdsAsync(source);
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, ids.ToArray());
    }
}
