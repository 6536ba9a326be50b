using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// numpy-port helpers whose axis (or direction) is chosen by an argument the call passes as a constant (a literal, a
/// named argument, a <c>const</c>, an enum member, a <c>bool</c> flag): the helper's <c>if</c>/<c>else</c>, <c>?:</c>,
/// <c>switch</c> statement or expression on it is decided at the call, also when the branch returns early
/// (<c>if (axis == 0) { …; return new[] { top }; }</c>, HeldOut88's <c>AxisHelpers2D_ColumnAmaxJagged</c>), so the max is a
/// max over the axis asked for. Over axis 0 of a row softmax (one max per column) with per-row sums it is LG0004 at the
/// call; the right axis, a helper given one row, and an axis the call does not fix stay silent (no LG0003 either).
/// </summary>
public class SoftmaxModelDecidedBranchTests
{
    /// <summary>Jagged keepdims max returning from the axis-0 branch (the corpus file's helper), <c>!keepDims</c> guard first.</summary>
    private const string EarlyReturnAmax = """
        public static float[][] Amax(float[][] a, int axis, bool keepDims)
        {
            if (!keepDims) throw new ArgumentException("keepDims only", nameof(keepDims));
            if (axis == 0)
            {
                var top = new float[a[0].Length];
                Array.Fill(top, float.NegativeInfinity);
                foreach (float[] row in a)
                    for (int j = 0; j < row.Length; j++)
                        if (row[j] > top[j]) top[j] = row[j];
                return new[] { top };
            }

            var result = new float[a.Length][];
            for (int i = 0; i < a.Length; i++)
            {
                float m = float.NegativeInfinity;
                foreach (float v in a[i]) if (v > m) m = v;
                result[i] = new[] { m };
            }

            return result;
        }
        """;

    /// <summary>The same choice as an <c>if</c>/<c>else</c> with a return in each branch, written with <c>is</c> patterns.</summary>
    private const string PatternElseAmax = """
        public static float[][] Amax(float[][] a, int axis, bool keepDims)
        {
            if (axis is not (0 or 1) || keepDims is false) throw new ArgumentOutOfRangeException(nameof(axis));
            if (axis is 1)
            {
                var result = new float[a.Length][];
                for (int i = 0; i < a.Length; i++)
                {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < a[i].Length; j++) m = MathF.Max(m, a[i][j]);
                    result[i] = [m];
                }

                return result;
            }
            else
            {
                var top = new float[a[0].Length];
                for (int j = 0; j < top.Length; j++) top[j] = float.NegativeInfinity;
                for (int i = 0; i < a.Length; i++)
                    for (int j = 0; j < top.Length; j++)
                        top[j] = MathF.Max(top[j], a[i][j]);
                return [top];
            }
        }
        """;

