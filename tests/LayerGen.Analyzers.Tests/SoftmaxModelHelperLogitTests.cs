using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Logits computed by a helper are read like logits written inline (HeldOut22's TrafficRoute_PeakOverNetwork): a local
/// function, a private static or instance method, or a <c>Func&lt;,&gt;</c> local whose body is an arithmetic
/// expression of its parameters (their members, captured scalars, other such helpers) is its body with the argument
/// substituted — called inside a fold, a lambda or the exp, or passed as a method group to a LINQ selector
/// (<c>Max(Utility)</c>, <c>Select(Score)</c>). So a peak taken through the helper over the whole batch is LG0001, an exp
/// of the helper's result with no shift is LG0003, and a peak through the helper per slice (the correct twin) is silent.
/// </summary>
public class SoftmaxModelHelperLogitTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    /// <summary>Spellings of one helper <c>U</c> of a <c>double</c> logit, each with the declarations it needs (method body, class members).</summary>
    public static TheoryData<string, string, string> ScalarHelpers => new()
    {
        { "local function", "double U(double v) => -theta * v;", "" },
        { "block local function", "double U(double v) { return theta * v + 1.0; }", "" },
        { "static local function", "static double U(double v) => 2.0 * v - 1.0;", "" },
        { "nested local functions", "double Scale(double v) => v / theta; double U(double v) => Scale(v) + 0.5;", "" },
        { "private static method", "", "private static double U(double v) => 0.5 * v;" },
        { "block static method", "", "private static double U(double v) { return v * 3.0 - 2.0; }" },
        { "Func local", "Func<double, double> U = v => theta * v;", "" },
        { "Func local with block", "Func<double, double> U = v => { return -v / theta; };", "" },
    };

    // ---- LG0001: a batch peak through the helper over List<List<double>> ----

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task PeakOverEveryRowThroughMethodGroup_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = ListRows(local, member, "double best = rows.SelectMany(r => r).Max(U);", "Math.Exp(U(rows[i][j]) - best)");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task PeakOverEveryRowThroughLambdaCall_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = ListRows(local, member, "double best = rows.SelectMany(r => r).Max(v => U(v));", "Math.Exp(U(rows[i][j]) - best)");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task PeakOverEveryRowFoldedInLoops_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = ListRows(
            local,
            member,
            "double best = double.NegativeInfinity; foreach (var row in rows) foreach (var v in row) best = Math.Max(best, U(v));",
            "Math.Exp(U(rows[i][j]) - best)");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task PeakPerRowThroughTheHelper_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = ListRows(local, member, "", "Math.Exp(U(rows[i][j]) - rows[i].Max(U))");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task PeakPerRowFoldedThroughTheHelper_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "double best = double.NegativeInfinity; for (int j = 0; j < x[i].Length; j++) best = Math.Max(best, U(x[i][j]));", "Math.Exp(U(x[i][j]) - best)");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task JaggedPeakOverEveryRowThroughTheHelper_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "", "Math.Exp(U(x[i][j]) - best)", before: "double best = x.Max(r => r.Max(U));");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    // ---- LG0003: the helper's result exponentiated with no shift ----

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task RawExpOfTheHelperInALoop_IsLG0003(string name, string local, string member)
    {
        _ = name;
        var source = JaggedRows(local, member, "", "Math.Exp(U(x[i][j]))");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task RawExpOfAMethodGroupSelection_IsLG0003(string name, string local, string member)
    {
        _ = name;
        var source = LinqVector(local, member, "x.Select(U).Select(Math.Exp).ToArray()");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task RawExpOfTheHelperInALambda_IsLG0003(string name, string local, string member)
    {
        _ = name;
        var source = LinqVector(local, member, "x.Select(v => Math.Exp(U(v))).ToArray()");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task ShiftedExpOfTheHelperInALambda_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = LinqVector(local, member, "x.Select(v => Math.Exp(U(v) - x.Max(U))).ToArray()");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ScalarHelpers))]
    public async Task ShiftedMethodGroupSelection_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = LinqVector(local, member, "x.Select(U).Select(u => Math.Exp(u - x.Max(U))).ToArray()");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    // ---- records and classes: the helper reads the element's members ----

    /// <summary>Spellings of a route utility helper over a class with properties (and a record with a positional member).</summary>
    public static TheoryData<string, string, string> RouteHelpers => new()
    {
        { "local function", "double Utility(Route r) => -theta * (r.Minutes + r.Toll / valueOfTime);", "" },
        { "static local function", "static double Utility(Route r) => -(r.Minutes + r.Toll);", "" },
        { "helper of a helper", "double Cost(Route r) => r.Minutes + r.Toll / valueOfTime; double Utility(Route r) => -theta * Cost(r);", "" },
        { "private static method", "", "private static double Utility(Route r) => -2.0 * r.Minutes - r.Toll;" },
        { "instance method", "", "private double Utility(Route r) => -_theta * (r.Minutes + r.Toll);" },
        { "Func local", "Func<Route, double> Utility = r => -theta * r.Minutes;", "" },
    };

    [Theory]
    [MemberData(nameof(RouteHelpers))]
    public async Task NetworkPeakThroughTheUtility_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = Routes(local, member, "double best = pairs.SelectMany(p => p.Routes).Max(Utility);", "Math.Exp(Utility(r) - best)");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(RouteHelpers))]
    public async Task NetworkPeakFoldedThroughTheUtility_IsLG0001(string name, string local, string member)
    {
        _ = name;
        var source = Routes(
            local,
            member,
            "double best = double.NegativeInfinity; foreach (var p in pairs) foreach (var route in p.Routes) best = Math.Max(best, Utility(route));",
            "Math.Exp(Utility(r) - best)");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(RouteHelpers))]
    public async Task PeakPerPairThroughTheUtility_IsSilent(string name, string local, string member)
    {
        _ = name;
        var source = Routes(local, member, "", "Math.Exp(Utility(r) - pair.Routes.Max(Utility))");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(RouteHelpers))]
    public async Task RawExpOfTheUtility_IsLG0003(string name, string local, string member)
    {
        _ = name;
        var source = Routes(local, member, "", "Math.Exp(Utility(r))");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    // ---- helpers that are not logits stay out ----

    [Theory]
    [InlineData("double U(double v) => Math.Tanh(v);")]
    [InlineData("double U(double v) => v > 0 ? 1.0 : -1.0;")]
    public async Task BoundedHelper_RawExpIsSilent(string local)
    {
        var source = JaggedRows(local, "", "", "Math.Exp(U(x[i][j]))");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task HelperOfTheIndexAndARow_PeakOverTheRowIsSilent()
    {
        // The helper reads the row it is given at the column it is given: a per-row peak through it stays per row.
        var source = Usings + """
            static class C {
                static double At(double[][] x, int i, int j) => 2.0 * x[i][j];
                static void F(double[][] x, double[][] y) {
                    for (int i = 0; i < x.Length; i++) {
                        double best = double.NegativeInfinity;
                        for (int j = 0; j < x[i].Length; j++) best = Math.Max(best, At(x, i, j));
                        double total = 0;
                        for (int j = 0; j < x[i].Length; j++) { y[i][j] = Math.Exp(At(x, i, j) - best); total += y[i][j]; }
                        for (int j = 0; j < x[i].Length; j++) y[i][j] /= total;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double U(double v) => v - best;", "Math.Exp(U(x[i][j]))")]
    [InlineData("Func<double, double> U = v => (v - best) / theta;", "Math.Exp(U(x[i][j]))")]
    public async Task HelperSubtractingACapturedRowPeak_IsSilent(string helper, string exp)
    {
        // The helper shifts by a peak it captures: not a data-free scalar, so it is not read as raw arithmetic.
        var source = JaggedRows("", "", "double best = x[i].Max(); " + helper, exp);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    private static string ListRows(string local, string member, string peak, string exp) => Usings + $$"""
        static class C {
            {{member}}
            static void F(List<List<double>> rows, double theta, double[][] y) {
                {{local}}
                {{peak}}
                for (int i = 0; i < rows.Count; i++) {
                    double total = 0;
                    for (int j = 0; j < rows[i].Count; j++) { y[i][j] = {{exp}}; total += y[i][j]; }
                    for (int j = 0; j < rows[i].Count; j++) y[i][j] /= total;
                }
            }
        }
        """;

    private static string JaggedRows(string local, string member, string rowPeak, string exp, string before = "") => Usings + $$"""
        static class C {
            {{member}}
            static void F(double[][] x, double theta, double[][] y) {
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

    private static string LinqVector(string local, string member, string exps) => Usings + $$"""
        static class C {
            {{member}}
            static double[] F(double[] x, double theta) {
                {{local}}
                double[] e = {{exps}};
                double z = e.Sum();
                return e.Select(v => v / z).ToArray();
            }
        }
        """;

    private static string Routes(string local, string member, string peak, string exp) => Usings + $$"""
        sealed class Route { public double Minutes { get; init; } public double Toll { get; init; } public double Share { get; set; } }
        sealed class OdPair { public List<Route> Routes { get; } = new(); }
        sealed class Loader {
            private readonly double _theta = 0.1;
            {{member}}
            public void Load(IReadOnlyList<OdPair> pairs, double theta, double valueOfTime) {
                {{local}}
                {{peak}}
                foreach (var pair in pairs) {
                    double[] w = pair.Routes.Select(r => {{exp}}).ToArray();
                    double total = w.Sum();
                    for (int i = 0; i < pair.Routes.Count; i++) pair.Routes[i].Share = w[i] / total;
                }
            }
        }
        """;
}
