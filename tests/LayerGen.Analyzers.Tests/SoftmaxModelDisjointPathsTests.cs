using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Two softmaxes on disjoint paths of one method writing the same output: row 0 for a batch of one in an early-return
/// branch (inline, or a helper with or without a row argument), and every row in the loop after it (HeldOut86's false
/// report <c>TupleShapeSwitch_RowPaths</c>: LG0001 at the single-row path). The output buffer's stored exps are
/// flow-insensitive, so each site took the other path's exps and their shifts: row 0's peak, fixed on the row axis, read
/// as a max carried across the loop's rows. An exp is a site's only when control can go from it to the division
/// (<c>SoftmaxModel.ReachingExps.cs</c>). A real peak over every row stays LG0001 beside such a branch.
/// </summary>
public class SoftmaxModelDisjointPathsTests
{
    /// <summary>The per-row loop of a <c>double[rows, cols]</c> softmax, shifted by each row's own max.</summary>
    private const string RowLoop2D = """
                for (int r = 0; r < rows; r++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                    double s = 0;
                    for (int c = 0; c < cols; c++) { y[r, c] = Math.Exp(x[r, c] - m); s += y[r, c]; }
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
        """;

    /// <summary>Row 0 of a <c>double[rows, cols]</c> softmax, written inline.</summary>
    private const string RowZero2D = """
                    double m0 = double.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m0 = Math.Max(m0, x[0, c]);
                    double s0 = 0;
                    for (int c = 0; c < cols; c++) { y[0, c] = Math.Exp(x[0, c] - m0); s0 += y[0, c]; }
                    for (int c = 0; c < cols; c++) y[0, c] /= s0;
        """;

    /// <summary>The single-row path before the loop, spelled as an early return, a switch, or an else branch: silent.</summary>
    [Theory]
    [InlineData("if (rows == 1) { {row0} return y; }\n{loop}\nreturn y;")]
    [InlineData("if (rows == 1) { {row0} }\nelse\n{\n{loop}\n}\nreturn y;")]
    [InlineData("switch (rows)\n{\ncase 0: return y;\ncase 1: {row0} return y;\ndefault:\n{loop}\nreturn y;\n}")]
    [InlineData("switch ((rows, cols))\n{\ncase (0, _) or (_, 0): return y;\ncase (1, _): {row0} return y;\ncase var (_, _):\n{loop}\nreturn y;\n}")]
    [InlineData("if (rows != 1)\n{\n{loop}\nreturn y;\n}\n{row0}\nreturn y;")]
    public async Task RowZeroPathBesideRowLoop_Silent(string body)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[,] Softmax(double[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new double[rows, cols];
            {{body.Replace("{row0}", RowZero2D).Replace("{loop}", RowLoop2D)}}
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>The single-row path as a helper call (fixed row 0, or a row index argument) under a tuple switch: silent.</summary>
    [Theory]
    [InlineData("SingleRow(x, y, n)", "int n", "0")]
    [InlineData("OneRow(x, y, 0, n)", "int row, int n", "row")]
    public async Task RowZeroHelperInSwitchArm_Silent(string call, string parameters, string row)
    {
        var name = call.Substring(0, call.IndexOf('('));
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[,] Softmax(double[,] x)
                {
                    var y = new double[x.GetLength(0), x.GetLength(1)];
                    switch ((x.GetLength(0), x.GetLength(1)))
                    {
                        case (0, _) or (_, 0):
                            return y;
                        case (1, var n):
                            {{call}};
                            return y;
                        case var (rows, cols):
            {{RowLoop2D}}
                            return y;
                    }
                }

                private static void {{name}}(double[,] x, double[,] y, {{parameters}})
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < n; c++) m = Math.Max(m, x[{{row}}, c]);
                    double s = 0.0;
                    for (int c = 0; c < n; c++) { y[{{row}}, c] = Math.Exp(x[{{row}}, c] - m); s += y[{{row}}, c]; }
                    for (int c = 0; c < n; c++) y[{{row}}, c] /= s;
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>Flat float rows and jagged rows: the first row (<c>x[c]</c>, <c>x[0]</c>) in an early return, every row after it: silent.</summary>
    [Fact]
    public async Task FlatAndJaggedRowZeroPaths_Silent()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Flat(float[] x, float[] y, int rows, int cols)
                {
                    if (rows == 1)
                    {
                        float m0 = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) if (x[c] > m0) m0 = x[c];
                        float s0 = 0f;
                        for (int c = 0; c < cols; c++) s0 += y[c] = MathF.Exp(x[c] - m0);
                        for (int c = 0; c < cols; c++) y[c] /= s0;
                        return;
                    }

                    for (int r = 0; r < rows; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) if (x[r * cols + c] > m) m = x[r * cols + c];
                        float s = 0f;
                        for (int c = 0; c < cols; c++) s += y[r * cols + c] = MathF.Exp(x[r * cols + c] - m);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                    }
                }