    [Theory]
    [InlineData(EarlyReturnAmax, "0", "true", "peak[0][j]", true)]
    [InlineData(EarlyReturnAmax, "axis: 0", "keepDims: true", "peak[0][j]", true)]
    [InlineData(EarlyReturnAmax, "1", "true", "peak[i][0]", false)]
    [InlineData(EarlyReturnAmax, "axis: 1", "keepDims: true", "peak[i][0]", false)]
    [InlineData(PatternElseAmax, "0", "true", "peak[0][j]", true)]
    [InlineData(PatternElseAmax, "axis: 0", "keepDims: true", "peak[0][j]", true)]
    [InlineData(PatternElseAmax, "1", "true", "peak[i][0]", false)]
    [InlineData(PatternElseAmax, "axis: 1", "keepDims: true", "peak[i][0]", false)]
    public async Task AJaggedKeepdimsAmax_ReturningFromTheAxisBranch_IsAMaxOverThatAxis(string helper, string axis, string keepDims, string read, bool bug)
    {
        var marker = bug ? " //~ LG0004" : "";
        var source = $$"""
            using System;

            public static class ArrayOps
            {
            {{helper}}
            }

            public static class RowNormaliser
            {
                public static float[][] Softmax(float[][] scores)
                {
                    float[][] peak = ArrayOps.Amax(scores, {{axis}}, {{keepDims}});{{marker}}
                    var r = new float[scores.Length][];
                    for (int i = 0; i < scores.Length; i++)
                    {
                        r[i] = new float[scores[i].Length];
                        float s = 0f;
                        for (int j = 0; j < scores[i].Length; j++) s += r[i][j] = MathF.Exp(scores[i][j] - {{read}});
                        for (int j = 0; j < scores[i].Length; j++) r[i][j] /= s;
                    }

                    return r;
                }
            }
            """;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// <c>double[,]</c>: a <c>switch</c> statement on the axis whose sections return (the default throws), called with a
    /// literal, a <c>const</c> or a named argument.
    /// </summary>
    [Theory]
    [InlineData("0", "mx[j]", true)]
    [InlineData("axis: ColumnAxis", "mx[j]", true)]
    [InlineData("1", "mx[i]", false)]
    [InlineData("axis: RowAxis", "mx[i]", false)]
    public async Task ASwitchStatementOnTheAxis_WithReturningSections_IsDecidedAtTheCall(string axis, string read, bool bug)
    {
        var marker = bug ? " //~ LG0004" : "";
        var source = $$"""
            using System;

            static class C
            {
                const int ColumnAxis = 0, RowAxis = 1;

                static double[] Max(double[,] a, int axis)
                {
                    int rows = a.GetLength(0), cols = a.GetLength(1);
                    switch (axis)
                    {
                        case 0:
                        {
                            var top = new double[cols];
                            for (int j = 0; j < cols; j++)
                            {
                                top[j] = double.NegativeInfinity;
                                for (int i = 0; i < rows; i++) top[j] = Math.Max(top[j], a[i, j]);
                            }
                            return top;
                        }
                        case 1:
                            var m = new double[rows];
                            for (int i = 0; i < rows; i++)
                            {
                                m[i] = double.NegativeInfinity;
                                for (int j = 0; j < cols; j++) m[i] = Math.Max(m[i], a[i, j]);
                            }
                            return m;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(axis));
                    }
                }

                static void F(double[,] x, double[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double[] mx = Max(x, {{axis}});{{marker}}
                    for (int i = 0; i < rows; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += y[i, j] = Math.Exp(x[i, j] - {{read}});
                        for (int j = 0; j < cols; j++) y[i, j] /= s;
                    }
                }
            }
            """;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// A flat buffer with shape parameters, the direction an enum member: <c>along switch { Axis.Columns =&gt; …, _ =&gt; … }</c>
    /// in the allocation and the index (no early return; the rewrite takes the arm), float and double.
    /// </summary>
    [Theory]
    [InlineData("double", "Axis.Columns", "m[j]", true)]
    [InlineData("float", "along: Axis.Columns", "m[j]", true)]
    [InlineData("double", "Axis.Rows", "m[i]", false)]
    [InlineData("float", "along: Axis.Rows", "m[i]", false)]
    public async Task AFlatMaxWithAnEnumDirection_InSwitchExpressions_IsDecidedAtTheCall(string type, string along, string read, bool bug)
    {
        var marker = bug ? " //~ LG0004" : "";
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var source = $$"""
            using System;

            enum Axis { Rows, Columns }

            static class C
            {
                static {{type}}[] Max({{type}}[] a, int rows, int cols, Axis along)
                {
                    var m = new {{type}}[along switch { Axis.Columns => cols, _ => rows }];
                    for (int k = 0; k < m.Length; k++) m[k] = {{type}}.NegativeInfinity;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                        {
                            int at = along switch { Axis.Columns => j, Axis.Rows => i, _ => throw new ArgumentOutOfRangeException(nameof(along)) };
                            m[at] = Math.Max(m[at], a[i * cols + j]);
                        }
                    return m;
                }

                static void F({{type}}[] x, {{type}}[] y, int rows, int cols)
                {
                    {{type}}[] m = Max(x, rows, cols, {{along}});{{marker}}
                    for (int i = 0; i < rows; i++)
                    {
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += y[i * cols + j] = {{exp}}(x[i * cols + j] - {{read}});
                        for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                    }
                }
            }
            """;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// A <c>bool</c> direction flag (<c>perColumn</c>) choosing between two in-place walks of a <c>double[,]</c> with
    /// <c>if</c>/<c>else</c> and no returns in the branches.
    /// </summary>
    [Theory]
    [InlineData("true", "mx[j]", true)]
    [InlineData("perColumn: true", "mx[j]", true)]
    [InlineData("false", "mx[i]", false)]
    [InlineData("perColumn: false", "mx[i]", false)]
    public async Task ABoolDirectionFlag_IsDecidedAtTheCall(string flag, string read, bool bug)
    {
        var marker = bug ? " //~ LG0004" : "";
        var source = $$"""
            using System;

            static class C
            {
                static double[] Peaks(double[,] a, bool perColumn)
                {
                    int rows = a.GetLength(0), cols = a.GetLength(1);
                    double[] m;
                    if (perColumn)
                    {
                        m = new double[cols];
                        for (int j = 0; j < cols; j++)
                        {
                            m[j] = double.NegativeInfinity;
                            for (int i = 0; i < rows; i++) m[j] = Math.Max(m[j], a[i, j]);
                        }
                    }
                    else
                    {
                        m = new double[rows];
                        for (int i = 0; i < rows; i++)
                        {
                            m[i] = double.NegativeInfinity;
                            for (int j = 0; j < cols; j++) m[i] = Math.Max(m[i], a[i, j]);
                        }
                    }
                    return m;
                }

                static void F(double[,] x, double[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double[] mx = Peaks(x, {{flag}});{{marker}}
                    for (int i = 0; i < rows; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += y[i, j] = Math.Exp(x[i, j] - {{read}});
                        for (int j = 0; j < cols; j++) y[i, j] /= s;
                    }
                }
            }
            """;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// Correct twins that must stay silent: a helper given one row (its flag decides only how NaNs are treated, both
    /// branches return that row's max), called per row with a constant; and a softmax whose axis is its own parameter
    /// (not known at the call), with per-row reads.
    /// </summary>
    [Theory]
    [InlineData("true")]
    [InlineData("skipNaN: false")]
    public async Task AOneRowHelperWithADecidedFlag_StaysSilent(string flag)
    {
        var source = $$"""
            using System;

            static class C
            {
                static float Peak(float[] row, bool skipNaN)
                {
                    float m = float.NegativeInfinity;
                    if (skipNaN)
                    {
                        foreach (float v in row) if (!float.IsNaN(v) && v > m) m = v;
                        return m;
                    }

                    foreach (float v in row) m = MathF.Max(m, v);
                    return m;
                }

                static void F(float[][] x, float[][] y)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        float m = Peak(x[i], {{flag}});
                        float s = 0f;
                        for (int j = 0; j < x[i].Length; j++) s += y[i][j] = MathF.Exp(x[i][j] - m);
                        for (int j = 0; j < x[i].Length; j++) y[i][j] /= s;
                    }
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }
    /// <summary>
    /// Another type's <c>Max(a, axis)</c> that checks its argument first (<c>throw new ArgumentOutOfRangeException(nameof(axis), …)</c>,
    /// a <c>nameof</c> that no longer keeps the helper a call): decided at a call with a constant axis; a softmax whose
    /// axis is its own parameter (not known at the call) reading per-row maxima stays silent.
    /// </summary>
    [Theory]
    [InlineData("0", "mx[j]", true)]
    [InlineData("1", "mx[i]", false)]
    [InlineData("axis", "mx[i]", false)]
    public async Task AnArgumentCheckedMax_IsDecidedAtTheCall_AndSilentWhenTheAxisIsUnknown(string axis, string read, bool bug)
    {
        var marker = bug ? " //~ LG0004" : "";
        var source = $$"""
            using System;

            public static class Ops
            {
                public static double[] Max(double[,] a, int axis)
                {
                    if (axis < 0 || axis > 1) throw new ArgumentOutOfRangeException(nameof(axis), axis, "0 or 1");
                    int rows = a.GetLength(0), cols = a.GetLength(1);
                    var m = new double[axis == 0 ? cols : rows];
                    for (int k = 0; k < m.Length; k++) m[k] = double.NegativeInfinity;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                        {
                            int at = axis == 0 ? j : i;
                            m[at] = Math.Max(m[at], a[i, j]);
                        }
                    return m;
                }
            }

            static class C
            {
                static void F(double[,] x, double[,] y, int axis)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double[] mx = Ops.Max(x, {{axis}});{{marker}}
                    for (int i = 0; i < rows; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += y[i, j] = Math.Exp(x[i, j] - {{read}});
                        for (int j = 0; j < cols; j++) y[i, j] /= s;
                    }
                }
            }
            """;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }
}
