using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Whether a numeric helper is data of the buffers it is given (<c>Score(q, x)</c>, SoftmaxModel.DataSumHelpers.cs) is
/// decided by what its body calls, not by its text (branch rowhelpers): a helper reaching an exp, itself or through the
/// methods it calls (in this file or another, transitively), is no data, so an exp of it is no exp of raw logits
/// (silent); a helper whose only "Exp" is a name (a field <c>Exp</c>, a local <c>Exponent</c>, a call of <c>Expand</c>)
/// is data, so an exp of it unshifted is LG0003.
/// </summary>
public sealed class SoftmaxModelExpReachTests
{
    /// <summary>Scores that reach an exp through one or more calls: an exp of one is no exp of raw logits.</summary>
    [Theory]
    [InlineData("Kernel(q, x) * 0.5", "Math.Exp(-Dist(a, b))")]
    [InlineData("Kernel(q, x) * 0.5", "(double)MathF.Exp(-(float)Dist(a, b))")]
    [InlineData("Kernel(q, x) * 0.5", "double.Exp(-Dist(a, b))")]
    [InlineData("Kernel(q, x) * 0.5", "Math.Pow(Math.E, -Dist(a, b))")]
    [InlineData("Kernel(q, x) * 0.5", "Decay(Dist(a, b))")]
    [InlineData("Kernel(q, x) * 0.5", "Local(Dist(a, b)); static double Local(double d) => Math.Exp(-d)")]
    [InlineData("Kernel(q, x) * 0.5", "new[] { -Dist(a, b) }.Select(Math.Exp).Single()")]
    [InlineData("Kernel(q, x) * 0.5", "Kernels.Rbf(a, b)")]
    [InlineData("Wrap(q, x)", "Math.Exp(-Dist(a, b))")]
    [InlineData("Kernels.Rbf(q, x)", "0")]
    [InlineData("Kernels.Through(q, x)", "0")]
    public async Task AnExpOfAScoreThatReachesAnExp_IsSilent(string score, string kernel) =>
        Assert.Empty(await Reported(score, kernel));

