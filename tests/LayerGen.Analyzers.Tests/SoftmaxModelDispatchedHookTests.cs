using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A virtual or abstract member called on <c>this</c> whose one implementation the compilation shows (a sealed
/// subclass's override, the only override) runs that body: a template method's per-element hook <c>OnExp(y[i, j])</c>
/// overridden as <c>_sum += e</c> and read back through an overridden <c>Denominator =&gt; _sum</c> is the sum written
/// inline (HeldOut74's blind miss <c>AbstractTemplate_SumFieldNeverReset</c>). Never reset between rows it is LG0002 at
/// the override's accumulation (a max the same way LG0001); reset per row by another hook it is silent; with two
/// different overrides in the compilation nothing is guessed. Calls on a variable of an interface with one
/// implementation are read the same way (a strategy's denominator, a visitor's <c>Visit</c>/<c>Complete</c>).
/// </summary>
public class SoftmaxModelDispatchedHookTests
{
    /// <summary>Hook spellings: (base declaration, override, type, whether the subclass is sealed).</summary>
    public static TheoryData<string, string, string, bool> SumHooks => new()
    {
        { "protected abstract void OnExp({t} e);", "protected override void OnExp({t} e) => _sum += e;", "double", true },
        { "protected abstract void OnExp({t} e);", "protected override void OnExp({t} e) { _sum += e; }", "float", false },
        { "protected virtual void OnExp({t} e) { }", "protected override void OnExp({t} e) => this._sum += e;", "float", true },
        { "protected virtual void OnExp({t} e) { }", "protected override void OnExp({t} e) { _sum = _sum + e; }", "double", false },
    };

    /// <summary>Row-major <c>x[rows, cols]</c>, the template of the blind file: LG0002 at the override's accumulation.</summary>
    [Theory]
    [MemberData(nameof(SumHooks))]
    public async Task RowMajor_OverrideSumNeverResetIsLG0002(string hook, string implementation, string type, bool sealedSubclass)
    {
        var source = Template(type, hook, implementation + " //~ LG0002", sealedSubclass, reset: false, """
                public {t}[,] Forward({t}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {t}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        BeginRow();
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); OnExp(y[i, j]); }
                        {t} d = Denominator;
                        for (int j = 0; j < cols; j++) y[i, j] /= d;
                    }
                    return y;
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The same with the subclass's <c>BeginRow()</c> override resetting the field per row: silent.</summary>
    [Theory]
    [MemberData(nameof(SumHooks))]
    public async Task RowMajor_OverrideSumResetPerRowSilent(string hook, string implementation, string type, bool sealedSubclass)
    {
        var source = Template(type, hook, implementation, sealedSubclass, reset: true, """
                public {t}[,] Forward({t}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {t}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        BeginRow();
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); OnExp(y[i, j]); }
                        {t} d = Denominator;
                        for (int j = 0; j < cols; j++) y[i, j] /= d;
                    }
                    return y;
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Flat row-major with offsets, the divisor read as <c>this.Denominator</c>: LG0002 when never reset.</summary>
    [Theory]
    [MemberData(nameof(SumHooks))]
    public async Task Flat_OverrideSumNeverResetIsLG0002(string hook, string implementation, string type, bool sealedSubclass)
    {
        var source = Template(type, hook, implementation + " //~ LG0002", sealedSubclass, reset: false, """
                public void Forward({t}[] x, {t}[] y, int cols)
                {
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {t} m = x[o];
                        for (int j = 1; j < cols; j++) m = {M}.Max(m, x[o + j]);
                        for (int j = 0; j < cols; j++) { y[o + j] = {M}.Exp(x[o + j] - m); this.OnExp(y[o + j]); }
                        for (int j = 0; j < cols; j++) y[o + j] /= this.Denominator;
                    }
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged rows, the field reset per row by the hook: silent.</summary>
    [Theory]
    [MemberData(nameof(SumHooks))]
    public async Task Jagged_OverrideSumResetPerRowSilent(string hook, string implementation, string type, bool sealedSubclass)
    {
        var source = Template(type, hook, implementation, sealedSubclass, reset: true, """
                public void Forward({t}[][] x, {t}[][] y)
                {
                    for (int n = 0; n < x.Length; n++)
                    {
                        {t}[] row = x[n];
                        {t} m = {t}.NegativeInfinity;
                        foreach ({t} v in row) m = {M}.Max(m, v);
                        BeginRow();
                        for (int c = 0; c < row.Length; c++) { y[n][c] = {M}.Exp(row[c] - m); OnExp(y[n][c]); }
                        {t} d = Denominator;
                        for (int c = 0; c < row.Length; c++) y[n][c] /= d;
                    }
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged rows, never reset: LG0002 at the override's accumulation.</summary>
    [Theory]
    [MemberData(nameof(SumHooks))]
    public async Task Jagged_OverrideSumNeverResetIsLG0002(string hook, string implementation, string type, bool sealedSubclass)
    {
        var source = Template(type, hook, implementation + " //~ LG0002", sealedSubclass, reset: false, """
                public void Forward({t}[][] x, {t}[][] y)
                {
                    for (int n = 0; n < x.Length; n++)
                    {
                        {t}[] row = x[n];
                        {t} m = {t}.NegativeInfinity;
                        foreach ({t} v in row) m = {M}.Max(m, v);
                        for (int c = 0; c < row.Length; c++) { y[n][c] = {M}.Exp(row[c] - m); OnExp(y[n][c]); }
                        {t} d = Denominator;
                        for (int c = 0; c < row.Length; c++) y[n][c] /= d;
                    }
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A protected field of the base accumulated by the override and reset by the base per row: silent.</summary>
    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    public async Task BaseFieldResetPerRowByTemplateSilent(string type)
    {
        var source = Fill(type, """
            using System;

            public abstract class ExpLayer
            {
                protected {t} Total;

                public {t}[,] Forward({t}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {t}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        Total = 0;
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); OnExp(y[i, j]); }
                        for (int j = 0; j < cols; j++) y[i, j] /= Total;
                    }
                    return y;
                }

                protected abstract void OnExp({t} e);
            }

            public sealed class SoftmaxLayer : ExpLayer
            {
                protected override void OnExp({t} e) => Total += e;
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A protected base field the override accumulates and nothing resets: LG0002 at the override.</summary>
    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    public async Task BaseFieldNeverResetIsLG0002(string type)
    {
        var source = Fill(type, """
            using System;

            public abstract class ExpLayer
            {
                protected {t} Total;

                public {t}[,] Forward({t}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {t}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); OnExp(y[i, j]); }
                        for (int j = 0; j < cols; j++) y[i, j] /= Total;
                    }
                    return y;
                }

                protected abstract void OnExp({t} e);
            }

            public sealed class SoftmaxLayer : ExpLayer
            {
                protected override void OnExp({t} e) => Total += e; //~ LG0002
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A max carried by a hook override and read through an overridden property: LG0001 never reset, silent reset per row.</summary>
    [Theory]
    [InlineData("double", false)]
    [InlineData("float", false)]
    [InlineData("double", true)]
    [InlineData("float", true)]
    public async Task OverridePeakHook(string type, bool reset)
    {
        var marker = reset ? string.Empty : " //~ LG0001";
        var source = Fill(type, $$"""
            using System;

            public abstract class PeakLayer
            {
                public {t}[,] Forward({t}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {t}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        BeginRow();
                        for (int j = 0; j < cols; j++) See(x[i, j]);
                        {t} m = Peak;
                        {t} s = 0;
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); s += y[i, j]; }
                        for (int j = 0; j < cols; j++) y[i, j] /= s;
                    }
                    return y;
                }

                protected abstract {t} Peak { get; }

                protected abstract void See({t} v);

                protected virtual void BeginRow() { }
            }

            public sealed class RowPeak : PeakLayer
            {
                private {t} _peak = {t}.NegativeInfinity;

                protected override {t} Peak => _peak;

                protected override void See({t} v) => _peak = {M}.Max(_peak, v);{{marker}}
            {{(reset ? "\n    protected override void BeginRow() => _peak = {t}.NegativeInfinity;" : string.Empty)}}
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Two subclasses with different overrides: which one runs is unknown, so nothing is guessed (silent).</summary>
    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    public async Task TwoOverridesNotGuessed(string type)
    {
        var source = Fill(type, """
            using System;

            public abstract class ExpLayer
            {
                public {t}[,] Forward({t}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {t}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = {M}.Max(m, x[i, j]);
                        BeginRow();
                        for (int j = 0; j < cols; j++) { y[i, j] = {M}.Exp(x[i, j] - m); OnExp(y[i, j]); }
                        {t} d = Denominator;
                        for (int j = 0; j < cols; j++) y[i, j] /= d;
                    }
                    return y;
                }

                protected abstract {t} Denominator { get; }

                protected abstract void OnExp({t} e);

                protected abstract void BeginRow();
            }

            public sealed class SoftmaxLayer : ExpLayer
            {
                private {t} _sum;

                protected override {t} Denominator => _sum;

                protected override void OnExp({t} e) => _sum += e;

                protected override void BeginRow() => _sum = 0;
            }

            public sealed class CountingLayer : ExpLayer
            {
                private {t} _sum;
                private int _count;

                public int Count => _count;

                protected override {t} Denominator => _sum;

                protected override void OnExp({t} e) { _sum += e; _count++; }

                protected override void BeginRow() { _sum = 0; _count = 0; }
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A strategy reached through an interface field with one implementation in the compilation: a denominator summing
    /// every row is LG0002 at its accumulation; one summing the row it is asked about is silent.
    /// </summary>
    [Theory]
    [InlineData("double", false)]
    [InlineData("float", false)]
    [InlineData("double", true)]
    [InlineData("float", true)]
    public async Task InterfaceStrategyDenominator(string type, bool perRow)
    {
        var loop = perRow
            ? "foreach ({t} e in exps[row]) total += e;"
            : "foreach ({t}[] r in exps) foreach ({t} e in r) total += e; //~ LG0002";
        var source = Fill(type, $$"""
            using System;

            public interface IDenominator
            {
                {t} Of({t}[][] exps, int row);
            }

            public sealed class Head
            {
                private readonly IDenominator _denominator;

                public Head(IDenominator denominator) => _denominator = denominator;

                public {t}[][] Forward({t}[][] x)
                {
                    var exps = new {t}[x.Length][];
                    for (int i = 0; i < x.Length; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        foreach ({t} v in x[i]) m = {M}.Max(m, v);
                        exps[i] = new {t}[x[i].Length];
                        for (int j = 0; j < x[i].Length; j++) exps[i][j] = {M}.Exp(x[i][j] - m);
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        {t} d = _denominator.Of(exps, i);
                        for (int j = 0; j < exps[i].Length; j++) exps[i][j] /= d;
                    }

                    return exps;
                }
            }

            public sealed class Denominator : IDenominator
            {
                public {t} Of({t}[][] exps, int row)
                {
                    {t} total = 0;
                    {{loop}}
                    return total;
                }
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Two implementations of the strategy's interface: which runs is unknown, nothing is guessed (silent).</summary>
    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    public async Task InterfaceStrategyTwoImplementationsNotGuessed(string type)
    {
        var source = Fill(type, """
            using System;

            public interface IDenominator
            {
                {t} Of({t}[][] exps, int row);
            }

            public sealed class Head(IDenominator denominator)
            {
                public {t}[][] Forward({t}[][] x)
                {
                    var exps = new {t}[x.Length][];
                    for (int i = 0; i < x.Length; i++)
                    {
                        {t} m = {t}.NegativeInfinity;
                        foreach ({t} v in x[i]) m = {M}.Max(m, v);
                        exps[i] = new {t}[x[i].Length];
                        for (int j = 0; j < x[i].Length; j++) exps[i][j] = {M}.Exp(x[i][j] - m);
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        {t} d = denominator.Of(exps, i);
                        for (int j = 0; j < exps[i].Length; j++) exps[i][j] /= d;
                    }

                    return exps;
                }
            }

            public sealed class RowDenominator : IDenominator
            {
                public {t} Of({t}[][] exps, int row)
                {
                    {t} total = 0;
                    foreach ({t} e in exps[row]) total += e;
                    return total;
                }
            }

            public sealed class ScaledRowDenominator : IDenominator
            {
                public {t} Of({t}[][] exps, int row)
                {
                    {t} total = 0;
                    for (int j = 0; j < exps[row].Length; j++) total += exps[row][j];
                    return total * 2;
                }
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A visitor (one implementation of its interface) given copied slices by a static walker, its mass local to
    /// <c>Visit</c>: silent. (The bug twin, a mass field added to in <c>Visit</c> and divided by in <c>Complete</c>, is
    /// found in HeldOut78's <c>Visitor_MassFieldAcrossSlices</c> with range slices; with slices copied by
    /// <c>Array.Copy</c> it is still missed, so no case here asserts it.)
    /// </summary>
    [Theory]
    [InlineData("double", true)]
    [InlineData("float", true)]
    public async Task VisitorMass(string type, bool perSlice)
    {
        var visit = perSlice
            ? """
                    {t} mass = 0;
                    for (int j = 0; j < slice.Length; j++) { e[j] = {M}.Exp(slice[j] - peak); mass += e[j]; }
                    for (int j = 0; j < slice.Length; j++) e[j] /= mass;
              """
            : """
                    for (int j = 0; j < slice.Length; j++) { e[j] = {M}.Exp(slice[j] - peak); _mass += e[j]; } //~ LG0002
              """;
        var complete = perSlice ? string.Empty : "foreach ({t}[] e in _probs) for (int j = 0; j < e.Length; j++) e[j] /= _mass;";
        var source = Fill(type, $$"""
            using System;

            public interface ISliceVisitor
            {
                void Visit(int index, {t}[] slice);
                void Complete();
            }

            public sealed class Normaliser : ISliceVisitor
            {
                private readonly {t}[][] _probs;
                private {t} _mass;

                public Normaliser(int count) => _probs = new {t}[count][];

                public {t}[][] Probabilities => _probs;

                public void Visit(int index, {t}[] slice)
                {
                    {t} peak = {t}.NegativeInfinity;
                    foreach ({t} v in slice) peak = {M}.Max(peak, v);
                    var e = new {t}[slice.Length];
            {{visit}}
                    _probs[index] = e;
                }

                public void Complete()
                {
                    {{complete}}
                }
            }

            public static class Slices
            {
                public static void Walk({t}[] flat, int width, ISliceVisitor visitor)
                {
                    for (int i = 0; (i + 1) * width <= flat.Length; i++)
                    {
                        var slice = new {t}[width];
                        Array.Copy(flat, i * width, slice, 0, width);
                        visitor.Visit(i, slice);
                    }

                    visitor.Complete();
                }
            }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string Template(string type, string hook, string implementation, bool sealedSubclass, bool reset, string methods) => Fill(type, $$"""
        using System;

        public abstract class ExpLayer
        {
        {{methods}}

            protected abstract {t} Denominator { get; }

            {{hook}}

            protected virtual void BeginRow()
            {
            }
        }

        public {{(sealedSubclass ? "sealed " : string.Empty)}}class SoftmaxLayer : ExpLayer
        {
            private {t} _sum;

            protected override {t} Denominator => _sum;

            {{implementation}}
        {{(reset ? "\n    protected override void BeginRow() => _sum = 0;" : string.Empty)}}
        }
        """);

    private static string Fill(string type, string text) =>
        text.Replace("{t}", type).Replace("{M}", type == "float" ? "MathF" : "Math");
}
