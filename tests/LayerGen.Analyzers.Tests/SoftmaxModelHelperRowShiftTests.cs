using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Review43 B of branch helperexp2 (third attempt, helperexp3): a helper's returned row (or the row a void helper writes)
/// is read by the model as the caller's inline code is, not by a syntactic whitelist. Correct max-shift helpers in any
/// spelling (TensorPrimitives into <c>r.AsSpan()</c>, an early return, a temperature, a held or chained <c>Select</c>,
/// <c>Enumerable.Select(x, …)</c>, a void helper, a forwarding helper: H32–H43) stay silent through an interface,
/// abstract or direct exp; helpers that subtract no maximum of the row (a caller-given 0, the minimum, another row's
/// maximum: H01, H02, H05, H24) and a generic receiver constrained to a non-abstract raw-exp class (H12) report.
/// </summary>
public sealed class SoftmaxModelHelperRowShiftTests
{
    /// <summary>Correct helpers (review43 H34–H43 spellings): the call that makes row <c>z</c> from <c>x</c>, and the helper.</summary>
    public static readonly (string Call, string Helper)[] MaxShiftHelpers =
    [
        ("var z = Prep(x);", "static float[] Prep(float[] x) { var r = new float[x.Length]; TensorPrimitives.Subtract(x, TensorPrimitives.Max(x), r.AsSpan()); return r; }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { if (x.Length == 0) return x; float m = x.Max(); return x.Select(v => v - m).ToArray(); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = x.Max(); return x.Select(v => (v - m) / 0.7f).ToArray(); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = x.Max(); IEnumerable<float> q = x.Select(v => v - m); return q.ToArray(); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = x.Max(); return x.Select(v => v - m).Select(v => MathF.Round(v, 6)).ToArray(); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = x.Max(); return Enumerable.Select(x, v => v - m).ToArray(); }"),
        ("var z = new float[x.Length]; Prep(x, z);", "static void Prep(float[] x, float[] r) { TensorPrimitives.Subtract(x, TensorPrimitives.Max(x), r); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) => Shift(x, x.Max()); static float[] Shift(float[] x, float m) => x.Select(v => v - m).ToArray();"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = float.MinValue; for (int j = 0; j < x.Length; j++) m = MathF.Max(m, x[j]); var r = new float[x.Length]; int k = 0; while (k < x.Length) { r[k] = x[k] - m; k++; } return r; }"),
    ];

    /// <summary>Buggy helpers: no maximum of the row is subtracted (H01 zero, H02 min, H05 TensorPrimitives min, H24 another row's max, H03 loop min).</summary>
    public static readonly (string Call, string Helper)[] NonMaxShiftHelpers =
    [
        ("var z = Offset(x, 0f);", "static float[] Offset(float[] x, float b) => x.Select(v => v - b).ToArray();"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = x.Min(); return x.Select(v => v - m).ToArray(); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { var r = new float[x.Length]; TensorPrimitives.Subtract(x, TensorPrimitives.Min(x), r); return r; }"),
        ("var z = Prep(y, x);", "static float[] Prep(float[] a, float[] b) { float m = a.Max(); return b.Select(v => v - m).ToArray(); }"),
        ("var z = Prep(x);", "static float[] Prep(float[] x) { float m = float.MaxValue; for (int j = 0; j < x.Length; j++) m = MathF.Min(m, x[j]); var r = new float[x.Length]; for (int j = 0; j < x.Length; j++) r[j] = x[j] - m; return r; }"),
    ];

    /// <summary>How row <c>z</c> is exponentiated: interface, abstract, direct loop, foreach.</summary>
    public static readonly string[] ExpMaps =
    [
        "IAct f = new ExpAct(); var e = new float[z.Length]; for (int i = 0; i < z.Length; i++) e[i] = f.Apply(z[i]);",
        "Act a = new ExpA(); var e = new float[z.Length]; for (int i = 0; i < z.Length; i++) e[i] = a.F(z[i]);",
        "var e = new float[z.Length]; for (int i = 0; i < z.Length; i++) e[i] = MathF.Exp(z[i]);",
        "IAct f = new ExpAct(); var e = new float[z.Length]; int j2 = 0; foreach (var v in z) e[j2++] = f.Apply(v);",
    ];

    public static IEnumerable<object[]> MaxCases() =>
        from helper in Enumerable.Range(0, MaxShiftHelpers.Length)
        from map in Enumerable.Range(0, ExpMaps.Length)
        select new object[] { helper, map };

    public static IEnumerable<object[]> NonMaxCases() =>
        from helper in Enumerable.Range(0, NonMaxShiftHelpers.Length)
        from map in Enumerable.Range(0, ExpMaps.Length)
        select new object[] { helper, map };

    [Theory]
    [MemberData(nameof(MaxCases))]
    public async Task RowShiftedByItsMaxInAHelper_AnySpelling_IsSilent(int helper, int map) =>
        Assert.Empty(await Reported(MaxShiftHelpers[helper].Call, ExpMaps[map], MaxShiftHelpers[helper].Helper));

    [Theory]
    [MemberData(nameof(NonMaxCases))]
    public async Task RowShiftedByNoMaximumInAHelper_IsLG0003(int helper, int map) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(NonMaxShiftHelpers[helper].Call, ExpMaps[map], NonMaxShiftHelpers[helper].Helper));