    /// <summary>The same scores reaching no exp: data, so an exp of one unshifted is an exp of raw logits.</summary>
    [Theory]
    [InlineData("Kernel(q, x) * 0.5", "-Dist(a, b)")]
    [InlineData("Kernel(q, x) * 0.5", "Math.Pow(Dist(a, b), 2.0)")]
    [InlineData("Kernel(q, x) * 0.5", "Local(Dist(a, b)); static double Local(double d) => -d * d")]
    [InlineData("Wrap(q, x)", "-Dist(a, b)")]
    [InlineData("Kernels.Linear(q, x)", "0")]
    public async Task AnExpOfAScoreThatReachesNoExp_IsLG0003(string score, string kernel) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(score, kernel));

    /// <summary>A helper whose only "Exp" is a name, not a call of an exp: data, so LG0003.</summary>
    [Theory]
    [InlineData("Scaled(q, x)")]
    [InlineData("Powered(q, x)")]
    [InlineData("Expand(q, x)")]
    [InlineData("Labelled(q, x)")]
    public async Task AScoreNamingExpWithoutCallingOne_IsLG0003(string score) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(score, "0"));

    /// <summary>The same scores shifted by their row's max: a correct softmax, silent.</summary>
    [Theory]
    [InlineData("Scaled(q, x)")]
    [InlineData("Expand(q, x)")]
    [InlineData("Kernel(q, x) * 0.5")]
    [InlineData("Kernels.Linear(q, x)")]
    public async Task AShiftedScore_IsSilent(string score) =>
        Assert.Empty(await Reported(score, "-Dist(a, b)", shifted: true));

    /// <summary>A helper calling a delegate or a virtual method may run an exp: no data.</summary>
    [Theory]
    [InlineData("Through(q, x, Math.Exp)")]
    [InlineData("Through(q, x, d => d)")]
    public async Task AScoreCallingADelegate_IsNoData(string score) =>
        Assert.Empty(await Reported(score, "0"));

    /// <summary>A chain of helpers longer than the bound is not followed to its end: no data (silent either way).</summary>
    [Fact]
    public async Task ADeepChain_EndingInAnExp_IsSilent() =>
        Assert.Empty(await Reported("Chain0(q, x)", "0"));

    /// <summary>A helper calling itself (a recursive distance) reaches no exp: data.</summary>
    [Fact]
    public async Task ARecursiveScoreWithNoExp_IsLG0003() =>
        Assert.Equal(new[] { "LG0003" }, await Reported("Recursive(q, x, 0)", "0"));

    private static async Task<List<string>> Reported(string score, string kernel, bool shifted = false)
    {
        var weights = shifted
            ? """
                var s = set.Select(x => SCORE).ToArray();
                double top = s.Max();
                var e = s.Select(v => Math.Exp(v - top)).ToArray();
              """
            : """
                var e = set.Select(x => Math.Exp(SCORE)).ToArray();
              """;
        // "value; static double Local(...) => ..." is a block body returning value, with a local function after it.
        var parts = kernel.Split("; static ");
        var kernelBody = parts.Length == 2 ? "{ return " + parts[0] + "; static " + parts[1] + "; }" : "=> " + kernel + ";";

        var chain = string.Concat(Enumerable.Range(0, 12).Select(i => $"private static double Chain{i}(double[] a, double[] b) => Chain{i + 1}(a, b) + 1;\n"))
            + "private static double Chain12(double[] a, double[] b) => Math.Exp(-Dist(a, b));\n";
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public sealed class Attention
            {
                private const double Exp = 2.0;

                public double[] Weights(double[] q, List<double[]> set)
                {
                    {{weights.Replace("SCORE", score, System.StringComparison.Ordinal)}}
                    double z = e.Sum();
                    return e.Select(v => v / z).ToArray();
                }

                private static double Kernel(double[] a, double[] b) {{kernelBody}}

                private static double Wrap(double[] a, double[] b) => Kernel(a, b) + Kernel(b, a);

                private static double Decay(double d) => Math.Exp(-d);

                private static double Dist(double[] a, double[] b) => a.Zip(b, (u, w) => (u - w) * (u - w)).Sum();

                private static double Dot(double[] a, double[] b) => a.Zip(b, (u, w) => u * w).Sum();

                private static double Exponent(double[] a) => a.Length;

                private static double Scaled(double[] a, double[] b) => Dot(a, b) * Exp;

                private static double Powered(double[] a, double[] b) => Dot(a, b) * Exponent(a);

                private static double Expand(double[] a, double[] b) { double Expected = Dot(a, b); return Expected * 2; }

                private static double Labelled(double[] a, double[] b) { Console.WriteLine("Exp"); return Dot(a, b); }

                private static double Through(double[] a, double[] b, Func<double, double> f) => f(Dot(a, b));

                private static double Recursive(double[] a, double[] b, int i) => i >= a.Length ? 0 : a[i] * b[i] + Recursive(a, b, i + 1);

                {{chain}}
            }
            """;
        var compilation = FixRunner.CompileRecreation(source, KernelsFile);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Select(diagnostic => diagnostic.Id).ToList();
    }

    /// <summary>Another file of the project: kernels with and without an exp.</summary>
    private const string KernelsFile = """
        using System;
        using System.Linq;

        public static class Kernels
        {
            public static double Rbf(double[] a, double[] b) => Math.Exp(-SquaredDistance(a, b));

            public static double Through(double[] a, double[] b) => Rbf(a, b) * 0.5;

            public static double Linear(double[] a, double[] b) => a.Zip(b, (u, w) => u * w).Sum();

            private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (u, w) => (u - w) * (u - w)).Sum();
        }
        """;
}
