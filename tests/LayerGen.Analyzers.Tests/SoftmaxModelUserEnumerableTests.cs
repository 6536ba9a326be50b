using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A <c>foreach</c> over a user collection binds its variable to the current element of that collection, as a
/// <c>foreach</c> over a <c>List&lt;float[]&gt;</c> does (SoftmaxModel.EnumeratedRows.cs): a <c>readonly ref struct</c>
/// with a pattern <c>GetEnumerator</c> whose <c>Current</c> is a row slice (HeldOut55's
/// <c>RowEnumerator_MaxOverAllRows</c>), a class implementing <c>IEnumerable&lt;T[]&gt;</c>, an iterator method. Each
/// case is written over every collection kind, and every kind must get the diagnostics the <c>List&lt;T[]&gt;</c> and
/// <c>IEnumerable&lt;T[]&gt;</c> twins get: a max or a denominator carried over every row, raw exps, a max down the
/// column across rows are reported; per-row softmaxes are silent; a user enumerable of ELEMENTS is one distribution.
/// </summary>
public class SoftmaxModelUserEnumerableTests
{
    /// <summary>(parameters, a statement before the loops, the collection walked by both loops).</summary>
    public static TheoryData<string, string, string> Collections() => new()
    {
        { "ReadOnlySpan<T> x, int w", "", "new Rows(x, w)" },
        { "ReadOnlySpan<T> x, int w", "var rows = new Rows(x, w);", "rows" },
        { "T[] x, int w", "", "new RowSet(x, w)" },
        { "T[] x, int w", "var rows = new RowSet(x, w);", "rows" },
        { "RowSet rows, int w", "", "rows" },
        { "T[] x, int w", "", "Chunks(x, w)" },
        { "List<T[]> rows, int w", "", "rows" },
        { "IEnumerable<T[]> rows, int w", "", "rows" },
    };

