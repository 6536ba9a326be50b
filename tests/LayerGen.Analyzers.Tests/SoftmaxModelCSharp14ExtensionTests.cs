using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// C# 14 spellings of HeldOut73 (SoftmaxModel.FreshObjectResets.cs, SoftmaxModel.ExtensionMembers.cs).
/// <para>A row's sum kept in a member of a class object that the row creates (<c>var state = new RowState();</c> in the
/// row loop, then <c>state.Mass += e</c>) is reset per row by the creation, like a local declared there (the false
/// LG0002 of <c>FieldKeyword_PeakSetter</c>); the same object created above the row loop, reached through a loop-local
/// alias, or held in a field keeps its sum over every row (LG0002 at the accumulation).</para>
/// <para>Members of an extension block (<c>extension(ReadOnlySpan&lt;double&gt; s) { double Highest { get { … } } }</c>)
/// are helpers whose receiver parameter is the value they are read on, as the first argument of a classic extension
/// method is: a max of the whole buffer or list read that way is LG0001 at the read (<c>ExtensionProperty_FlatBatchPeak</c>,
/// <c>GenericExtensionNameof_WholeListPeak</c>), one row's is silent. A helper folding every row of a
/// <c>List&lt;T[]&gt;</c> translates like one of a <c>T[][]</c>.</para>
/// </summary>
public class SoftmaxModelCSharp14ExtensionTests
{
    /// <summary>Row-state types (<c>{t}</c>: element type) and the statement creating <c>state</c>.</summary>
    public static TheoryData<string, string> RowStates => new()
    {
        { "public sealed class RowState { public {t} Mass { get; set; } }", "var state = new RowState();" },
        { "public sealed class RowState { public {t} Mass { get; set => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value)); } }", "var state = new RowState();" },
        { "public sealed class RowState { public {t} Mass; }", "var state = new RowState { Mass = 0 };" },
        { "public class Totals { public {t} Mass { get; set; } }\npublic sealed class RowState : Totals { }", "RowState state = new();" },
        { "public class RowState { public {t} Mass { get; set; } public {t} Scale { get; init; } = 1; }", "var state = new RowState { Scale = 2 };" },
        { "public struct RowState { public {t} Mass; }", "var state = new RowState();" },
        { "public sealed record RowState { public {t} Mass { get; set; } }", "var state = new RowState();" },
    };

