using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Logits and exponents returned by a helper whose body has statements are read like the expressions it returns
/// (Real53's SharpRL <c>GetExponent</c>: <c>if (q != 0) return q / _tau; return 0;</c>): guard clauses, if/else, early
/// returns, locals computed then returned, <c>?:</c> and switch expressions, <c>checked</c>, casts. The helper's value is
/// the join of its returned values with the arguments substituted — raw when one is raw and none is shifted or clamped.
/// A method helper that subtracts its second argument (<c>Sub(v, m) =&gt; v - m</c>) shifts by the caller's argument, so
/// its per-row maximum is silent and a batch maximum through it is LG0001. Helpers the model cannot read (recursive,
/// virtual, abstract, interface, extern, with loops, ref/out parameters, of another type) stay unknown: silent, no AD0001.
/// </summary>
public class SoftmaxModelStatementHelperTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    /// <summary>Statement-bodied spellings of a helper <c>U</c> that returns a raw (unshifted) logit on some path.</summary>
    public static TheoryData<string, string, string> RawHelpers => new()
    {
        { "guard then return (SharpRL)", "", "private double U(double v) { if (v != 0.0) { return v / _tau; } return 0.0; }" },
        { "if/else returns", "", "private static double U(double v) { if (v > 100.0) return v / 2.0; else return v * 1.5; }" },
        { "early return of a constant", "", "private double U(double v) { if (v == 0.0) return 0.0; return v / _tau; }" },
        { "throwing guard clause", "", "private static double U(double v) { if (double.IsNaN(v)) throw new ArgumentException(\"NaN\"); return 3.0 * v; }" },
        { "local computed then returned", "", "private double U(double v) { var z = v / _tau; return z; }" },
        { "two locals", "", "private static double U(double v) { double a = v * 2.0; double b = a + 1.0; return b; }" },
        { "checked block and casts", "", "private static double U(double v) { checked { float f = (float)v; return (double)(f * 2f); } }" },
        { "ternary body", "", "private double U(double v) => v != 0.0 ? v / _tau : 0.0;" },
        { "switch expression", "", "private static double U(double v) => v switch { > 1000.0 => v, < -1000.0 => 0.0, _ => v * 0.5 };" },
        { "nested if with else-if", "", "private static double U(double v) { if (v > 0.0) { if (v > 10.0) return v; return v * 2.0; } else if (v < -5.0) return 0.0; return v; }" },
        { "local function with guard", "double U(double v) { if (v == 0.0) return 0.0; return v / theta; }", "" },
        { "static local function with local", "static double U(double v) { double scaled = v * 4.0; return scaled - 1.0; }", "" },
        { "Func local with statements", "Func<double, double> U = v => { if (v == 0.0) return 0.0; return v / theta; };", "" },
        { "helper of a statement helper", "", "private double Scale(double v) { if (_tau <= 0.0) return v; return v / _tau; } private double U(double v) { var s = Scale(v); return s + 0.5; }" },
    };

    [Theory]
    [MemberData(nameof(RawHelpers))]
    public async Task RawExpOfAStatementHelper_IsLG0003(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "", "Math.Exp(U(x[i][j]))");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(RawHelpers))]
    public async Task RawExpOfAStatementHelperInALambda_IsLG0003(string name, string local, string member)
    {
        _ = name;
        var source = LinqVector(local, member, "x.Select(v => Math.Exp(U(v))).ToArray()");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(RawHelpers))]
    public async Task PeakPerRowThroughAStatementHelper_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "double best = double.NegativeInfinity; for (int j = 0; j < x[i].Length; j++) best = Math.Max(best, U(x[i][j]));", "Math.Exp(U(x[i][j]) - best)");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(RawHelpers))]
    public async Task PeakOverEveryRowThroughAStatementHelper_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "", "Math.Exp(U(x[i][j]) - best)", before: "double best = double.NegativeInfinity; foreach (var row in x) foreach (var v in row) best = Math.Max(best, U(v));");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task SharpRLPolicyWithTheExponentInline_AndThroughTheHelper_ReportTheSame()
    {
        var inline = BoltzmannPolicy("Math.Exp(q[i] / _tau)");
        var helper = BoltzmannPolicy("Math.Exp(GetExponent(q[i]))");
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(inline));
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(helper));
    }

    // ---- correct twins: the helper shifts or clamps its value ----

    /// <summary>Helpers whose every value is at most a constant: an exp of them cannot overflow.</summary>
    [Theory]
    [InlineData("private static double U(double v) { if (v > 0.0) return 0.0; return v; }")]
    [InlineData("private static double U(double v) { if (v <= 0.0) return v; else return 0.0; }")]
    [InlineData("private static double U(double v) => v > 0.0 ? 0.0 : v;")]
    [InlineData("private static double U(double v) => 50.0 < v ? 50.0 : v;")]
    [InlineData("private static double U(double v) { if (!(v < 50.0)) return 50.0; return v; }")]
    [InlineData("private static double U(double v) { if (v > 30.0 || double.IsNaN(v)) return 30.0; return v; }")]
    [InlineData("private static double U(double v) { var c = Math.Min(v, 20.0); return c; }")]
    public async Task HelperClampingFromAbove_IsSilent(string member)
    {
        var source = JaggedRows("", member, "", "Math.Exp(U(x[i][j]))");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>Spellings of a helper that subtracts its second argument.</summary>
    public static TheoryData<string, string, string> ShiftHelpers => new()
    {
        { "expression-bodied method", "", "private static double Sub(double v, double m) => v - m;" },
        { "instance method named Shift", "", "private double Sub(double x, double peak) => (x - peak) / _tau;" },
        { "statement method with a local", "", "private static double Sub(double v, double m) { var d = v - m; return d; }" },
        { "guarded statement method", "", "private static double Sub(double v, double m) { if (double.IsNegativeInfinity(m)) return 0.0; return v - m; }" },
        { "negated shift", "", "private static double Sub(double v, double m) { return v + -m; }" },
        { "local function", "double Sub(double v, double m) => v - m;", "" },
        { "local function with statements", "double Sub(double v, double m) { if (m == 0.0) return v; return v - m; }", "" },
    };

    [Theory]
    [MemberData(nameof(ShiftHelpers))]
    public async Task ShiftHelperWithARowPeak_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "double best = x[i].Max();", "Math.Exp(Sub(x[i][j], best))");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ShiftHelpers))]
    public async Task ShiftHelperWithABatchPeak_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "", "Math.Exp(Sub(x[i][j], best))", before: "double best = x.Max(r => r.Max());");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("private static double LogProb(double v, double lse) => v - lse;")]
    [InlineData("private static double LogProb(double v, double lse) { double result = v - lse; return result; }")]
    public async Task HelperReturningLogSumExpShiftedValues_IsSilent(string member)
    {
        var source = JaggedRows(
            "",
            member,
            "double m = x[i].Max(); double s = 0; for (int j = 0; j < x[i].Length; j++) s += Math.Exp(x[i][j] - m); double lse = m + Math.Log(s);",
            "Math.Exp(LogProb(x[i][j], lse))");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    // ---- helpers the model does not read stay unknown ----

    /// <summary>Helpers (with the declarations they need) whose value is not read: the exp of their result stays unknown.</summary>
    [Theory]
    [InlineData("recursive", "private static double U(double v) { if (v > 1.0) return U(v / 2.0); return v; }", "")]
    [InlineData("virtual", "protected virtual double U(double v) { if (v == 0.0) return 0.0; return v / _tau; }", "")]
    [InlineData("loop", "private static double U(double v) { double r = v; for (int k = 0; k < 3; k++) r *= 0.5; return r; }", "")]
    [InlineData("while loop", "private static double U(double v) { while (v > 1.0) { v /= 2.0; } return v; }", "")]
    [InlineData("out parameter", "private static double U(double v) { Last(v, out var r); return r; } private static void Last(double v, out double r) { r = v; }", "")]
    [InlineData("ref parameter", "private static double U(double v) { Twice(ref v); return v; } private static void Twice(ref double v) { v *= 2.0; }", "")]
    [InlineData("writes a field", "private double U(double v) { _tau = _tau + 1.0; return v / _tau; }", "")]
    [InlineData("other type", "private static double U(double v) => Other.Scale(v);", "static class Other { public static double Scale(double v) { if (v == 0.0) return 0.0; return v * 2.0; } }")]
    [InlineData("interface", "private readonly IScale _scale = new Half(); private double U(double v) => _scale.Scale(v);", "interface IScale { double Scale(double v); } sealed class Half : IScale { public double Scale(double v) { if (v == 0.0) return 0.0; return v / 2.0; } }")]
    [InlineData("extern", "[System.Runtime.InteropServices.DllImport(\"m\")] private static extern double U(double v);", "")]
    public async Task UnreadHelper_StaysUnknown(string name, string member, string types)
    {
        _ = name;
        // Inside a lambda, where calls are not inlined (HelperInliner): the call's value is what the model reads.
        var source = LinqVector("", member, "x.Select(v => Math.Exp(U(v))).ToArray()", types);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("private partial double U(double v);")]
    [InlineData("private double U(double v) { if (v == 0.0) return 0.0; return v / ; }")]
    [InlineData("private double U(double v) { if (v == 0.0) return 0.0; }")]
    [InlineData("private double U(double v) { var z = v / 2.0; z = ; return z; }")]
    [InlineData("private double U(double v) => v switch { > 0 => , _ => 0.0 };")]
    [InlineData("private double U(double v) { if (v > 0) return 0.0; return w; }")]
    public async Task BrokenStatementHelpers_DoNotThrow(string broken)
    {
        var source = Usings + """
            partial class C {
                private double _tau = 2.0;
                public double[] F(double[] x) {
                    var e = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(U(x[i])); s += e[i]; }
                    for (int i = 0; i < x.Length; i++) e[i] /= s;
                    return e;
                }
            }
            partial class C {
            """ + broken + "\n}\n";
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    private static string JaggedRows(string local, string member, string rowPeak, string exp, string before = "", string types = "") => Usings + $$"""
        {{types}}
        class C {
            private double _tau = 2.0;
            {{member}}
            public void Update(double decay) { _tau *= decay; }
            public void F(double[][] x, double theta, double[][] y) {
                {{local}}
                {{before}}
                for (int i = 0; i < x.Length; i++) {
                    {{rowPeak}}
                    double total = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = {{exp}}; total += y[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= total;
                }
            }
        }
        """;

    private static string LinqVector(string local, string member, string exps, string types = "") => Usings + $$"""
        {{types}}
        class C {
            private double _tau = 2.0;
            {{member}}
            public double[] F(double[] x, double theta) {
                {{local}}
                double[] e = {{exps}};
                double z = e.Sum();
                return e.Select(v => v / z).ToArray();
            }
        }
        """;

    private static string BoltzmannPolicy(string exp) => Usings + $$"""
        sealed class Policy {
            private readonly Random _random = new Random(1);
            private double _tau = 0.5;
            public void Anneal(int episode) { _tau = Math.Max(0.01, _tau * 0.99); }
            public int Select(double[] q) {
                double draw = _random.NextDouble();
                double lower = 0.0, upper = 0.0, sumExp = 0.0;
                for (int i = 0; i < q.Length; i++) sumExp += {{exp}};
                for (int i = 0; i < q.Length; i++) {
                    lower = upper;
                    upper += {{exp}} / sumExp;
                    if (draw >= lower && draw < upper) return i;
                }
                return 0;
            }
            private double GetExponent(double value) {
                if (value != 0.0) { return value / _tau; }
                return 0.0;
            }
        }
        """;
}
