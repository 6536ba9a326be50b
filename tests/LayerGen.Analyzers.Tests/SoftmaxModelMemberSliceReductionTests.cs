using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Member reductions over part (or all) of a user type's own storage (HelperInliner.cs, HelperReach.cs,
/// StorageFoldReader.cs): <c>z.MaxOfRow(r)</c>, <c>z.SumOfColumn(c)</c>, <c>t.MaxAlong(0)</c> are inlined at the call with
/// the receiver in place of <c>this</c> (the parameter fixes one dimension, the loop walks the other; a constant axis
/// argument picks the branch its comparisons take), so LG0001/LG0002/LG0004 see the slice as they see an inline fold, in
/// the receiver's dimensions, whatever the storage: row- or column-major flat, 2-D or jagged. A whole-matrix
/// <c>Max()</c> over private jagged rows is read as a fold of the whole instance. Correct twins stay silent: the member
/// on the right axis, a member whose parameter is a threshold, a member that writes the storage, another instance's
/// member, a virtual member (not followed).
/// </summary>
public class SoftmaxModelMemberSliceReductionTests
{
    /// <summary>Storage spellings of a logical [rows, cols] matrix: (field declaration, element at r, c, allocation).</summary>
    public static TheoryData<string, string, string> Storages() => new()
    {
        // row-major flat
        { "public double[] Data;", "Data[(r * Cols) + c]", "Data = new double[rows * cols];" },
        // column-major flat
        { "public double[] Data;", "Data[c * Rows + r]", "Data = new double[rows * cols];" },
        // 2-D
        { "public double[,] Cells;", "Cells[r, c]", "Cells = new double[rows, cols];" },
        // jagged
        { "public double[][] Lines;", "Lines[r][c]", "Lines = new double[rows][]; for (var i = 0; i < rows; i++) Lines[i] = new double[cols];" },
    };

    private static string MatrixType(string field, string element, string allocation, string extra = "") => $$"""
        public sealed class Mat
        {
            {{field}}
            public Mat(int rows, int cols) { Rows = rows; Cols = cols; {{allocation}} }
            public int Rows { get; }
            public int Cols { get; }
            public double this[int r, int c] { get => {{element}}; set => {{element}} = value; }

            public double MaxOfRow(int r)
            {
                var best = double.NegativeInfinity;
                for (var c = 0; c < Cols; c++) best = Math.Max(best, this[r, c]);
                return best;
            }

            public double MaxOfColumn(int c)
            {
                var best = double.NegativeInfinity;
                for (var r = 0; r < Rows; r++) { var v = {{element}}; if (v > best) best = v; }
                return best;
            }

            public double SumOfRow(int r)
            {
                var total = 0.0;
                for (var c = 0; c < Cols; c++) total += {{element}};
                return total;
            }

            public double SumOfColumn(int c)
            {
                var total = 0.0;
                for (var r = 0; r < Rows; r++) total += this[r, c];
                return total;
            }
            {{extra}}
        }
        """;

    private static string Source(string matrix, string body) => $$"""
        using System;

        {{matrix}}

        public static class Head
        {
            public static Mat Softmax(Mat z)
            {
                var e = new Mat(z.Rows, z.Cols);
                {{body}}
                return e;
            }
        }
        """;

    /// <summary>Per-row softmax, shifted by the row's own max (right) or by per-column peaks cached in an array (LG0004).</summary>
    private const string RowShift = """
        for (var r = 0; r < z.Rows; r++)
        {
            var m = z.MaxOfRow(r);
            var s = 0.0;
            for (var c = 0; c < z.Cols; c++) { e[r, c] = Math.Exp(z[r, c] - m); s += e[r, c]; }
            for (var c = 0; c < z.Cols; c++) e[r, c] /= s;
        }
        """;

    private const string ColumnPeaks = """
        var peaks = new double[z.Cols];
        for (var c = 0; c < z.Cols; c++) peaks[c] = z.MaxOfColumn(c);
        for (var r = 0; r < z.Rows; r++)
        {
            var s = 0.0;
            for (var c = 0; c < z.Cols; c++) { e[r, c] = Math.Exp(z[r, c] - peaks[c]); s += e[r, c]; }
            for (var c = 0; c < z.Cols; c++) e[r, c] /= s;
        }
        """;

