using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Counted loops that run once (OnePassLoops.cs): <c>for (int k = t; k &lt; t + 1; k++)</c>, <c>k &lt;= t</c>,
/// <c>while (t + 1 &gt; k)</c>, and the recursive <c>SumCols(e, r, t, t + 1)</c> fold the one index <c>t</c>, so a
/// column softmax whose normaliser sums the column slice [t, t + 1) is correct (LG0002 on main, and the one-class slice's
/// max LG0004). Sums over [t, cols), [0, t], [t, t + 2) or every column stay reported. Correct programs numerically
/// checked on ±1000 logits (max error below 1e-7); every bug twin's error is 0.5 or more.
/// </summary>
public class SoftmaxModelOnePassLoopTests
{
    /// <summary>One-pass sums and maxima over [t, t + 1) in rectangular, flat and jagged layouts, for, while and recursive: silent.</summary>
    [Theory]
    [InlineData("OneClassSlice")]
    [InlineData("OneWideColumns")]
    [InlineData("ColumnSliceSum")]
    [InlineData("ColumnSliceSumFlat")]
    [InlineData("ColumnSliceWhile")]
    [InlineData("ColumnSliceRecursive")]
    public async Task CorrectProgramIsSilent(string name)
    {
        var source = Sources[name];
        Assert.Empty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Sums over more than the column slice: LG0002 at the sum.</summary>
    [Theory]
    [InlineData("BugColumnSliceWide")]
    [InlineData("BugColumnSlicePrefix")]
    [InlineData("BugColumnSliceTwo")]
    [InlineData("BugColumnSliceRecursive")]
    [InlineData("BugOneWideSumAll")]
    public async Task BugTwinIsReportedAtItsLines(string name)
    {
        var source = Sources[name];
        Assert.NotEmpty(SourceMarkers.ExpectedMarkers(source));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["OneClassSlice"] = """
            using System;
            public static class OneClassSlice
            {
                // Each class is its own softmax slice (a one-class group): the sum runs over [t, t + 1).
                public static float[] Run(float[] x)
                {
                    int n = x.Length;
                    var e = new float[n];
                    var p = new float[n];
                    for (int t = 0; t < n; t++)
                    {
                        float m = float.NegativeInfinity;
                        for (int k = t; k < t + 1; k++) m = MathF.Max(m, x[k]);
                        e[t] = MathF.Exp(x[t] - m);
                    }
                    for (int t = 0; t < n; t++)
                    {
                        float sum = 0f;
                        for (int k = t; k < t + 1; k++) sum += e[k];
                        p[t] = e[t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["OneWideColumns"] = """
            using System;
            public static class OneWideColumns
            {
                const int Width = 1;
                // A softmax down each block of Width columns (here one column wide).
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t += Width)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < t + 1; k++) m = Math.Max(m, z[r, k]);
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k <= t; k++) sum += p[r, k] = Math.Exp(z[r, k] - m);
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < t + 1; k++) p[r, k] /= sum;
                    }
                    return p;
                }
            }
            """,
        ["ColumnSliceSum"] = """
            using System;
            public static class ColumnSliceSum
            {
                // A softmax down each column; the normaliser sums the column's slice [t, t + 1).
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows, cols];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        for (int r = 0; r < rows; r++) e[r, t] = Math.Exp(z[r, t] - m);
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < t + 1; k++) sum += e[r, k];
                        for (int r = 0; r < rows; r++) p[r, t] = e[r, t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["ColumnSliceSumFlat"] = """
            using System;
            public static class ColumnSliceSumFlat
            {
                // z is rows x cols, row-major; a softmax down each column, the normaliser over the column slice [t, t + 1).
                public static void Run(float[] z, float[] p, int rows, int cols)
                {
                    var e = new float[rows * cols];
                    for (int t = 0; t < cols; t++)
                    {
                        float m = float.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = MathF.Max(m, z[r * cols + t]);
                        for (int r = 0; r < rows; r++) e[r * cols + t] = MathF.Exp(z[r * cols + t] - m);
                        float sum = 0f;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k <= t; k++) sum += e[r * cols + k];
                        for (int r = 0; r < rows; r++) p[r * cols + t] = e[r * cols + t] / sum;
                    }
                }
            }
            """,
        ["ColumnSliceWhile"] = """
            using System;
            public static class ColumnSliceWhile
            {
                // A softmax down each column of a jagged matrix; the sums walk the column slice [t, t + 1) with while.
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows][];
                    for (int r = 0; r < rows; r++) e[r] = new double[cols];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                        {
                            int k = t;
                            while (t + 1 > k)
                            {
                                sum += e[r][k] = Math.Exp(z[r, k] - m);
                                k++;
                            }
                        }
                        for (int r = 0; r < rows; r++) p[r, t] = e[r][t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["ColumnSliceRecursive"] = """
            using System;
            public static class ColumnSliceRecursive
            {
                static double SumCols(double[,] e, int r, int from, int to) => from >= to ? 0 : e[r, from] + SumCols(e, r, from + 1, to);

                // A softmax down each column; the normaliser adds each row's slice [t, t + 1) through a recursive helper.
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows, cols];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        for (int r = 0; r < rows; r++) e[r, t] = Math.Exp(z[r, t] - m);
                        double sum = 0;
                        for (int r = 0; r < rows; r++) sum += SumCols(e, r, t, t + 1);
                        for (int r = 0; r < rows; r++) p[r, t] = e[r, t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["BugColumnSliceWide"] = """
            using System;
            public static class BugColumnSliceWide
            {
                // The normaliser sums [t, cols): every later column too.
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows, cols];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        for (int r = 0; r < rows; r++) e[r, t] = Math.Exp(z[r, t] - m);
                    }
                    for (int t = 0; t < cols; t++)
                    {
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < cols; k++) sum += e[r, k]; //~ LG0002
                        for (int r = 0; r < rows; r++) p[r, t] = e[r, t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["BugColumnSlicePrefix"] = """
            using System;
            public static class BugColumnSlicePrefix
            {
                // The normaliser sums [0, t]: every later column too.
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows, cols];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        for (int r = 0; r < rows; r++) e[r, t] = Math.Exp(z[r, t] - m);
                    }
                    for (int t = 0; t < cols; t++)
                    {
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                            for (int k = 0; k <= t; k++) sum += e[r, k]; //~ LG0002
                        for (int r = 0; r < rows; r++) p[r, t] = e[r, t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["BugColumnSliceTwo"] = """
            using System;
            public static class BugColumnSliceTwo
            {
                // The normaliser sums [t, t + 2): the next column's exps too (e has a zero padding column).
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows, cols + 1];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        for (int r = 0; r < rows; r++) e[r, t] = Math.Exp(z[r, t] - m);
                    }
                    for (int t = 0; t < cols; t++)
                    {
                        double sum = 0;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < t + 2; k++) sum += e[r, k]; //~ LG0002
                        for (int r = 0; r < rows; r++) p[r, t] = e[r, t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["BugColumnSliceRecursive"] = """
            using System;
            public static class BugColumnSliceRecursive
            {
                static double SumCols(double[,] e, int r, int from, int to) => from >= to ? 0 : e[r, from] + SumCols(e, r, from + 1, to);

                // A softmax down each column; the normaliser adds every later column too through a recursive helper.
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var e = new double[rows, cols];
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++) m = Math.Max(m, z[r, t]);
                        for (int r = 0; r < rows; r++) e[r, t] = Math.Exp(z[r, t] - m);
                    }
                    for (int t = 0; t < cols; t++)
                    {
                        double sum = 0;
                        for (int r = 0; r < rows; r++) sum += SumCols(e, r, t, cols); //~ LG0002
                        for (int r = 0; r < rows; r++) p[r, t] = e[r, t] / sum;
                    }
                    return p;
                }
            }
            """,
        ["BugOneWideSumAll"] = """
            using System;
            public static class BugOneWideSumAll
            {
                public static double[,] Run(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new double[rows, cols];
                    for (int t = 0; t < cols; t++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < t + 1; k++) m = Math.Max(m, z[r, k]);
                        for (int r = 0; r < rows; r++)
                            for (int k = t; k < t + 1; k++) p[r, k] = Math.Exp(z[r, k] - m);
                    }
                    double sum = 0;
                    for (int r = 0; r < rows; r++)
                        for (int k = 0; k < cols; k++) sum += p[r, k]; //~ LG0002
                    for (int r = 0; r < rows; r++)
                        for (int k = 0; k < cols; k++) p[r, k] /= sum;
                    return p;
                }
            }
            """,
    };
}
