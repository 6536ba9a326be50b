using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A call of the user's own element-wise map is read like LINQ <c>Select</c> with its lambda (ElementMapReader.cs,
/// SoftmaxModel.UserMaps.cs), decided from the map's source whatever its name and spelling: a loop storing
/// <c>f(data[i])</c>, a <c>foreach</c> adding <c>f(v)</c>, <c>Select(f)</c> over its storage, an iterator, a
/// <c>Parallel.For</c> body, a delegation to another map, an extension, a static <c>Tensor.Map(t, f)</c>, in place.
/// Un-shifted exps in its lambda are LG0003, shifted ones silent; a method that does anything else with its delegate
/// (calls it once, on a constant, over another field, stores it, folds the results) or may be replaced (virtual,
/// interface) stays an unknown call.
/// </summary>
public class SoftmaxModelUserMapTests
{
    /// <summary>Map members of the tensor (or top-level types beside it) and the statement that calls them with <c>$f</c>.</summary>
    public static TheoryData<string, string, string> ElementwiseMaps() => new()
    {
        {
            "public FTensor Map(Func<float, float> map) { var r = new float[_values.Length]; for (int i = 0; i < _values.Length; i++) { r[i] = map(_values[i]); } return new FTensor(r); }",
            "", "return x.Map($f);"
        },
        {
            "public FTensor Apply(Func<float, float> f) { var r = new List<float>(); foreach (var v in this) r.Add(f(v)); return new FTensor(r.ToArray()); }",
            "", "return x.Apply($f);"
        },
        { "public FTensor Transform(Func<float, float> f) => new FTensor(_values.Select(f).ToArray());", "", "return x.Transform($f);" },
        { "public FTensor Select(Func<float, float> selector) => new FTensor(_values.Select(v => selector(v)).ToArray());", "", "return x.Select($f);" },
        {
            "public FTensor ForEachElement(Func<float, float> f) { var r = new FTensor(new float[Length]); int i = 0; while (i < Length) { r[i] = f(this[i]); i++; } return r; }",
            "", "return x.ForEachElement($f);"
        },
        {
            "public FTensor Map(Func<float, float> f) { var r = new float[Length]; for (int k = 0; k < r.Length; k++) r[k] = f(_values[k]); return new FTensor(r); }"
                + " public FTensor Apply(Func<float, float> f) => Map(f);",
            "", "return x.Apply($f);"
        },
        {
            "public FTensor ParallelMap(Func<float, float> f) { var r = new float[_values.Length]; Parallel.For(0, r.Length, i => r[i] = f(_values[i])); return new FTensor(r); }",
            "", "return x.ParallelMap($f);"
        },
        { "public IEnumerable<float> Mapped(Func<float, float> f) { foreach (var v in _values) yield return f(v); }", "", "return x.Mapped($f).ToArray();" },
        {
            "", "static class TensorExtensions { public static FTensor Map(this FTensor t, Func<float, float> f) { var r = new float[t.Length]; for (int i = 0; i < t.Length; i++) r[i] = f(t[i]); return new FTensor(r); } }",
            "return x.Map($f);"
        },
        {
            "", "static class Tensor { public static FTensor Map(FTensor t, Func<float, float> f) { var r = new float[t.Length]; for (int i = 0; i < r.Length; i++) r[i] = f(t[i]); return new FTensor(r); } }",
            "return Tensor.Map(f: $f, t: x);"
        },
        { "public void ApplyInPlace(Func<float, float> f) { for (int i = 0; i < _values.Length; i++) _values[i] = f(_values[i]); }", "", "x.ApplyInPlace($f); return x;" },
    };