    /// <summary>Per-row max and exps, sums taken by the member per row (right) or per column and divided per column (LG0004).</summary>
    private const string RowSums = """
        for (var r = 0; r < z.Rows; r++)
        {
            var m = z.MaxOfRow(r);
            for (var c = 0; c < z.Cols; c++) e[r, c] = Math.Exp(z[r, c] - m);
            var s = e.SumOfRow(r);
            for (var c = 0; c < z.Cols; c++) e[r, c] /= s;
        }
        """;

    private const string ColumnSums = """
        for (var r = 0; r < z.Rows; r++)
        {
            var m = z.MaxOfRow(r);
            for (var c = 0; c < z.Cols; c++) e[r, c] = Math.Exp(z[r, c] - m);
        }

        for (var c = 0; c < z.Cols; c++)
        {
            var s = e.SumOfColumn(c);
            for (var r = 0; r < z.Rows; r++) e[r, c] /= s;
        }
        """;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task SliceMax_RightAxisIsSilent(string field, string element, string allocation) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(MatrixType(field, element, allocation), RowShift)));

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task SliceMax_PeaksPerColumnWithRowSums_IsLG0004(string field, string element, string allocation) =>
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(Source(MatrixType(field, element, allocation), ColumnPeaks)));

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task SliceSum_PerRowIsSilent(string field, string element, string allocation) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(MatrixType(field, element, allocation), RowSums)));

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task SliceSum_PerColumnWithRowMax_IsReported(string field, string element, string allocation) =>
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(Source(MatrixType(field, element, allocation), ColumnSums)));

    /// <summary>The member's max kept, the sum written inline down the other axis: a max over the wrong axis (LG0004), not a missing shift (LG0003).</summary>
    [Fact]
    public async Task SliceMaxWithInlineSum_IsLG0004NotLG0003()
    {
        var body = """
            var peaks = new double[z.Rows];
            for (var k = 0; k < z.Rows; k++) peaks[k] = z.MaxOfRow(k);
            for (var j = 0; j < z.Cols; j++)
            {
                var total = 0.0;
                for (var k = 0; k < z.Rows; k++) { e[k, j] = Math.Exp(z[k, j] - peaks[k]); total += e[k, j]; }
                for (var k = 0; k < z.Rows; k++) e[k, j] /= total;
            }
            """;
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(Source(MatrixType("public double[] Data;", "Data[c * Rows + r]", "Data = new double[rows * cols];"), body)));
    }

    /// <summary>Axis-parameterised reductions (a conditional element or an if/else walk): the constant axis argument picks the dimension.</summary>
    [Theory]
    [InlineData("var v = axis == 0 ? this[a, o] : this[o, a];", "MaxAlong(1)", null)]
    [InlineData("var v = axis == 0 ? this[a, o] : this[o, a];", "MaxAlong(0)", "LG0004")]
    [InlineData("var v = axis != 1 ? this[a, o] : this[o, a];", "MaxAlong(0)", "LG0004")]
    [InlineData("double v; if (axis == 0) { v = this[a, o]; } else { v = this[o, a]; }", "MaxAlong(1)", null)]
    [InlineData("double v; if (axis == 0) { v = this[a, o]; } else { v = this[o, a]; }", "MaxAlong(0)", "LG0004")]
    public async Task AxisArgument_PicksTheWalkedDimension(string element, string maxCall, string? expected)
    {
        var extra = $$"""
            public double[] MaxAlong(int axis)
            {
                var other = 1 - axis;
                var count = other == 0 ? Rows : Cols;
                var walked = axis == 0 ? Rows : Cols;
                var result = new double[count];
                for (var o = 0; o < count; o++)
                {
                    var best = double.NegativeInfinity;
                    for (var a = 0; a < walked; a++) { {{element}} best = Math.Max(best, v); }
                    result[o] = best;
                }

                return result;
            }
            """;
        var body = $$"""
            var max = z.{{maxCall}};
            for (var r = 0; r < z.Rows; r++)
            {
                var s = 0.0;
                for (var c = 0; c < z.Cols; c++) { e[r, c] = Math.Exp(z[r, c] - max[{{(maxCall == "MaxAlong(0)" ? "c" : "r")}}]); s += e[r, c]; }
                for (var c = 0; c < z.Cols; c++) e[r, c] /= s;
            }
            """;
        var reported = await FixRunner.ReportedIdsAsync(Source(MatrixType("public double[] Data;", "Data[(r * Cols) + c]", "Data = new double[rows * cols];", extra), body));
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, reported);
    }

    /// <summary>A whole-matrix Max() over private jagged rows shifts every row by the batch's largest logit: LG0001; a row's own max is silent.</summary>
    [Theory]
    [InlineData("foreach (var line in _rows) { foreach (var v in line) { if (v > best) best = v; } }", "logits.Max()", "LG0001")]
    [InlineData("for (var i = 0; i < _rows.Length; i++) for (var j = 0; j < _rows[i].Length; j++) best = Math.Max(best, _rows[i][j]);", "logits.Max()", "LG0001")]
    [InlineData("foreach (var line in _rows) { foreach (var v in line) { if (v > best) best = v; } }", "logits.MaxOfRow(r)", null)]
    [InlineData("foreach (var line in _rows) { foreach (var v in line) { best = v > best ? v : best; } }", "logits.Max()", "LG0001")]
    [InlineData("foreach (var line in _rows) { foreach (var v in line) { best = best < v ? v : best; } }", "logits.Max()", "LG0001")]
    public async Task WholeMaxOverPrivateJaggedRows(string walk, string shift, string? expected)
    {
        var source = $$"""
            using System;

            public sealed class Matrix
            {
                private readonly double[][] _rows;
                public Matrix(int rows, int columns) { _rows = new double[rows][]; for (var r = 0; r < rows; r++) _rows[r] = new double[columns]; Columns = columns; }
                public int Rows => _rows.Length;
                public int Columns { get; }
                public double this[int row, int column] { get => _rows[row][column]; set => _rows[row][column] = value; }

                public double Max()
                {
                    var best = double.NegativeInfinity;
                    {{walk}}
                    return best;
                }

                public double MaxOfRow(int row)
                {
                    var best = double.NegativeInfinity;
                    foreach (var v in _rows[row]) best = Math.Max(best, v);
                    return best;
                }
            }

            public static class Posteriors
            {
                public static Matrix Softmax(Matrix logits)
                {
                    var result = new Matrix(logits.Rows, logits.Columns);
                    for (var r = 0; r < logits.Rows; r++)
                    {
                        var shift = {{shift}};
                        var sum = 0.0;
                        for (var c = 0; c < logits.Columns; c++) { result[r, c] = Math.Exp(logits[r, c] - shift); sum += result[r, c]; }
                        for (var c = 0; c < logits.Columns; c++) result[r, c] /= sum;
                    }

                    return result;
                }
            }
            """;
        var reported = await FixRunner.ReportedIdsAsync(source);
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, reported);
    }

    /// <summary>Correct code around members that are no slice fold of the logits: a threshold parameter, a writing member, another instance, a virtual member.</summary>
    [Theory]
    [InlineData("var m = z.MaxOfRow(r); var above = z.CountAbove(m - 1.0);")]
    [InlineData("var m = z.MaxOfRow(r); var stat = other.MaxOfColumn(0);")]
    [InlineData("var m = z.MaxOfRow(r); z.AddToRow(r, 0.0);")]
    [InlineData("var m = z.VirtualMaxOfColumn(r);")]
    public async Task OtherMembers_StaySilentOnCorrectCode(string shift)
    {
        var extra = """
            public int CountAbove(double threshold)
            {
                var n = 0;
                for (var i = 0; i < Data.Length; i++) if (Data[i] > threshold) n++;
                return n;
            }

            public void AddToRow(int r, double bias)
            {
                for (var c = 0; c < Cols; c++) this[r, c] += bias;
            }
            """;
        var matrix = MatrixType("public double[] Data;", "Data[(r * Cols) + c]", "Data = new double[rows * cols];", extra)
            .Replace("public sealed class Mat", "public class Mat", StringComparison.Ordinal)
            .Replace("public double MaxOfColumn(int c)", "public virtual double VirtualMaxOfColumn(int c) => MaxOfRow(c);\n    public double MaxOfColumn(int c)", StringComparison.Ordinal);
        var source = $$"""
            using System;

            {{matrix}}

            public static class Head
            {
                public static Mat Softmax(Mat z, Mat other)
                {
                    var e = new Mat(z.Rows, z.Cols);
                    for (var r = 0; r < z.Rows; r++)
                    {
                        {{shift}}
                        var s = 0.0;
                        for (var c = 0; c < z.Cols; c++) { e[r, c] = Math.Exp(z[r, c] - m); s += e[r, c]; }
                        for (var c = 0; c < z.Cols; c++) e[r, c] /= s;
                    }

                    return e;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