    /// <summary>Each collection kind in float and in double.</summary>
    public static TheoryData<string, string, string, string> CollectionsInBothTypes()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var type in new[] { "float", "double" })
        {
            foreach (var row in Collections())
            {
                data.Add(type, (string)row[0], (string)row[1], (string)row[2]);
            }
        }

        return data;
    }

    private static string Source(string type, string parameters, string before, string collection, string body)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var text = $$"""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;

            public readonly ref struct Rows
            {
                private readonly ReadOnlySpan<T> _data;
                private readonly int _width;
                public Rows(ReadOnlySpan<T> data, int width) { _data = data; _width = width; }
                public Enumerator GetEnumerator() => new(_data, _width);
                public ref struct Enumerator
                {
                    private readonly ReadOnlySpan<T> _data;
                    private readonly int _width;
                    private int _row;
                    public Enumerator(ReadOnlySpan<T> data, int width) { _data = data; _width = width; _row = -1; }
                    public ReadOnlySpan<T> Current => _data.Slice(_row * _width, _width);
                    public bool MoveNext() => ++_row * _width < _data.Length;
                }
            }

            public sealed class RowSet : IEnumerable<T[]>
            {
                private readonly T[] _data;
                private readonly int _width;
                public RowSet(T[] data, int width) { _data = data; _width = width; }
                public IEnumerator<T[]> GetEnumerator()
                {
                    for (int r = 0; r * _width < _data.Length; r++) yield return _data.AsSpan(r * _width, _width).ToArray();
                }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public static class Batch
            {
                private static IEnumerable<T[]> Chunks(T[] x, int w)
                {
                    for (int r = 0; r * w < x.Length; r++) yield return x.AsSpan(r * w, w).ToArray();
                }

                public static List<T[]> Softmax({{parameters}})
                {
                    var output = new List<T[]>();
                    {{before}}
                    {{body.Replace("COLL", collection).Replace("EXP", exp)}}
                    return output;
                }
            }
            """;
        // T is the element type's placeholder, as a whole word.
        return System.Text.RegularExpressions.Regex.Replace(text, @"\bT\b", type);
    }

    // --- bugs ---------------------------------------------------------------------------------------------------

    /// <summary>HeldOut55's RowEnumerator_MaxOverAllRows: one max folded over every row with nested foreach.</summary>
    private const string MaxOverAllRows = """
        T max = T.NegativeInfinity;
        foreach (var row in COLL)
            foreach (var v in row) if (v > max) max = v;
        foreach (var row in COLL)
        {
            var p = new T[row.Length];
            T sum = 0;
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - max); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    /// <summary>One denominator carried across every row (per-row max).</summary>
    private const string SumOverAllRows = """
        T sum = 0;
        foreach (var row in COLL)
        {
            T max = T.NegativeInfinity;
            foreach (var v in row) if (v > max) max = v;
            var p = new T[row.Length];
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - max); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    /// <summary>Raw exps per row.</summary>
    private const string Unshifted = """
        foreach (var row in COLL)
        {
            var p = new T[row.Length];
            T sum = 0;
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i]); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    /// <summary>A max per column, folded down the rows, shifting each row's softmax element by element.</summary>
    private const string ColumnMax = """
        var colMax = new T[w];
        for (int k = 0; k < w; k++) colMax[k] = T.NegativeInfinity;
        foreach (var row in COLL)
            for (int k = 0; k < row.Length; k++) if (row[k] > colMax[k]) colMax[k] = row[k];
        foreach (var row in COLL)
        {
            var p = new T[row.Length];
            T sum = 0;
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - colMax[i]); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    // --- correct ------------------------------------------------------------------------------------------------

    /// <summary>HeldOut55's correct twin: the max folded per row inside the loop that exponentiates.</summary>
    private const string MaxPerRow = """
        foreach (var row in COLL)
        {
            T max = T.NegativeInfinity;
            foreach (var v in row) if (v > max) max = v;
            var p = new T[row.Length];
            T sum = 0;
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - max); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    /// <summary>The max per row by LINQ over a copy of the row, the denominator assigned per row.</summary>
    private const string MaxPerRowByLinq = """
        T max;
        T sum;
        foreach (var row in COLL)
        {
            max = row.ToArray().Max();
            sum = 0;
            var p = new T[row.Length];
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - max); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    /// <summary>The max per row by an index loop over the row, written before the exps in a second inner loop.</summary>
    private const string MaxPerRowByIndex = """
        foreach (var row in COLL)
        {
            T max = row[0];
            for (int i = 1; i < row.Length; i++) if (row[i] > max) max = row[i];
            var p = new T[row.Length];
            T sum = 0;
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - max); sum += p[i]; }
            T inv = 1 / sum;
            for (int i = 0; i < p.Length; i++) p[i] *= inv;
            output.Add(p);
        }
        """;

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task AMaxOverEveryRow_IsLG0001(string type, string parameters, string before, string collection)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, MaxOverAllRows)));
    }

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task ADenominatorOverEveryRow_IsLG0002(string type, string parameters, string before, string collection)
    {
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, SumOverAllRows)));
    }

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task RawExpsPerRow_AreLG0003(string type, string parameters, string before, string collection)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, Unshifted)));
    }

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task AMaxDownTheColumnAcrossRows_IsLG0004(string type, string parameters, string before, string collection)
    {
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, ColumnMax)));
    }

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task AMaxPerRowInTheExpLoop_IsSilent(string type, string parameters, string before, string collection)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, MaxPerRow)));
    }

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task AMaxPerRowByLinqOverACopy_IsSilent(string type, string parameters, string before, string collection)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, MaxPerRowByLinq)));
    }

    [Theory]
    [MemberData(nameof(CollectionsInBothTypes))]
    public async Task AMaxPerRowByIndex_IsSilent(string type, string parameters, string before, string collection)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(type, parameters, before, collection, MaxPerRowByIndex)));
    }

    // --- a user enumerable of elements: one distribution ------------------------------------------------------------

    private static string ElementSource(string type, string parameter, string collection) => $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;

        public sealed class Scores : IEnumerable<{{type}}>
        {
            private readonly {{type}}[] _values;
            public Scores({{type}}[] values) => _values = values;
            public IEnumerator<{{type}}> GetEnumerator() { foreach (var v in _values) yield return v; }
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public static class One
        {
            public static List<{{type}}> Softmax({{parameter}})
            {
                {{type}} max = {{type}}.NegativeInfinity;
                foreach (var v in {{collection}}) if (v > max) max = v;
                {{type}} sum = 0;
                foreach (var v in {{collection}}) sum += {{(type == "float" ? "MathF" : "Math")}}.Exp(v - max);
                var p = new List<{{type}}>();
                foreach (var v in {{collection}}) p.Add({{(type == "float" ? "MathF" : "Math")}}.Exp(v - max) / sum);
                return p;
            }
        }
        """;

    [Theory]
    [InlineData("float", "Scores s", "s")]
    [InlineData("double", "Scores s", "s")]
    [InlineData("float", "float[] x", "new Scores(x)")]
    [InlineData("double", "List<double> s", "s")]
    [InlineData("float", "IEnumerable<float> s", "s")]
    public async Task OneSoftmaxOverAUserEnumerableOfElements_IsSilent(string type, string parameter, string collection)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(ElementSource(type, parameter, collection)));
    }

    // --- two different collections of the same shape ----------------------------------------------------------------

    private const string MaxOverOtherCollection = """
        T max = T.NegativeInfinity;
        foreach (var row in FIRST)
            foreach (var v in row) if (v > max) max = v;
        foreach (var row in SECOND)
        {
            var p = new T[row.Length];
            T sum = 0;
            for (int i = 0; i < row.Length; i++) { p[i] = EXP(row[i] - max); sum += p[i]; }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            output.Add(p);
        }
        """;

    /// <summary>
    /// The max of every row of one collection shifts the rows of another of the same shape: main reports LG0001 for
    /// the <c>List&lt;T[]&gt;</c> twin (a max spanning more than the softmax row is as unsafe there), and the user
    /// enumerables now get the same verdict.
    /// </summary>
    [Theory]
    [InlineData("ReadOnlySpan<T> x, ReadOnlySpan<T> z, int w", "new Rows(x, w)", "new Rows(z, w)")]
    [InlineData("T[] x, T[] z, int w", "new RowSet(x, w)", "new RowSet(z, w)")]
    [InlineData("List<T[]> a, List<T[]> b, int w", "a", "b")]
    public async Task AMaxOverAnotherCollection_KeepsTheListVerdict(string parameters, string first, string second)
    {
        var source = Source("float", parameters, "", "", MaxOverOtherCollection.Replace("FIRST", first).Replace("SECOND", second));
        var list = Source("float", "List<T[]> a, List<T[]> b, int w", "", "", MaxOverOtherCollection.Replace("FIRST", "a").Replace("SECOND", "b"));
        Assert.Equal(await FixRunner.ReportedIdsAsync(list), await FixRunner.ReportedIdsAsync(source));
    }
}