    [Theory]
    [MemberData(nameof(ElementwiseMaps))]
    public async Task RawExpsInAUserMapLambda_AreLG0003LikeInSelect(string member, string beside, string call)
    {
        var source = Tensor(member, beside, "var sum = x.Sum(v => MathF.Exp(v));", call.Replace("$f", "v => MathF.Exp(v) / sum"));
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0003", "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(ElementwiseMaps))]
    public async Task ExpsShiftedByTheTensorsMaxInAUserMapLambda_AreSilent(string member, string beside, string call)
    {
        var source = Tensor(member, beside, "float m = x.Max(); var sum = x.Sum(v => MathF.Exp(v - m));", call.Replace("$f", "v => MathF.Exp(v - m) / sum"));
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("var e = x.Map(MathF.Exp); float s = e.Sum(); return e.Map(v => v / s);", "LG0003")]
    [InlineData("var e = x.Map(v => MathF.Exp(v)); float s = 0; foreach (var v in e) s += v; return e.Map(v => v / s);", "LG0003")]
    [InlineData("float m = x.Max(); var e = x.Map(v => MathF.Exp(v - m)); float s = e.Sum(); return e.Map(v => v / s);", null)]
    [InlineData("var e = x.Map(v => MathF.Exp(v - x.Max())); float s = e.Sum(); return e.Map(v => v / s);", null)]
    public async Task ExpsMadeByAUserMapAndNormalisedByAnother_AreJudgedLikeSelect(string body, string? expected)
    {
        var member = "public FTensor Map(Func<float, float> map) { var r = new float[_values.Length]; for (int i = 0; i < r.Length; i++) r[i] = map(_values[i]); return new FTensor(r); }";
        var source = Tensor(member, "", "", body);
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>Methods taking the same delegate that are no element-wise map: the lambda's exp is an unknown value.</summary>
    [Theory]
    [InlineData("public FTensor Map(Func<float, float> f) { var k = f(1f); var r = new float[_values.Length]; for (int i = 0; i < r.Length; i++) r[i] = _values[i] * k; return new FTensor(r); }")]
    [InlineData("public FTensor Map(Func<float, float> f) { var r = new float[_values.Length]; for (int i = 0; i < r.Length; i++) r[i] = f(_values[0]); return new FTensor(r); }")]
    [InlineData("private readonly float[] _bias = new float[3]; public FTensor Map(Func<float, float> f) { var r = new float[_bias.Length]; for (int i = 0; i < r.Length; i++) r[i] = f(_bias[i]); return new FTensor(r); }")]
    [InlineData("private Func<float, float>? _pending; public FTensor Map(Func<float, float> f) { _pending = f; return this; }")]
    [InlineData("public FTensor Map(Func<float, float> f) { float acc = 0; for (int i = 0; i < _values.Length; i++) acc += f(_values[i]); return new FTensor(new[] { acc }); }")]
    [InlineData("public FTensor Map(Func<float, float> f) { float best = float.MinValue; foreach (var v in _values) best = Math.Max(best, f(v)); return new FTensor(new[] { best }); }")]
    [InlineData("public FTensor Map(Func<float, float> f) => new FTensor(new[] { _values.Select(f).Sum() });")]
    [InlineData("public virtual FTensor Map(Func<float, float> f) { var r = new float[_values.Length]; for (int i = 0; i < r.Length; i++) r[i] = f(_values[i]); return new FTensor(r); }")]
    [InlineData("public FTensor Map(Func<float, float> f) => Apply(f); public FTensor Apply(Func<float, float> f) => Map(f);")]
    [InlineData("public FTensor Map(Func<float, float> f) { var r = new float[_values.Length]; for (int i = 0; i < r.Length; i++) r[i] = f(_values[i]); return f(r[0]) > 0 ? new FTensor(r) : this; }")]
    public async Task DelegatesUsedOtherwise_AreNotReadAsMaps(string member)
    {
        var source = Tensor(member, "", "var sum = x.Sum(v => MathF.Exp(v));", "return x.Map(v => MathF.Exp(v) / sum);");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task AMapCalledThroughAnInterface_IsNotReadAsAMap()
    {
        var member = "public FTensor Map(Func<float, float> f) { var r = new float[_values.Length]; for (int i = 0; i < r.Length; i++) r[i] = f(_values[i]); return new FTensor(r); }";
        var beside = "public interface IMappable { FTensor Map(Func<float, float> f); }";
        var source = Tensor(member, beside, "var sum = x.Sum(v => MathF.Exp(v));", "return ((IMappable)x).Map(v => MathF.Exp(v) / sum);")
            .Replace("class FTensor : IEnumerable<float>", "class FTensor : IEnumerable<float>, IMappable", StringComparison.Ordinal);
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("float m = batch.Max(r => r.Max());", "", "v - m", "LG0001")]
    [InlineData("float m = batch.SelectMany(r => r).Max();", "", "v - m", "LG0001")]
    [InlineData("", "float m = row.Max();", "v - m", null)]
    [InlineData("", "", "v", "LG0003,LG0003")]
    public async Task RowsOfABatchMappedByAUserMap_AreJudgedPerRow(string batchPeak, string rowPeak, string exponent, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class Vectors {
                public static float[] Map(this float[] a, Func<float, float> f) {
                    var r = new float[a.Length];
                    for (int i = 0; i < a.Length; i++) r[i] = f(a[i]);
                    return r;
                }
            }

            static class C {
                static float[][] F(float[][] batch) {
                    {{batchPeak}}
                    var result = new float[batch.Length][];
                    for (int b = 0; b < batch.Length; b++) {
                        var row = batch[b];
                        {{rowPeak}}
                        var s = row.Sum(v => MathF.Exp({{exponent}}));
                        result[b] = row.Map(v => MathF.Exp({{exponent}}) / s);
                    }
                    return result;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : expected.Split(','), await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("var sum = x.Sum(v => Math.Exp(v));", "v => Math.Exp(v) / sum", "LG0003,LG0003")]
    [InlineData("double m = x.Max(); var sum = x.Sum(v => Math.Exp(v - m));", "v => Math.Exp(v - m) / sum", null)]
    public async Task AGenericTensorsMap_IsReadLikeSelect(string sum, string lambda, string? expected)
    {
        var source = $$"""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;

            public sealed class Vec<T> : IEnumerable<T> {
                private readonly T[] _items;
                public Vec(T[] items) => _items = items;
                public T this[int index] => _items[index];
                public Vec<T> Map(Func<T, T> f) => new Vec<T>(_items.Select(f).ToArray());
                public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            static class C {
                static Vec<double> F(Vec<double> x) {
                    {{sum}}
                    return x.Map({{lambda}});
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : expected.Split(','), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A map over a 2-D tensor's cells normalised by a sum over all of them is one distribution over the whole buffer:
    /// LG0008's suggestion, as for the same softmax written with LINQ <c>Select</c> over the tensor's cells.
    /// </summary>
    [Theory]
    [InlineData("Map", "var sum = x.Sum(v => MathF.Exp(v));", "v => MathF.Exp(v) / sum", "LG0003,LG0003,LG0008")]
    [InlineData("Select", "var sum = x.Sum(v => MathF.Exp(v));", "v => MathF.Exp(v) / sum", "LG0003,LG0003,LG0008")]
    [InlineData("Map", "float m = x.Max(); var sum = x.Sum(v => MathF.Exp(v - m));", "v => MathF.Exp(v - m) / sum", "LG0008")]
    [InlineData("Select", "float m = x.Max(); var sum = x.Sum(v => MathF.Exp(v - m));", "v => MathF.Exp(v - m) / sum", "LG0008")]
    public async Task ATwoDimensionalTensorsMap_IsReadOverEveryCell(string map, string sum, string lambda, string? expected)
    {
        var source = $$"""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;

            public sealed class Matrix : IEnumerable<float> {
                private readonly float[,] _cells;
                public Matrix(float[,] cells) => _cells = cells;
                public float this[int r, int c] => _cells[r, c];
                public Matrix Map(Func<float, float> f) {
                    var result = new float[_cells.GetLength(0), _cells.GetLength(1)];
                    for (int r = 0; r < _cells.GetLength(0); r++)
                        for (int c = 0; c < _cells.GetLength(1); c++)
                            result[r, c] = f(_cells[r, c]);
                    return new Matrix(result);
                }
                public IEnumerator<float> GetEnumerator() => _cells.Cast<float>().GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            static class C {
                static object F(Matrix x) {
                    {{sum}}
                    return x.{{map}}({{lambda}});
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : expected.Split(','), await FixRunner.ReportedIdsAsync(source));
    }

    private static string Tensor(string member, string beside, string before, string call) => $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public class FTensor : IEnumerable<float> {
            private readonly float[] _values;
            public FTensor(float[] values) => _values = values;
            public int Length => _values.Length;
            public float this[int index] { get => _values[index]; set => _values[index] = value; }
            public IEnumerator<float> GetEnumerator() => ((IEnumerable<float>)_values).GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            {{member}}
        }

        {{beside}}

        static class C {
            static object F(FTensor x) {
                {{before}}
                {{call}}
            }
        }
        """;
}
