using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Review42 of branch helperexp (second attempt, helperexp2): (1) a row shifted by a helper written with LINQ, an
/// <c>Array.ConvertAll</c> or <c>TensorPrimitives.Subtract</c> (K01–K09) carries its shift into whatever exponentiates it
/// (an interface, abstract, delegate or direct exp; float rows, the TensorPrimitives the tests reference is float-only): silent; the same helpers without the shift stay LG0003. (2) A
/// virtual method called on a receiver whose static type is a non-abstract class reads that class's own body
/// (H04, H09, H23–H25): raw there is raw, whatever the overrides do. (3) The per-method gate sees an exp reached only
/// through a dispatched call of a same-type helper (bisect C5): reported though the class names no exp.
/// </summary>
public sealed class SoftmaxModelDispatchedShiftTests
{
    private const string Types = """
        public interface IAct { float Apply(float v); }
        public sealed class ExpAct : IAct { public float Apply(float v) => MathF.Exp(v); }
        public abstract class Act { public abstract float F(float v); }
        public sealed class ExpA : Act { public override float F(float v) => MathF.Exp(v); }
        public static class Util
        {
            public static float[] ShiftedOther(float[] x) { float m = x.Max(); return x.Select(v => v - m).ToArray(); }
            public static float[] CopyOther(float[] x) { float m = x.Max(); return x.Select(v => v).ToArray(); }
        }
        """;

    /// <summary>Row helpers that shift by the row's max: (shifting helper call, its raw twin).</summary>
    public static readonly (string Shifted, string Raw)[] ShiftHelpers =
    [
        ("ShiftedLinq(x)", "CopyLinq(x)"),
        ("ShiftedLinqLoopMax(x)", "CopyLinqLoopMax(x)"),
        ("ShiftedTensor(x)", "CopyTensor(x)"),
        ("ShiftedConvertAll(x)", "CopyConvertAll(x)"),
        ("ShiftedLinqLocal(x)", "CopyLinqLocal(x)"),
        ("ShiftedLinqExpression(x)", "CopyLinqExpression(x)"),
        ("Util.ShiftedOther(x)", "Util.CopyOther(x)"),
    ];

    /// <summary>How the exps of row ROW are made: interface, abstract, cast receiver, delegate, direct exp helper, inline loop.</summary>
    public static readonly string[] ExpMaps =
    [
        "float[] e = Map(ROW, new ExpAct());",
        "float[] e = MapAbstract(ROW, new ExpA());",
        "float[] e = Map(ROW, (IAct)new ExpAct());",
        "float[] e = MapDelegate(ROW, MathF.Exp);",
        "float[] e = MapExp(ROW);",
        "var z = ROW; IAct f = new ExpAct(); var e = new float[z.Length]; int k = 0; while (k < z.Length) { e[k] = f.Apply(z[k]); k++; }",
    ];