                public static float[][] Jagged(float[][] x)
                {
                    var y = new float[x.Length][];
                    for (int r = 0; r < x.Length; r++) y[r] = new float[x[r].Length];
                    if (x is [var only])
                    {
                        float m0 = float.NegativeInfinity;
                        foreach (float v in only) m0 = MathF.Max(m0, v);
                        float s0 = 0f;
                        for (int c = 0; c < only.Length; c++) s0 += y[0][c] = MathF.Exp(only[c] - m0);
                        for (int c = 0; c < only.Length; c++) y[0][c] /= s0;
                        return y;
                    }

                    for (int r = 0; r < x.Length; r++)
                    {
                        float m = float.NegativeInfinity;
                        foreach (float v in x[r]) m = MathF.Max(m, v);
                        float s = 0f;
                        for (int c = 0; c < x[r].Length; c++) s += y[r][c] = MathF.Exp(x[r][c] - m);
                        for (int c = 0; c < x[r].Length; c++) y[r][c] /= s;
                    }

                    return y;
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// A peak over every row, shifting each row's per-row sum, is still LG0001 at its fold when a correct single-row
    /// branch stands beside it (2-D double and flat float); the branch itself stays silent.
    /// </summary>
    [Fact]
    public async Task BatchPeakBesideRowZeroBranch_LG0001()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static double[,] Softmax(double[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new double[rows, cols];
                    if (rows == 1)
                    {
                        double m0 = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m0 = Math.Max(m0, x[0, c]);
                        double s0 = 0;
                        for (int c = 0; c < cols; c++) { y[0, c] = Math.Exp(x[0, c] - m0); s0 += y[0, c]; }
                        for (int c = 0; c < cols; c++) y[0, c] /= s0;
                        return y;
                    }

                    double m = double.NegativeInfinity;
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        double s = 0;
                        for (int c = 0; c < cols; c++) { y[r, c] = Math.Exp(x[r, c] - m); s += y[r, c]; }
                        for (int c = 0; c < cols; c++) y[r, c] /= s;
                    }

                    return y;
                }

                public static void Flat(float[] x, float[] y, int rows, int cols)
                {
                    switch (rows)
                    {
                        case 1:
                            float m0 = float.NegativeInfinity;
                            for (int c = 0; c < cols; c++) if (x[c] > m0) m0 = x[c];
                            float s0 = 0f;
                            for (int c = 0; c < cols; c++) s0 += y[c] = MathF.Exp(x[c] - m0);
                            for (int c = 0; c < cols; c++) y[c] /= s0;
                            return;
                    }

                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++) if (x[r * cols + c] > m) m = x[r * cols + c]; //~ LG0001
                        float s = 0f;
                        for (int c = 0; c < cols; c++) s += y[r * cols + c] = MathF.Exp(x[r * cols + c] - m);
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                    }
                }
            }
            """;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }
}
