using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// numpy-style keepdims helpers taking (array, axis): <c>Max(a, axis)</c> folds along the dimension the axis selects
/// (<c>axis == 0 ? … : …</c> in its indices, allocation or branches). Called with a constant axis (positional or named),
/// it is at the call a max over that dimension: over axis 0 of a row softmax (one max per column, over the rows) while
/// the sum runs along each row is LG0004; over axis 1 it is each row's max and silent. On <c>double[,]</c> and on flat
/// arrays with shape parameters.
/// </summary>
public class SoftmaxModelAxisHelperTests
{
    private const string TernaryMax = """
        static double[,] Max(double[,] a, int axis)
        {
            int rows = a.GetLength(0), cols = a.GetLength(1);
            var m = axis == 0 ? new double[1, cols] : new double[rows, 1];
            for (int i = 0; i < m.GetLength(0); i++)
                for (int j = 0; j < m.GetLength(1); j++)
                    m[i, j] = double.NegativeInfinity;
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++)
                {
                    int r = axis == 0 ? 0 : i, c = axis == 0 ? j : 0;
                    m[r, c] = Math.Max(m[r, c], a[i, j]);
                }
            return m;
        }
        """;

    private const string BranchMax = """
        static double[,] Max(double[,] a, int axis)
        {
            int rows = a.GetLength(0), cols = a.GetLength(1);
            double[,] m;
            if (axis == 0)
            {
                m = new double[1, cols];
                for (int j = 0; j < cols; j++) m[0, j] = double.NegativeInfinity;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        m[0, j] = Math.Max(m[0, j], a[i, j]);
            }
            else
            {
                m = new double[rows, 1];
                for (int i = 0; i < rows; i++)
                {
                    m[i, 0] = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++)
                        m[i, 0] = Math.Max(m[i, 0], a[i, j]);
                }
            }
            return m;
        }
        """;

    [Theory]
    [InlineData(TernaryMax, "0", "0, j", "LG0004")]
    [InlineData(TernaryMax, "axis: 0", "0, j", "LG0004")]
    [InlineData(BranchMax, "0", "0, j", "LG0004")]
    [InlineData(BranchMax, "axis: 0", "0, j", "LG0004")]
    [InlineData(TernaryMax, "1", "i, 0", null)]
    [InlineData(TernaryMax, "axis: 1", "i, 0", null)]
    [InlineData(BranchMax, "1", "i, 0", null)]
    [InlineData(BranchMax, "axis: 1", "i, 0", null)]
    public async Task AKeepdimsMaxHelper_FoldsAlongTheAxisItIsPassed(string helper, string axis, string read, string? expected)
    {
        var source = $$"""
            using System;

            static class C {
                {{helper}}

                static void F(double[,] x, double[,] y) {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double[,] mx = Max(x, {{axis}});
                    for (int i = 0; i < rows; i++) {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += Math.Exp(x[i, j] - mx[{{read}}]);
                        for (int j = 0; j < cols; j++) y[i, j] = Math.Exp(x[i, j] - mx[{{read}}]) / s;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("0", "j", "LG0004")]
    [InlineData("axis: 0", "j", "LG0004")]
    [InlineData("1", "i", null)]
    [InlineData("axis: 1", "i", null)]
    public async Task AFlatMaxHelperWithShapeParameters_FoldsAlongTheAxisItIsPassed(string axis, string read, string? expected)
    {
        var source = $$"""
            using System;

            static class C {
                static double[] Max(double[] a, int rows, int cols, int axis)
                {
                    var m = new double[axis == 0 ? cols : rows];
                    for (int k = 0; k < m.Length; k++) m[k] = double.NegativeInfinity;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                        {
                            int at = axis == 0 ? j : i;
                            m[at] = Math.Max(m[at], a[i * cols + j]);
                        }
                    return m;
                }

                static void F(double[] x, double[] y, int rows, int cols) {
                    double[] mx = Max(x, rows, cols, {{axis}});
                    for (int i = 0; i < rows; i++) {
                        double s = 0;
                        for (int j = 0; j < cols; j++) s += Math.Exp(x[i * cols + j] - mx[{{read}}]);
                        for (int j = 0; j < cols; j++) y[i * cols + j] = Math.Exp(x[i * cols + j] - mx[{{read}}]) / s;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }
}