    public static IEnumerable<object[]> Cases() =>
        from helper in Enumerable.Range(0, ShiftHelpers.Length)
        from map in Enumerable.Range(0, ExpMaps.Length)
        select new object[] { helper, map };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RowShiftedByAHelper_ThenExponentiated_IsSilent(int helper, int map) =>
        Assert.Empty(await Reported(ExpMaps[map].Replace("ROW", ShiftHelpers[helper].Shifted, System.StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RowCopiedByTheSameHelperWithoutTheShift_IsLG0003(int helper, int map) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(ExpMaps[map].Replace("ROW", ShiftHelpers[helper].Raw, System.StringComparison.Ordinal)));

    private static async Task<List<string>> Reported(string rowExps) =>
        await FixRunner.ReportedIdsAsync($$"""
            using System;
            using System.Linq;
            using System.Numerics.Tensors;

            {{Types}}

            public static class Layer
            {
                public static float[] Run(float[] x)
                {
                    {{rowExps}}
                    float s = 0;
                    for (int i = 0; i < e.Length; i++) s += e[i];
                    var y = new float[e.Length];
                    for (int i = 0; i < e.Length; i++) y[i] = e[i] / s;
                    return y;
                }

                private static float[] ShiftedLinq(float[] x) { float m = x.Max(); return x.Select(v => v - m).ToArray(); }
                private static float[] CopyLinq(float[] x) { float m = x.Max(); return x.Select(v => v).ToArray(); }
                private static float[] ShiftedLinqLoopMax(float[] x) { float m = float.NegativeInfinity; foreach (var v in x) m = Math.Max(m, v); return x.Select(v => v - m).ToArray(); }
                private static float[] CopyLinqLoopMax(float[] x) { float m = float.NegativeInfinity; foreach (var v in x) m = Math.Max(m, v); return x.Select(v => v * 1f).ToArray(); }
                private static float[] ShiftedTensor(float[] x) { var r = new float[x.Length]; TensorPrimitives.Subtract(x, TensorPrimitives.Max(x), r); return r; }
                private static float[] CopyTensor(float[] x) { var r = new float[x.Length]; TensorPrimitives.Multiply(x, 1f, r); return r; }
                private static float[] ShiftedConvertAll(float[] x) { float m = x.Max(); return Array.ConvertAll(x, v => v - m); }
                private static float[] CopyConvertAll(float[] x) { float m = x.Max(); return Array.ConvertAll(x, v => v); }
                private static float[] ShiftedLinqLocal(float[] x) { float m = x.Max(); var r = x.Select(v => v - m).ToArray(); return r; }
                private static float[] CopyLinqLocal(float[] x) { float m = x.Max(); var r = x.Select(v => v).ToArray(); return r; }
                private static float[] ShiftedLinqExpression(float[] x) => x.Select(v => v - x.Max()).ToArray();
                private static float[] CopyLinqExpression(float[] x) => x.Select(v => v + 0f).ToArray();

                private static float[] Map(float[] x, IAct f) { var r = new float[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]); return r; }
                private static float[] MapAbstract(float[] x, Act f) { var r = new float[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.F(x[i]); return r; }
                private static float[] MapDelegate(float[] x, Func<float, float> f) { var r = new float[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f(x[i]); return r; }
                private static float[] MapExp(float[] x) { var r = new float[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = MathF.Exp(x[i]); return r; }
            }
            """);

    /// <summary>Virtual activations: a non-abstract base whose own body is a raw exp, and overrides that differ (H04, H09, H23, H24, H25).</summary>
    public static readonly string[] RawVirtualBases =
    [
        "public class VAct { public virtual double Apply(double v) => Math.Exp(v); } public sealed class Tanh : VAct { public override double Apply(double v) => Math.Tanh(v); }",
        "public class VAct { public virtual double Apply(double v) => Math.Exp(v); } public class Twice : VAct { public override double Apply(double v) => base.Apply(v) * Apply2(v); public virtual double Apply2(double v) => Apply(v - 1); } public sealed class Loop : Twice { public override double Apply2(double v) => Apply(v); }",
        "public class VAct { public virtual double Apply(double v) => Math.Exp(v); } public sealed class Softplus : VAct { public override double Apply(double v) => Math.Log(1 + Math.Exp(v)); }",
        "public class VAct { public virtual double Apply(double v) => Math.Exp(v); } public sealed class Counting : VAct { public int Calls; public override double Apply(double v) { Calls++; return base.Apply(v); } }",
        "public class VAct { public virtual double Apply(double v) => Math.Exp(v); } public sealed class Clamped : VAct { public override double Apply(double v) => Math.Exp(Math.Min(v, 50)); }",
        "public class VAct { public virtual double Apply(double v) { double e = Math.Exp(v); return e; } } public class Mid : VAct { } public sealed class Tanh : Mid { public override double Apply(double v) => Math.Tanh(v); }",
    ];

    /// <summary>How a virtual activation <c>f</c> (a <c>VAct</c> parameter) is applied to row <c>x</c>: loop, while, foreach, LINQ, map helper.</summary>
    public static readonly string[] VirtualMaps =
    [
        "var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = f.Apply(x[i]);",
        "var e = new double[x.Length]; int k = 0; while (k < x.Length) { e[k] = f.Apply(x[k]); k++; }",
        "var e = new double[x.Length]; int j = 0; foreach (var v in x) e[j++] = f.Apply(v);",
        "double[] e = x.Select(v => f.Apply(v)).ToArray();",
        "double[] e = MapV(x, f);",
    ];

    public static IEnumerable<object[]> VirtualCases() =>
        from types in Enumerable.Range(0, RawVirtualBases.Length)
        from map in Enumerable.Range(0, VirtualMaps.Length)
        select new object[] { types, map };

    [Theory]
    [MemberData(nameof(VirtualCases))]
    public async Task RawVirtualBodyOnAnInstantiableReceiver_IsLG0003(int types, int map) =>
        Assert.Equal(new[] { "LG0003" }, await ReportedVirtual(RawVirtualBases[types], "var x = raw;", VirtualMaps[map]));

    [Theory]
    [MemberData(nameof(VirtualCases))]
    public async Task RawVirtualBodyOnAShiftedRow_IsSilent(int types, int map) =>
        Assert.Empty(await ReportedVirtual(RawVirtualBases[types], "double m = raw.Max(); var x = raw.Select(v => v - m).ToArray();", VirtualMaps[map]));

    /// <summary>The base's own body is no exp (an override is): a receiver of the base type is not known to exp, silent.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task NonExpVirtualBodyWithAnExpOverride_IsSilent(int map) =>
        Assert.Empty(await ReportedVirtual(
            "public class VAct { public virtual double Apply(double v) => Math.Tanh(v) + 2; } public sealed class ExpV : VAct { public override double Apply(double v) => Math.Exp(v); }",
            "var x = raw;",
            VirtualMaps[map]));

    private static async Task<List<string>> ReportedVirtual(string types, string row, string map) =>
        await FixRunner.ReportedIdsAsync($$"""
            using System;
            using System.Linq;

            {{types}}

            public static class Layer
            {
                public static double[] Run(double[] raw, VAct f)
                {
                    {{row}}
                    {{map}}
                    double s = 0;
                    for (int i = 0; i < e.Length; i++) s += e[i];
                    for (int i = 0; i < e.Length; i++) e[i] /= s;
                    return e;
                }

                private static double[] MapV(double[] x, VAct f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]); return r; }
            }
            """);

    /// <summary>Exps reached through a dispatched call inside a same-type map helper, in a class that names no exp (bisect C5).</summary>
    public static readonly string[] GateCalls =
    [
        "double[] e = Map(ROW, new ExpAct());",
        "double[] e = Map(ROW, iact);",
        "double[] e = MapAbstract(ROW, act);",
        "double[] e = MapV(ROW, vact);",
        "double[] e = MapGroup(ROW, iact);",
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task DispatchedExpInAHelperOfAClassNamingNoExp_IsLG0003(int call) =>
        Assert.Equal(new[] { "LG0003" }, await ReportedGate(GateCalls[call].Replace("ROW", "x", System.StringComparison.Ordinal)));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task DispatchedExpInAHelperOfAClassNamingNoExp_ShiftedRow_IsSilent(int call) =>
        Assert.Empty(await ReportedGate("double m = x.Max(); var z = new double[x.Length]; for (int i = 0; i < x.Length; i++) z[i] = x[i] - m; "
            + GateCalls[call].Replace("ROW", "z", System.StringComparison.Ordinal)));

    private static async Task<List<string>> ReportedGate(string rowExps) =>
        await FixRunner.ReportedIdsAsync($$"""
            using System;
            using System.Linq;

            public interface IAct { double Apply(double v); }
            public sealed class ExpAct : IAct { public double Apply(double v) => Math.Exp(v); }
            public abstract class Act { public abstract double F(double v); }
            public sealed class ExpA : Act { public override double F(double v) => Math.Exp(v); }
            public class VAct { public virtual double G(double v) => Math.Exp(v); }

            public static class Layer
            {
                public static double[] Run(double[] x, IAct iact, Act act, VAct vact)
                {
                    {{rowExps}}
                    double s = 0;
                    for (int i = 0; i < e.Length; i++) s += e[i];
                    var y = new double[e.Length];
                    for (int i = 0; i < e.Length; i++) y[i] = e[i] / s;
                    return y;
                }

                private static double[] Map(double[] x, IAct f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]); return r; }
                private static double[] MapAbstract(double[] x, Act f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.F(x[i]); return r; }
                private static double[] MapV(double[] x, VAct f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.G(x[i]); return r; }
                private static double[] MapGroup(double[] x, IAct f) => x.Select(f.Apply).ToArray();
            }
            """);
}