    /// <summary>Flat row-major <c>float[]</c> rows at offset <c>o</c> (FieldKeyword_PeakSetter's layout).</summary>
    [Theory]
    [MemberData(nameof(RowStates))]
    public async Task Flat_ObjectCreatedPerRowIsReset_CreatedAboveLoopIsLG0002(string type, string create)
    {
        string Source(bool perRow) => $$"""
            using System;

            {{type.Replace("{t}", "float")}}

            public static class Repro
            {
                public static float[] Run(float[] x, int n)
                {
                    var y = new float[x.Length];
                    {{(perRow ? "" : create)}}
                    for (int o = 0; o < x.Length; o += n)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < n; j++) m = MathF.Max(m, x[o + j]);
                        {{(perRow ? create : "")}}
                        for (int j = 0; j < n; j++) { y[o + j] = MathF.Exp(x[o + j] - m); state.Mass += y[o + j]; }{{(perRow ? "" : " //~ LG0002")}}
                        for (int j = 0; j < n; j++) y[o + j] /= state.Mass;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: true));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: false));
    }

    /// <summary>Jagged <c>double[][]</c> rows, max by <c>foreach</c>, sum by index.</summary>
    [Theory]
    [MemberData(nameof(RowStates))]
    public async Task Jagged_ObjectCreatedPerRowIsReset_CreatedAboveLoopIsLG0002(string type, string create)
    {
        string Source(bool perRow) => $$"""
            using System;

            {{type.Replace("{t}", "double")}}

            public static class Repro
            {
                public static double[][] Run(double[][] x)
                {
                    var y = new double[x.Length][];
                    {{(perRow ? "" : create)}}
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{(perRow ? create : "")}}
                        double m = double.NegativeInfinity;
                        foreach (double v in x[r]) m = Math.Max(m, v);
                        y[r] = new double[x[r].Length];
                        for (int k = 0; k < x[r].Length; k++)
                        {
                            y[r][k] = Math.Exp(x[r][k] - m);
                            state.Mass += y[r][k];{{(perRow ? "" : " //~ LG0002")}}
                        }
                        for (int k = 0; k < x[r].Length; k++) y[r][k] /= state.Mass;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: true));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: false));
    }

    /// <summary>Rectangular <c>double[batch, classes]</c>, softmax along each row, the sum by a compound assignment in one statement.</summary>
    [Theory]
    [MemberData(nameof(RowStates))]
    public async Task Rectangular_ObjectCreatedPerRowIsReset_CreatedAboveLoopIsLG0002(string type, string create)
    {
        string Source(bool perRow) => $$"""
            using System;

            {{type.Replace("{t}", "double")}}

            public static class Repro
            {
                public static double[,] Run(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var y = new double[batch, classes];
                    {{(perRow ? "" : create)}}
                    for (int i = 0; i < batch; i++)
                    {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < classes; j++) if (x[i, j] > m) m = x[i, j];
                        {{(perRow ? create : "")}}
                        for (int j = 0; j < classes; j++) state.Mass += y[i, j] = Math.Exp(x[i, j] - m);{{(perRow ? "" : " //~ LG0002")}}
                        for (int j = 0; j < classes; j++) y[i, j] /= state.Mass;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: true));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: false));
    }

    /// <summary>
    /// Not a fresh object for the sum: a new scratch object per row beside a sum kept in one made above the loop, a
    /// loop-local alias of that object, and an object held in a field: each sums over every row (LG0002).
    /// </summary>
    [Theory]
    [InlineData("var scratch = new RowState();\n            scratch.Mass = 1f;", "state")]
    [InlineData("var alias = state;", "alias")]
    public async Task ObjectNotCreatedForTheRow_IsLG0002(string perRow, string folded)
    {
        var source = $$"""
            using System;

            public sealed class RowState { public float Mass { get; set; } }

            public static class Repro
            {
                public static float[] Run(float[] x, int n)
                {
                    var y = new float[x.Length];
                    var state = new RowState();
                    for (int o = 0; o < x.Length; o += n)
                    {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < n; j++) m = MathF.Max(m, x[o + j]);
                        {{perRow}}
                        for (int j = 0; j < n; j++) { y[o + j] = MathF.Exp(x[o + j] - m); {{folded}}.Mass += y[o + j]; } //~ LG0002
                        for (int j = 0; j < n; j++) y[o + j] /= {{folded}}.Mass;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>An object held in a field, created once with its owner: its sum runs over every row (LG0002); re-created per row in a local: silent.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FieldObject_IsLG0002_LocalCopyCreatedPerRowSilent(bool perRowLocal)
    {
        var holder = perRowLocal ? "var acc = new Normaliser();" : "var acc = _acc;";
        var source = $$"""
            using System;

            public sealed class Normaliser { public double Sum { get; set; } }

            public sealed class Head
            {
                private readonly Normaliser _acc = new();

                public double[][] Run(double[][] x)
                {
                    var y = new double[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{holder}}
                        double m = double.NegativeInfinity;
                        foreach (double v in x[r]) m = Math.Max(m, v);
                        y[r] = new double[x[r].Length];
                        for (int k = 0; k < x[r].Length; k++) { y[r][k] = Math.Exp(x[r][k] - m); acc.Sum += y[r][k]; }{{(perRowLocal ? "" : " //~ LG0002")}}
                        for (int k = 0; k < x[r].Length; k++) y[r][k] /= acc.Sum;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>HeldOut73's FieldKeyword_PeakSetter, reduced: a <c>field</c> setter folding the max and the mass in a fresh state per row (silent).</summary>
    [Fact]
    public async Task FieldSetterState_CreatedPerRow_IsSilent()
    {
        var source = """
            using System;

            public sealed class RowState
            {
                public float Peak { get; set => field = MathF.Max(field, value); } = float.NegativeInfinity;
                public float Mass { get; set => field = value >= 0f ? value : throw new ArgumentOutOfRangeException(nameof(value)); }
            }

            public static class Repro
            {
                public static float[] Run(float[] x, int n)
                {
                    var y = new float[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        var state = new RowState();
                        for (int j = 0; j < n; j++) state.Peak = x[o + j];
                        for (int j = 0; j < n; j++) { y[o + j] = MathF.Exp(x[o + j] - state.Peak); state.Mass += y[o + j]; }
                        for (int j = 0; j < n; j++) y[o + j] /= state.Mass;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Spellings of a max helper over a span of doubles: <c>{read}</c> reads it on <c>{0}</c> (the value folded). An
    /// extension-block property, an extension-block method, and the classic extension method (the reference spelling).
    /// </summary>
    public static TheoryData<string, string> SpanMaxHelpers => new()
    {
        {
            """
            extension(ReadOnlySpan<double> span)
            {
                public double Highest
                {
                    get
                    {
                        double best = double.NegativeInfinity;
                        for (int i = 0; i < span.Length; i++) if (span[i] > best) best = span[i];
                        return best;
                    }
                }
            }
            """,
            "{0}.Highest"
        },
        {
            """
            extension(ReadOnlySpan<double> span)
            {
                public double Highest()
                {
                    double best = double.NegativeInfinity;
                    foreach (double v in span) best = Math.Max(best, v);
                    return best;
                }
            }
            """,
            "{0}.Highest()"
        },
        {
            """
            extension(double[] values)
            {
                public double Highest
                {
                    get
                    {
                        double best = double.NegativeInfinity;
                        foreach (double v in values) best = Math.Max(best, v);
                        return best;
                    }
                }
            }
            """,
            "{0}.Highest"
        },
        {
            """
            public static double Highest(this ReadOnlySpan<double> span)
            {
                double best = double.NegativeInfinity;
                foreach (double v in span) best = Math.Max(best, v);
                return best;
            }
            """,
            "{0}.Highest()"
        },
    };

    /// <summary>Flat row-major <c>double[]</c>: the helper read on the whole buffer is LG0001 at the read; on one row, silent.</summary>
    [Theory]
    [MemberData(nameof(SpanMaxHelpers))]
    public async Task FlatBuffer_ExtensionMaxOfWholeBufferIsLG0001_OfRowSilent(string helper, string read)
    {
        var wholeRead = string.Format(System.Globalization.CultureInfo.InvariantCulture, read, "flat");
        var rowRead = string.Format(System.Globalization.CultureInfo.InvariantCulture, read, "row");
        var rowType = helper.Contains("double[] values") ? "double[]" : "ReadOnlySpan<double>";
        var rowValue = helper.Contains("double[] values") ? "flat[start..(start + classes)]" : "flat.AsSpan(start, classes)";
        string Source(bool whole) => $$"""
            using System;

            public static class Extremes
            {
            {{helper}}
            }

            public static class Scorer
            {
                public static double[] Normalise(double[] flat, int classes)
                {
                    {{(whole ? $"double highest = {wholeRead}; //~ LG0001" : "")}}
                    var output = new double[flat.Length];
                    for (int start = 0; start < flat.Length; start += classes)
                    {
                        {{rowType}} row = {{rowValue}};
                        {{(whole ? "" : $"double highest = {rowRead};")}}
                        double denom = 0;
                        foreach (double v in row) denom += Math.Exp(v - highest);
                        for (int k = 0; k < classes; k++) output[start + k] = Math.Exp(row[k] - highest) / denom;
                    }
                    return output;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(whole: false));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(whole: true));
    }

    /// <summary>
    /// Helpers folding every row of a list (or jagged array) of rows (<c>{R}</c>): an extension-block property, a generic
    /// one, and the classic generic extension method. Read on all the rows before the loop: LG0001 at the read.
    /// </summary>
    public static TheoryData<string, string, string> RowListMaxHelpers => new()
    {
        {
            """
            extension<T>(List<T[]> rows) where T : IFloatingPointIeee754<T>
            {
                public T Ceiling
                {
                    get
                    {
                        T c = T.NegativeInfinity;
                        foreach (T[] row in rows) foreach (T v in row) c = T.Max(c, v);
                        return c;
                    }
                }
            }
            """,
            "rows.Ceiling", "List<double[]>"
        },
        {
            """
            public static T Ceiling<T>(this List<T[]> rows) where T : IFloatingPointIeee754<T>
            {
                T c = T.NegativeInfinity;
                foreach (T[] row in rows) foreach (T v in row) c = T.Max(c, v);
                return c;
            }
            """,
            "rows.Ceiling()", "List<double[]>"
        },
        {
            """
            public static double Ceiling(List<double[]> rows)
            {
                double c = double.NegativeInfinity;
                for (int r = 0; r < rows.Count; r++) for (int k = 0; k < rows[r].Length; k++) c = Math.Max(c, rows[r][k]);
                return c;
            }
            """,
            "Ceiling(rows)", "List<double[]>"
        },
        {
            """
            extension(double[][] rows)
            {
                public double Ceiling
                {
                    get
                    {
                        double c = double.NegativeInfinity;
                        foreach (double[] row in rows) foreach (double v in row) c = Math.Max(c, v);
                        return c;
                    }
                }
            }
            """,
            "rows.Ceiling", "double[][]"
        },
    };

    /// <summary>The whole list's peak shifting every row: LG0001 at the read; each row's own peak (a per-row helper): silent.</summary>
    [Theory]
    [MemberData(nameof(RowListMaxHelpers))]
    public async Task RowList_MaxOfEveryRowIsLG0001(string helper, string read, string rowsType)
    {
        var count = rowsType.StartsWith("List", StringComparison.Ordinal) ? "Count" : "Length";
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Numerics;

            public static class Batches
            {
            {{helper}}

                public static double[][] Softmax({{rowsType}} rows)
                {
                    double ceiling = {{read}}; //~ LG0001
                    var result = new double[rows.{{count}}][];
                    for (int r = 0; r < rows.{{count}}; r++)
                    {
                        double[] row = rows[r];
                        var e = new double[row.Length];
                        double total = 0;
                        for (int i = 0; i < row.Length; i++) total += e[i] = Math.Exp(row[i] - ceiling);
                        for (int i = 0; i < row.Length; i++) e[i] /= total;
                        result[r] = e;
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Per-row extension members (a generic one on <c>T[]</c>, one on a span) read on each row: silent.</summary>
    [Theory]
    [InlineData("extension<T>(T[] row) where T : IFloatingPointIeee754<T> { public T Top { get { T c = T.NegativeInfinity; foreach (T v in row) c = T.Max(c, v); return c; } } }", "row.Top")]
    [InlineData("extension(ReadOnlySpan<double> row) { public double Top() { double c = double.NegativeInfinity; for (int i = 0; i < row.Length; i++) c = Math.Max(c, row[i]); return c; } }", "row.Top()")]
    public async Task RowList_PerRowExtensionMaxIsSilent(string helper, string read)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Numerics;

            public static class Batches
            {
                {{helper}}

                public static List<double[]> Softmax(List<double[]> rows)
                {
                    var result = new List<double[]>(rows.Count);
                    foreach (double[] row in rows)
                    {
                        double top = {{read}};
                        var e = new double[row.Length];
                        double total = 0;
                        for (int i = 0; i < row.Length; i++) total += e[i] = Math.Exp(row[i] - top);
                        for (int i = 0; i < row.Length; i++) e[i] /= total;
                        result.Add(e);
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Setters that keep the larger value (<c>{t}</c>: element type), with the <c>field</c> keyword or a backing field.</summary>
    public static TheoryData<string, string> MaxSetters => new()
    {
        { "public {t} Highest { get; set { if (value > field) field = value; } } = {t}.NegativeInfinity;", "double" },
        { "public {t} Highest { get; set => field = {m}.Max(field, value); } = {t}.NegativeInfinity;", "float" },
        { "private {t} _top = {t}.NegativeInfinity;\n    public {t} Highest { get => _top; set { if (_top < value) { _top = value; } } }", "double" },
        { "public {t} Highest { get; set => field = value > field ? value : field; } = {t}.NegativeInfinity;", "float" },
    };

    /// <summary>
    /// HeldOut73's FieldKeyword_PeakNeverReset: a tracker whose setter folds the max, fed every value of a row. Created
    /// above the row loop, it keeps the batch's max (LG0001 at the assignment); created per row, silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxSetters))]
    public async Task SetterMax_TrackerAboveLoopIsLG0001_PerRowSilent(string setter, string type)
    {
        var math = type == "float" ? "MathF" : "Math";
        var property = setter.Replace("{t}", type).Replace("{m}", math);
        string Source(bool perRow) => $$"""
            using System;

            public sealed class Tracker
            {
                {{property}}
            }

            public static class Repro
            {
                public static {{type}}[][] Run({{type}}[][] x)
                {
                    var y = new {{type}}[x.Length][];
                    {{(perRow ? "" : "var tracker = new Tracker();")}}
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{(perRow ? "var tracker = new Tracker();" : "")}}
                        foreach ({{type}} v in x[r]) tracker.Highest = v;{{(perRow ? "" : " //~ LG0001")}}
                        {{type}} s = 0;
                        y[r] = new {{type}}[x[r].Length];
                        for (int k = 0; k < x[r].Length; k++) s += y[r][k] = {{math}}.Exp(x[r][k] - tracker.Highest);
                        for (int k = 0; k < x[r].Length; k++) y[r][k] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: true));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perRow: false));
    }

    /// <summary>
    /// HeldOut73's NullConditionalCompound_HolderOutsideLoop: <c>norm?.Sum += v</c> read as <c>norm?.Sum ?? c</c>. The
    /// holder made above the row loop sums every row (LG0002 at the accumulation); made per row, or reset per row by
    /// <c>norm?.Sum = 0</c>, silent.
    /// </summary>
    [Theory]
    [InlineData("", "Normaliser? norm = new Normaliser();", "float", true)]
    [InlineData("Normaliser? norm = new Normaliser();", "", "float", false)]
    [InlineData("norm?.Sum = 0;", "Normaliser? norm = new Normaliser();", "double", false)]
    [InlineData("", "var norm = (Normaliser?)new Normaliser();", "double", true)]
    public async Task NullConditionalSum_HolderAboveLoopIsLG0002(string perRow, string above, string type, bool bug)
    {
        var math = type == "float" ? "MathF" : "Math";
        var source = $$"""
            #nullable enable
            using System;

            public sealed class Normaliser { public {{type}} Sum { get; set; } }

            public static class Repro
            {
                public static {{type}}[] Run({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    {{above}}
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{perRow}}
                        {{type}} hi = {{type}}.NegativeInfinity;
                        for (int j = 0; j < n; j++) hi = {{math}}.Max(hi, x[o + j]);
                        for (int j = 0; j < n; j++) { y[o + j] = {{math}}.Exp(x[o + j] - hi); norm?.Sum += y[o + j]; }{{(bug ? " //~ LG0002" : "")}}
                        {{type}} z = norm?.Sum ?? 1;
                        for (int j = 0; j < n; j++) y[o + j] /= z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
