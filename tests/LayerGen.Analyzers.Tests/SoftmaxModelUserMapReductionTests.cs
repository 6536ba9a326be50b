using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A reduction of a user element-wise map's result is a reduction of the mapped values, as a LINQ fold of a
/// <c>Select</c> is (SoftmaxModel.UserMaps.cs): <c>x.Map(e =&gt; Math.Exp(e)).Sum()</c> sums the raw exps whether the
/// fold is LINQ's, an <c>Aggregate</c>, or the wrapper type's own <c>Sum()</c>/<c>Max()</c> folding its element storage
/// (UserStorageFolds.cs). The same softmax shifted by a per-vector max stays silent.
/// </summary>
public class SoftmaxModelUserMapReductionTests
{
    /// <summary>Map spellings: the type, the call of the map with <c>$src</c>/<c>$f</c>, and the extra members of the vector.</summary>
    public static TheoryData<string, string> Maps() => new()
    {
        // An extension over arrays.
        { "static class Ext { public static double[] Map(this double[] v, Func<double, double> f) => v.Select(f).ToArray(); }", "$src.Map($f)" },

        // A static map with a loop.
        { "static class Arrays { public static double[] Apply(double[] v, Func<double, double> f) { var r = new double[v.Length]; for (int i = 0; i < v.Length; i++) r[i] = f(v[i]); return r; } }", "Arrays.Apply($src, $f)" },

        // A generic extension over lists.
        { "static class Ext { public static List<T> Transform<T>(this List<T> v, Func<T, T> f) { var r = new List<T>(); foreach (var e in v) r.Add(f(e)); return r; } }", "$src.ToList().Transform($f)" },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public async Task ALinqSumOfAMapsResult_IsASumOfTheMappedExps(string beside, string map)
    {
        var source = Arrays(beside, $"double s = {Call(map, "x", "e => Math.Exp(e)")}.Sum();", "return x.Select(e => Math.Exp(e) / s).ToArray();");
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public async Task AnAggregateSumOfAMapsResult_IsASumOfTheMappedExps(string beside, string map)
    {
        var source = Arrays(beside, $"double s = {Call(map, "x", "e => Math.Exp(e)")}.Aggregate(0.0, (a, b) => a + b);", "return x.Select(e => Math.Exp(e) / s).ToArray();");
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public async Task ASumOfShiftedExpsOfAMap_IsSilent(string beside, string map)
    {
        var source = Arrays(beside, $"double m = x.Max(); double s = {Call(map, "x", "e => Math.Exp(e - m)")}.Sum();", "return x.Select(e => Math.Exp(e - m) / s).ToArray();");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public async Task AMaxOfAMapsResult_ShiftsLikeAMaxOfSelect(string beside, string map)
    {
        // The max of the scaled logits shifts the scaled logits: correct.
        var source = Arrays(beside, $"var z = {Call(map, "x", "e => e * 2.0")}.ToArray(); double m = {Call(map, "x", "e => e * 2.0")}.Max(); double s = z.Sum(e => Math.Exp(e - m));", "return z.Select(e => Math.Exp(e - m) / s).ToArray();");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The wrapper's own reductions of its storage, spelled as LINQ over the field, a loop, an <c>if</c> max.</summary>
    [Theory]
    [InlineData("public double Sum() => Values.Sum();", "Sum")]
    [InlineData("public double Total() { double t = 0; foreach (var v in _data) t += v; return t; }", "Total")]
    [InlineData("public double Sum() { double t = 0; for (int i = 0; i < _data.Length; i++) { t += _data[i]; } return t; }", "Sum")]
    public async Task TheWrappersOwnSumOfAMapsResult_IsASumOfTheMappedExps(string reduction, string name)
    {
        var source = Wrapper(reduction, $"double s = x.Map(e => Math.Exp(e)).{name}();", "return x.Map(e => Math.Exp(e) / s);");
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("public double Sum() => Values.Sum(); public double Max() => Values.Max();", "Max")]
    [InlineData("public double Sum() => _data.Sum(); public double Largest() { double m = double.NegativeInfinity; foreach (var v in _data) if (v > m) m = v; return m; }", "Largest")]
    [InlineData("public double Sum() { double t = 0; foreach (var v in _data) t += v; return t; } public double Max() { double m = _data[0]; for (int i = 1; i < _data.Length; i++) m = Math.Max(m, _data[i]); return m; }", "Max")]
    public async Task ExpsShiftedByTheWrappersOwnMax_AreSilent(string reductions, string max)
    {
        var source = Wrapper(reductions, $"double m = x.{max}(); double s = x.Map(e => Math.Exp(e - m)).Sum();", "return x.Map(e => Math.Exp(e - m) / s);");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task AWrapperMethodFoldingSomethingElse_IsNoSumOfItsStorage()
    {
        // Sums only the first two entries: not a fold of the storage, so the division is no softmax normalisation.
        var source = Wrapper("public double Sum() => _data[0] + _data[1];", "double s = x.Map(e => Math.Exp(e)).Sum();", "return x.Map(e => e / s);");
        Assert.DoesNotContain("LG0003", await FixRunner.ReportedIdsAsync(source));
    }

    private static string Call(string map, string source, string lambda) => map.Replace("$src", source).Replace("$f", lambda);

    private static string Arrays(string beside, string before, string result) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        {{beside}}

        static class C {
            static double[] F(double[] x) {
                {{before}}
                {{result}}
            }
        }
        """;

    /// <summary>A wrapper storing its entries in a private field <c>_data</c> when the members name it, else in an auto-property <c>Values</c>.</summary>
    private static string Wrapper(string reductions, string before, string result) => reductions.Contains("_data", StringComparison.Ordinal)
        ? WrapperOf("private readonly double[] _data; public Vector(double[] data) => _data = data;", "new(_data.Select(f).ToArray())", reductions, before, result)
        : WrapperOf("public Vector(double[] values) => Values = values; public double[] Values { get; }", "new(Values.Select(f).ToArray())", reductions, before, result);

    private static string WrapperOf(string storage, string map, string reductions, string before, string result) => $$"""
        using System;
        using System.Linq;

        public sealed class Vector {
            {{storage}}
            public Vector Map(Func<double, double> f) => {{map}};
            {{reductions}}
        }

        static class C {
            static Vector F(Vector x) {
                {{before}}
                {{result}}
            }
        }
        """;
}
