using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Exps reached through calls whose body is chosen at run time or lies two calls away (branch helperexp, review41
/// cases5 R04/R05/R07/R08): an interface method, an abstract or virtual method, nested helpers, a delegate local whose
/// lambda calls a local function. LG0003 needs the exps known UNSHIFTED: for an interface or abstract receiver every
/// implementation in the compilation must exponentiate its raw input (a receiver known to be one type reads that
/// type's body). Each bug has correct twins: the caller shifts the row first, every implementation shifts by the row's
/// max, or the implementations disagree and the receiver is not known.
/// </summary>
public sealed class SoftmaxModelInterfaceExpTests
{
    /// <summary>Element-wise activations: an interface, an abstract class and a virtual method, each with its exp implementation.</summary>
    private const string ElementTypes = """
        public interface IAct { double Apply(double v); }
        public sealed class ExpAct : IAct { public double Apply(double v) => Math.Exp(v); }
        public sealed class ExpActBlock : IAct { public double Apply(double v) { double e = Math.Exp(v); return e; } }
        public abstract class Act { public abstract double F(double v); }
        public sealed class ExpA : Act { public override double F(double v) => Math.Exp(v); }
        public class VAct { public virtual double F(double v) => Math.Exp(v); }
        public sealed class VExp : VAct { public override double F(double v) => Math.Exp(v); }
        """;

    /// <summary>Element-wise activations whose implementations disagree (one is no exp).</summary>
    private const string MixedElementTypes = """
        public interface IAct { double Apply(double v); }
        public sealed class ExpAct : IAct { public double Apply(double v) => Math.Exp(v); }
        public sealed class Identity : IAct { public double Apply(double v) => v; }
        public abstract class Act { public abstract double F(double v); }
        public sealed class ExpA : Act { public override double F(double v) => Math.Exp(v); }
        public sealed class Square : Act { public override double F(double v) => v * v + 1; }
        public class VAct { public virtual double F(double v) => Math.Exp(v); }
        public sealed class VTanh : VAct { public override double F(double v) => Math.Tanh(v) + 2; }
        """;

    /// <summary>
    /// How the exps of row <c>x</c> are made into <c>e</c> (a fresh row) through an activation object: a map helper, an
    /// inline loop, LINQ. ACT is the receiver's expression.
    /// </summary>
    public static readonly string[] ElementMaps =
    [
        "double[] e = Map(x, ACT);",
        "double[] e = MapAbstract(x, ACT);",
        "var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = ACT.Apply(x[i]);",
        "var e = new double[x.Length]; int k = 0; while (k < x.Length) { e[k] = ACT.F(x[k]); k++; }",
        "var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = ACT.F(x[i]);",
        "double[] e = x.Select(v => ACT.Apply(v)).ToArray();",
        "var obj = ACT; var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = obj.Apply(x[i]);",
    ];

    /// <summary>The receiver for each map above: (known object, a parameter of the abstract type).</summary>
    public static readonly (string Known, string Parameter)[] Receivers =
    [
        ("new ExpAct()", "iact"),
        ("new ExpA()", "act"),
        ("new ExpActBlock()", "iact"),
        ("new ExpA()", "act"),
        ("new VAct()", "vact"),
        ("new ExpAct()", "iact"),
        ("new ExpAct()", "iact"),
    ];

    /// <summary>Per-row drivers: ROWEXPS makes <c>e</c> of row <c>x</c>; each row divided by its own sum.</summary>
    public static readonly string[] Drivers =
    [
        "var x = rows[0]; ROWEXPS double s = 0; for (int i = 0; i < e.Length; i++) s += e[i]; var y = new double[e.Length]; for (int i = 0; i < e.Length; i++) y[i] = e[i] / s; return new[] { y };",
        "var outp = new double[rows.Length][]; for (int r = 0; r < rows.Length; r++) { var x = rows[r]; ROWEXPS double s = 0; foreach (var v in e) s += v; outp[r] = new double[e.Length]; for (int i = 0; i < e.Length; i++) outp[r][i] = e[i] / s; } return outp;",
        "var outp = new List<double[]>(); foreach (var x in rows) { ROWEXPS double s = e.Sum(); outp.Add(e.Select(v => v / s).ToArray()); } return outp.ToArray();",
    ];

    /// <summary>The same drivers with each row shifted by its own max before the activation.</summary>
    private static string Shifted(string driver) =>
        driver.Replace("var x = rows[0];", "var x0 = rows[0]; double m0 = x0.Max(); var x = x0.Select(v => v - m0).ToArray();", System.StringComparison.Ordinal)
            .Replace("var x = rows[r];", "double mr = rows[r].Max(); var x = new double[rows[r].Length]; for (int i = 0; i < x.Length; i++) x[i] = rows[r][i] - mr;", System.StringComparison.Ordinal)
            .Replace("foreach (var x in rows) {", "foreach (var raw in rows) { double mx = double.NegativeInfinity; foreach (var v in raw) mx = Math.Max(mx, v); var x = raw.Select(v => v - mx).ToArray();", System.StringComparison.Ordinal);

    public static IEnumerable<object[]> ElementCases() =>
        from map in Enumerable.Range(0, ElementMaps.Length)
        from driver in Enumerable.Range(0, Drivers.Length)
        from known in new[] { true, false }
        select new object[] { map, driver, known };

    [Theory]
    [MemberData(nameof(ElementCases))]
    public async Task RawExpsThroughAnActivationObject_IsLG0003(int map, int driver, bool known) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(ElementTypes, Drivers[driver].Replace("ROWEXPS", ElementMap(map, known), System.StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ElementCases))]
    public async Task ShiftedRowThroughAnActivationObject_IsSilent(int map, int driver, bool known) =>
        Assert.Empty(await Reported(ElementTypes, Shifted(Drivers[driver]).Replace("ROWEXPS", ElementMap(map, known), System.StringComparison.Ordinal)));

    /// <summary>Implementations that disagree (an exp and a non-exp): a receiver of the abstract type is not known, silent.</summary>
    [Theory]
    [MemberData(nameof(ElementCases))]
    public async Task ImplementationsDisagree_UnknownReceiver_IsSilent(int map, int driver, bool known)
    {
        if (known || map == 4)
        {
            // The known receiver is the exp implementation: reported (the test below). Map 4 calls the virtual VAct.F on
            // a VAct parameter: its own body is a raw exp, reported whatever the override does (review42 H04, below).
            return;
        }

        Assert.Empty(await Reported(MixedElementTypes, Drivers[driver].Replace("ROWEXPS", ElementMap(map, known: false), System.StringComparison.Ordinal)));
    }

    /// <summary>
    /// Review42 H04: a virtual member called on a receiver typed as its non-abstract class reads that class's own body
    /// (main's reading): <c>VAct.F</c> is a raw exp, so <c>vact.F(x[i])</c> is one though the <c>VTanh</c> override differs.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ImplementationsDisagree_VirtualRawBaseReceiver_IsLG0003(int driver) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(MixedElementTypes, Drivers[driver].Replace("ROWEXPS", ElementMap(4, known: false), System.StringComparison.Ordinal)));

    /// <summary>Implementations that disagree, but the receiver is created right there as the exp one: LG0003.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task ImplementationsDisagree_KnownExpReceiver_IsLG0003(int map) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(MixedElementTypes, Drivers[1].Replace("ROWEXPS", ElementMap(map, known: true), System.StringComparison.Ordinal)));

    /// <summary>
    /// Known gap: a same-type helper that maps through a virtual member's method group with LINQ alone
    /// (<c>MapVirtual(x, a) =&gt; x.Select(a.F).ToArray()</c>, no loop) is not inlined, and its summary does not read the
    /// member's bodies: silent (a loop in the helper, <c>Map</c>/<c>MapAbstract</c>, is read).
    /// </summary>
    [Theory]
    [InlineData("new VAct()")]
    [InlineData("vact")]
    public async Task VirtualMethodGroupInAnOwnLinqHelper_IsAKnownGap(string receiver) =>
        Assert.Empty(await Reported(ElementTypes, Drivers[1].Replace("ROWEXPS", $"double[] e = MapVirtual(x, {receiver});", System.StringComparison.Ordinal)));

    /// <summary>An interface with no implementation in the compilation (one of a library): nothing is known, silent.</summary>
    [Fact]
    public async Task InterfaceWithoutSourceImplementation_IsSilent() =>
        Assert.Empty(await Reported("public interface IAct { double Apply(double v); } public abstract class Act { public abstract double F(double v); } public class VAct { public virtual double F(double v) => v; }",
            Drivers[1].Replace("ROWEXPS", ElementMap(0, known: false), System.StringComparison.Ordinal)));

    /// <summary>Row-wise exps: an interface returning a fresh row of exps, implemented raw, shifted or both.</summary>
    private const string RowTypes = """
        public interface IExps { double[] Exps(double[] z); }
        public abstract class ExpsBase { public abstract double[] Exps(double[] z); }
        public sealed class RawExps : IExps { public double[] Exps(double[] z) { var r = new double[z.Length]; for (int i = 0; i < z.Length; i++) r[i] = Math.Exp(z[i]); return r; } }
        public sealed class RawLinqExps : ExpsBase { public override double[] Exps(double[] z) => z.Select(Math.Exp).ToArray(); }
        """;

    private const string ShiftedRowTypes = """
        public interface IExps { double[] Exps(double[] z); }
        public abstract class ExpsBase { public abstract double[] Exps(double[] z); }
        public sealed class ShiftedExps : IExps { public double[] Exps(double[] z) { double m = z.Max(); var r = new double[z.Length]; for (int i = 0; i < z.Length; i++) r[i] = Math.Exp(z[i] - m); return r; } }
        public sealed class ShiftedLinqExps : ExpsBase { public override double[] Exps(double[] z) { double m = double.NegativeInfinity; foreach (var v in z) m = Math.Max(m, v); return z.Select(v => Math.Exp(v - m)).ToArray(); } }
        """;

    private const string MixedRowTypes = """
        public interface IExps { double[] Exps(double[] z); }
        public abstract class ExpsBase { public abstract double[] Exps(double[] z); }
        public sealed class RawExps : IExps { public double[] Exps(double[] z) { var r = new double[z.Length]; for (int i = 0; i < z.Length; i++) r[i] = Math.Exp(z[i]); return r; } }
        public sealed class ShiftedExps : IExps { public double[] Exps(double[] z) { double m = z.Max(); var r = new double[z.Length]; for (int i = 0; i < z.Length; i++) r[i] = Math.Exp(z[i] - m); return r; } }
        public sealed class RawLinqExps : ExpsBase { public override double[] Exps(double[] z) => z.Select(Math.Exp).ToArray(); }
        public sealed class ShiftedLinqExps : ExpsBase { public override double[] Exps(double[] z) { double m = z.Max(); return z.Select(v => Math.Exp(v - m)).ToArray(); } }
        """;

    /// <summary>Row helpers: (the call making <c>e</c> of <c>x</c>).</summary>
    public static readonly string[] RowCalls =
    [
        "double[] e = iexps.Exps(x);",
        "double[] e = baseExps.Exps(x);",
    ];

    public static IEnumerable<object[]> RowCases() =>
        from call in Enumerable.Range(0, RowCalls.Length)
        from driver in Enumerable.Range(0, Drivers.Length)
        select new object[] { call, driver };

    /// <summary>
    /// Known gap: a row-wise interface or abstract member returning a fresh row of raw exps (<c>iexps.Exps(x)</c>, one
    /// implementation in the project) is not followed into its implementation's body: silent. Its twins below stay silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(RowCases))]
    public async Task EveryImplementationExpsRawRows_IsAKnownGap(int call, int driver) =>
        Assert.Empty(await Reported(RowTypes, Drivers[driver].Replace("ROWEXPS", RowCalls[call], System.StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(RowCases))]
    public async Task EveryImplementationShiftsByTheRowMax_IsSilent(int call, int driver) =>
        Assert.Empty(await Reported(ShiftedRowTypes, Drivers[driver].Replace("ROWEXPS", RowCalls[call], System.StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(RowCases))]
    public async Task OneImplementationShiftedOneNot_IsSilent(int call, int driver) =>
        Assert.Empty(await Reported(MixedRowTypes, Drivers[driver].Replace("ROWEXPS", RowCalls[call], System.StringComparison.Ordinal)));

    /// <summary>Nested helpers (R05) and a delegate local reaching an exp through a local function (R07).</summary>
    public static readonly string[] NestedRows =
    [
        "double[] e = Inner(x);",
        "double[] e = Outer(x);",
        "double[] e = OuterBlock(x);",
        "double[] e = Outermost(x);",
    ];

    /// <summary>Rows whose exps are two calls away through a local function or a delegate local (R07): known gaps below.</summary>
    public static readonly string[] NestedLocalRows =
    [
        "double[] e = ViaLocal(x); double[] ViaLocal(double[] z) => Inner(z);",
        "double E(double v) => Math.Exp(v); Func<double[], double[]> expRow = z => { var t = new double[z.Length]; for (int i = 0; i < z.Length; i++) t[i] = E(z[i]); return t; }; double[] e = expRow(x);",
        "Func<double, double> E = v => Math.Exp(v); double[] ExpRow(double[] z) { var t = new double[z.Length]; for (int i = 0; i < z.Length; i++) t[i] = E(z[i]); return t; } double[] e = ExpRow(x);",
    ];

    public static IEnumerable<object[]> NestedCases() =>
        from row in Enumerable.Range(0, NestedRows.Length)
        from driver in Enumerable.Range(0, Drivers.Length)
        select new object[] { row, driver };

    [Theory]
    [MemberData(nameof(NestedCases))]
    public async Task RawExpsTwoCallsAway_IsLG0003(int row, int driver) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(ElementTypes, Drivers[driver].Replace("ROWEXPS", NestedRows[row], System.StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(NestedCases))]
    public async Task ShiftedRowTwoCallsAway_IsSilent(int row, int driver) =>
        Assert.Empty(await Reported(ElementTypes, Shifted(Drivers[driver]).Replace("ROWEXPS", NestedRows[row], System.StringComparison.Ordinal)));

    public static IEnumerable<object[]> NestedLocalCases() =>
        from row in Enumerable.Range(0, NestedLocalRows.Length)
        from driver in Enumerable.Range(0, Drivers.Length)
        select new object[] { row, driver };

    /// <summary>
    /// Known gap (review41 R07): a local function or a delegate local's lambda returning a fresh row whose exps come from
    /// another local function, delegate local or helper (<c>expRow = z =&gt; { … t[i] = E(z[i]); … }</c>) is not
    /// followed into: silent. Their shifted twins stay silent too.
    /// </summary>
    [Theory]
    [MemberData(nameof(NestedLocalCases))]
    public async Task RawExpsTwoLocalCallsAway_IsAKnownGap(int row, int driver) =>
        Assert.Empty(await Reported(ElementTypes, Drivers[driver].Replace("ROWEXPS", NestedLocalRows[row], System.StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(NestedLocalCases))]
    public async Task ShiftedRowTwoLocalCallsAway_IsSilent(int row, int driver) =>
        Assert.Empty(await Reported(ElementTypes, Shifted(Drivers[driver]).Replace("ROWEXPS", NestedLocalRows[row], System.StringComparison.Ordinal)));

    private static string ElementMap(int map, bool known) =>
        ElementMaps[map].Replace("ACT", known ? Receivers[map].Known : Receivers[map].Parameter, System.StringComparison.Ordinal);

    private static async Task<List<string>> Reported(string types, string body)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            {{types}}

            // TYPES

            public static class Layer
            {
                public static double[][] Run(double[][] rows, IAct iact, Act act, VAct vact, IExps iexps, ExpsBase baseExps)
                {
                    {{body}}
                }

                private static double[] Map(double[] x, IAct f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]); return r; }

                private static double[] MapAbstract(double[] x, Act a) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = a.F(x[i]); return r; }

                private static double[] MapVirtual(double[] x, VAct a) => x.Select(a.F).ToArray();

                private static double[] Inner(double[] x) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = Math.Exp(x[i]); return r; }

                private static double[] Outer(double[] x) => Inner(x);

                private static double[] OuterBlock(double[] x) { var t = Inner(x); return t; }

                private static double[] Outermost(double[] x) => Outer(x);
            }
            """;
        source = EnsureTypes(source, types);
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Select(diagnostic => diagnostic.Id).ToList();
    }

    /// <summary>Declares whichever of the element and row types <paramref name="types"/> does not, so every signature binds.</summary>
    private static string EnsureTypes(string source, string types)
    {
        var missing = new List<string>();
        if (!types.Contains("interface IAct", System.StringComparison.Ordinal))
        {
            missing.Add("public interface IAct { double Apply(double v); } public abstract class Act { public abstract double F(double v); } public class VAct { public virtual double F(double v) => v; }");
        }

        if (!types.Contains("interface IExps", System.StringComparison.Ordinal))
        {
            missing.Add("public interface IExps { double[] Exps(double[] z); } public abstract class ExpsBase { public abstract double[] Exps(double[] z); }");
        }

        return source.Replace("// TYPES", string.Join("\n", missing), System.StringComparison.Ordinal);
    }
}
