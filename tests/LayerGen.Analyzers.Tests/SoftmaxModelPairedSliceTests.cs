using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Correct code that neighbour-row folds (NeighbourSlices.cs) reported as LG0001: a joint softmax over each pair of rows
/// (one peak over both rows, one sum <c>total += p[r, c] + p[r + 1, c]</c> over both, both rows divided by it), whose sum
/// spans the pair as its peak does; and a pipelined next-row peak (<c>next</c> folded over row 0 before the row loop,
/// reset and folded over row <c>r + 1</c> inside it), whose two folds never add to one value, is no longer widened by
/// neighbour rows (it is still reported through the row-0 fold read in every row: not fixed yet). A pair peak with one sum per row, or a sum of one row dividing both, stays LG0001.
/// </summary>
public class SoftmaxModelPairedSliceTests
{
    /// <summary>Rectangular pairs, one joint sum (the stop55 probe PairRows.cs): silent.</summary>
    [Theory]
    [InlineData("double", "Math")]
    [InlineData("float", "MathF")]
    public async Task JointPairSoftmax_Rectangular_IsSilent(string type, string math)
    {
        var source = $$"""
            using System;

            public static class PairRows
            {
                public static {{type}}[,] Run({{type}}[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new {{type}}[rows, cols];
                    for (int r = 0; r + 1 < rows; r += 2)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = {{math}}.Max(peak, {{math}}.Max(z[r, c], z[r + 1, c]));
                        {{type}} total = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            p[r, c] = {{math}}.Exp(z[r, c] - peak);
                            p[r + 1, c] = {{math}}.Exp(z[r + 1, c] - peak);
                            total += p[r, c] + p[r + 1, c];
                        }
                        for (int c = 0; c < cols; c++) { p[r, c] /= total; p[r + 1, c] /= total; }
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged pairs with split folds and split sums; flat pairs; a row with its wrapped successor, exps inline: silent.</summary>
    [Fact]
    public async Task JointPairSoftmax_JaggedFlatInline_AreSilent()
    {
        var source = """
            using System;

            public static class Pairs
            {
                public static float[][] Jagged(float[][] z)
                {
                    var p = new float[z.Length][];
                    for (int r = 0; r + 1 < z.Length; r += 2)
                    {
                        int cols = z[r].Length;
                        p[r] = new float[cols];
                        p[r + 1] = new float[cols];
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++)
                        {
                            peak = MathF.Max(peak, z[r][c]);
                            peak = MathF.Max(peak, z[r + 1][c]);
                        }
                        float total = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            p[r][c] = MathF.Exp(z[r][c] - peak);
                            p[r + 1][c] = MathF.Exp(z[r + 1][c] - peak);
                            total += p[r][c];
                            total += p[r + 1][c];
                        }
                        for (int c = 0; c < cols; c++) { p[r][c] /= total; p[r + 1][c] /= total; }
                    }
                    return p;
                }

                public static void Flat(double[] z, double[] p, int rows, int cols)
                {
                    for (int r = 0; r + 1 < rows; r += 2)
                    {
                        int a = r * cols, b = (r + 1) * cols;
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = Math.Max(peak, Math.Max(z[a + c], z[b + c]));
                        double total = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            p[a + c] = Math.Exp(z[a + c] - peak);
                            p[b + c] = Math.Exp(z[b + c] - peak);
                            total += p[a + c] + p[b + c];
                        }
                        for (int c = 0; c < cols; c++) { p[a + c] /= total; p[b + c] /= total; }
                    }
                }

                public static double[,] WithSuccessor(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new double[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        int q = r + 1 < rows ? r + 1 : 0;
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = Math.Max(peak, Math.Max(z[r, c], z[q, c]));
                        double total = 0;
                        for (int c = 0; c < cols; c++) total += Math.Exp(z[r, c] - peak) + Math.Exp(z[q, c] - peak);
                        for (int c = 0; c < cols; c++) p[r, c] = Math.Exp(z[r, c] - peak) / total;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A pair peak with one sum per row (jagged), or one row's sum dividing both rows: LG0001 at the peak.</summary>
    [Fact]
    public async Task PairPeak_SumNotOverThePair_IsLG0001()
    {
        var source = """
            using System;

            public static class Pairs
            {
                public static float[][] PerRowSums(float[][] z)
                {
                    var p = new float[z.Length][];
                    for (int r = 0; r + 1 < z.Length; r += 2)
                    {
                        int cols = z[r].Length;
                        p[r] = new float[cols];
                        p[r + 1] = new float[cols];
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = MathF.Max(peak, MathF.Max(z[r][c], z[r + 1][c])); //~ LG0001
                        float sa = 0f, sb = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            sa += p[r][c] = MathF.Exp(z[r][c] - peak);
                            sb += p[r + 1][c] = MathF.Exp(z[r + 1][c] - peak);
                        }
                        for (int c = 0; c < cols; c++) { p[r][c] /= sa; p[r + 1][c] /= sb; }
                    }
                    return p;
                }

                public static double[,] OneRowSum(double[,] z)
                {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new double[rows, cols];
                    for (int r = 0; r + 1 < rows; r += 2)
                    {
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = Math.Max(peak, Math.Max(z[r, c], z[r + 1, c])); //~ LG0001
                        double total = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            p[r, c] = Math.Exp(z[r, c] - peak);
                            p[r + 1, c] = Math.Exp(z[r + 1, c] - peak);
                            total += p[r, c];
                        }
                        for (int c = 0; c < cols; c++) { p[r, c] /= total; p[r + 1, c] /= total; }
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A pipelined next-row peak (stop55 probe Pipelined.cs) with the in-loop reset missing: the next-row fold carries every row into one peak (LG0001 at
    /// the folds, as on main), and a fold over row 0 added to the next row's without a reset reads two rows at once.
    /// </summary>
    [Fact]
    public async Task PipelinedNextRowPeak_NeverReset_IsLG0001()
    {
        var source = """
            using System;

            public static class Pipelined
            {
                public static float[,] Run(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    float next = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) next = MathF.Max(next, x[0, c]); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = next;
                        if (r + 1 < rows) for (int c = 0; c < cols; c++) next = MathF.Max(next, x[r + 1, c]); //~ LG0001
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