    /// <summary>The same non-maximum shifts written inline (the helper's reading must match it).</summary>
    [Theory]
    [InlineData("float m = x.Min(); var z = x.Select(v => v - m).ToArray();")]
    [InlineData("var z = new float[x.Length]; TensorPrimitives.Subtract(x, TensorPrimitives.Min(x), z);")]
    [InlineData("float m = x.Min(); var z = new float[x.Length]; for (int j = 0; j < x.Length; j++) z[j] = x[j] - m;")]
    public async Task RowShiftedByItsMinInline_IsLG0003(string row) =>
        Assert.Equal(new[] { "LG0003" }, await Reported(row, ExpMaps[2], string.Empty));

    /// <summary>Softmin twins: the minimum entering with a positive sign (<c>exp(-(x - min))</c>) is a valid shift: silent.</summary>
    [Theory]
    [InlineData("float m = x.Min(); var z = x.Select(v => v - m).ToArray();")]
    [InlineData("float m = x.Min(); var z = new float[x.Length]; for (int j = 0; j < x.Length; j++) z[j] = x[j] - m;")]
    public async Task RowShiftedByItsMinThenNegated_IsSilent(string row) =>
        Assert.Empty(await Reported(row, "var e = new float[z.Length]; for (int i = 0; i < z.Length; i++) e[i] = MathF.Exp(-z[i]);", string.Empty));

    /// <summary>H12: a receiver of a type parameter constrained to a non-abstract class whose own body is a raw exp (T may be exactly it).</summary>
    [Theory]
    [InlineData("var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = f.Apply(x[i]);")]
    [InlineData("double[] e = x.Select(v => f.Apply(v)).ToArray();")]
    [InlineData("var e = new double[x.Length]; int k = 0; foreach (var v in x) e[k++] = f.Apply(v);")]
    public async Task GenericReceiverConstrainedToARawExpClass_IsLG0003(string map) =>
        Assert.Equal(new[] { "LG0003" }, await ReportedGeneric(map, "var x = raw;"));

    [Theory]
    [InlineData("var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = f.Apply(x[i]);")]
    [InlineData("double[] e = x.Select(v => f.Apply(v)).ToArray();")]
    public async Task GenericReceiverConstrainedToARawExpClass_ShiftedRow_IsSilent(string map) =>
        Assert.Empty(await ReportedGeneric(map, "double m = raw.Max(); var x = raw.Select(v => v - m).ToArray();"));

    private static async Task<List<string>> ReportedGeneric(string map, string row) =>
        await FixRunner.ReportedIdsAsync($$"""
            using System;
            using System.Linq;

            public class VAct { public virtual double Apply(double v) => Math.Exp(v); }
            public sealed class Tanh : VAct { public override double Apply(double v) => Math.Tanh(v); }

            public static class Layer
            {
                public static double[] Run<T>(double[] raw, T f) where T : VAct
                {
                    {{row}}
                    {{map}}
                    double s = 0;
                    for (int i = 0; i < e.Length; i++) s += e[i];
                    for (int i = 0; i < e.Length; i++) e[i] /= s;
                    return e;
                }
            }
            """);

    private static async Task<List<string>> Reported(string row, string exps, string helper) =>
        await FixRunner.ReportedIdsAsync($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Numerics.Tensors;

            public interface IAct { float Apply(float v); }
            public sealed class ExpAct : IAct { public float Apply(float v) => MathF.Exp(v); }
            public abstract class Act { public abstract float F(float v); }
            public sealed class ExpA : Act { public override float F(float v) => MathF.Exp(v); }

            public static class Layer
            {
                public static float[] Run(float[] x, float[] y)
                {
                    {{row}}
                    {{exps}}
                    float s = 0;
                    for (int i = 0; i < e.Length; i++) s += e[i];
                    var p = new float[e.Length];
                    for (int i = 0; i < e.Length; i++) p[i] = e[i] / s;
                    return p;
                }

                {{helper}}
            }
            """);
}
