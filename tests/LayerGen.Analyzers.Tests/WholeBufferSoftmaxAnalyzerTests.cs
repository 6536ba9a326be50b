using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0008: a softmax whose maximum, sum and division all span the same whole buffer is a consistent softmax over every
/// cell — a suggestion (Info) at the sum, never LG0001/LG0002 — in layouts other than the LG0001 tests' (row-major
/// with a ternary max, jagged with foreach, flat <c>r * w + c</c>, column-major, LINQ <c>SelectMany</c>, a 3-D tensor).
/// Anything less consistent keeps today's warnings; correct per-row code stays silent.
/// </summary>
public class WholeBufferSoftmaxAnalyzerTests
{
    /// <summary>The seed-000 shape (samples/SoftmaxBugs): one max, one sum and one division over rows × cols.</summary>
    [Fact]
    public Task RowMajor_MaxSumAndDivisionOverTheWholeBatch() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[i, j]);
                float sum = 0;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - max);
                        {|LG0008:sum += y[i, j]|};
                    }
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
            }
        }
        """);

    [Fact]
    public Task Message_NamesTheBufferTheLoopVariablesAndTheSum_AndIsASuggestion() => Verify.AnalyzerAsync(
        """
        using System;
        static class S
        {
            static void Policy(double[,] q, double[,] p)
            {
                double best = double.NegativeInfinity;
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                        best = q[r, c] > best ? q[r, c] : best;
                double z = 0;
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                    {
                        p[r, c] = Math.Exp(q[r, c] - best);
                        {|#0:z += p[r, c]|};
                    }
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                        p[r, c] = {|#1:p[r, c] / z|};
            }
        }
        """,
        Verify.WholeBuffer().WithLocation(0).WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments("q", "r, c", "z"));

    [Fact]
    public Task Jagged_ForeachMaxAndForeachDivision() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static double[][] Board(double[][] cells)
            {
                double max = double.NegativeInfinity;
                foreach (var row in cells)
                    foreach (var v in row)
                        max = Math.Max(max, v);
                var p = new double[cells.Length][];
                double total = 0;
                for (int i = 0; i < cells.Length; i++)
                {
                    p[i] = new double[cells[i].Length];
                    for (int j = 0; j < cells[i].Length; j++)
                    {
                        p[i][j] = Math.Exp(cells[i][j] - max);
                        {|LG0008:total += p[i][j]|};
                    }
                }
                foreach (var row in p)
                    for (int j = 0; j < row.Length; j++)
                        row[j] /= total;
                return p;
            }
        }
        """);

    [Fact]
    public Task Flat_WalkedAsRowsAndColumns() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int height, int width)
            {
                float max = float.NegativeInfinity;
                for (int r = 0; r < height; r++)
                    for (int c = 0; c < width; c++)
                        max = MathF.Max(max, x[r * width + c]);
                float sum = 0;
                for (int r = 0; r < height; r++)
                    for (int c = 0; c < width; c++)
                        {|LG0008:sum += y[r * width + c] = MathF.Exp(x[r * width + c] - max)|};
                for (int r = 0; r < height; r++)
                    for (int c = 0; c < width; c++)
                        y[r * width + c] /= sum;
            }
        }
        """);

    [Fact]
    public Task ColumnMajor_WalkedPerSample() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            // z is [classes, batch]
            static void Softmax(double[,] z, double[,] a)
            {
                int classes = z.GetLength(0), batch = z.GetLength(1);
                double max = double.NegativeInfinity;
                for (int s = 0; s < batch; s++)
                    for (int c = 0; c < classes; c++)
                        max = Math.Max(max, z[c, s]);
                double sum = 0;
                for (int s = 0; s < batch; s++)
                    for (int c = 0; c < classes; c++)
                    {
                        a[c, s] = Math.Exp(z[c, s] - max);
                        {|LG0008:sum += a[c, s]|};
                    }
                for (int s = 0; s < batch; s++)
                    for (int c = 0; c < classes; c++)
                        a[c, s] /= sum;
            }
        }
        """);

    [Fact]
    public Task Linq_SelectManyMaxAndSum() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(double[][] x, double[][] y)
            {
                double max = x.SelectMany(r => r).Max();
                for (int i = 0; i < x.Length; i++)
                    for (int j = 0; j < x[i].Length; j++)
                        y[i][j] = Math.Exp(x[i][j] - max);
                double sum = {|LG0008:y.SelectMany(r => r).Sum()|};
                for (int i = 0; i < y.Length; i++)
                    for (int j = 0; j < y[i].Length; j++)
                        y[i][j] /= sum;
            }
        }
        """);

    [Fact]
    public Task Tensor3D_WholeBuffer() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,,] x, float[,,] y)
            {
                float max = float.NegativeInfinity;
                for (int b = 0; b < x.GetLength(0); b++)
                    for (int h = 0; h < x.GetLength(1); h++)
                        for (int t = 0; t < x.GetLength(2); t++)
                            max = MathF.Max(max, x[b, h, t]);
                float sum = 0;
                for (int b = 0; b < x.GetLength(0); b++)
                    for (int h = 0; h < x.GetLength(1); h++)
                        for (int t = 0; t < x.GetLength(2); t++)
                        {
                            y[b, h, t] = MathF.Exp(x[b, h, t] - max);
                            {|LG0008:sum += y[b, h, t]|};
                        }
                for (int b = 0; b < x.GetLength(0); b++)
                    for (int h = 0; h < x.GetLength(1); h++)
                        for (int t = 0; t < x.GetLength(2); t++)
                            y[b, h, t] /= sum;
            }
        }
        """);

    /// <summary>No maximum at all: the exp is LG0003; sum and division over the whole buffer are consistent (LG0008).</summary>
    [Fact]
    public Task NoMaximum_Lg0003AndTheSuggestion() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                double sum = 0;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = {|LG0003:Math.Exp(x[i, j])|};
                        {|LG0008:sum += y[i, j]|};
                    }
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
            }
        }
        """);

    /// <summary>A whole 2-D slice of a 3-D tensor is not the whole buffer: the old rules still apply.</summary>
    [Fact]
    public Task OneSliceOfATensor_IsNotTheWholeBuffer() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,,] x, float[,,] y, int b)
            {
                float max = float.NegativeInfinity;
                for (int i = 0; i < x.GetLength(1); i++)
                    for (int j = 0; j < x.GetLength(2); j++)
                        {|LG0001:max = MathF.Max(max, x[b, i, j])|};
                float sum = 0;
                for (int i = 0; i < x.GetLength(1); i++)
                    for (int j = 0; j < x.GetLength(2); j++)
                    {
                        y[b, i, j] = MathF.Exp(x[b, i, j] - max);
                        {|LG0002:sum += y[b, i, j]|};
                    }
                for (int i = 0; i < x.GetLength(1); i++)
                    for (int j = 0; j < x.GetLength(2); j++)
                        y[b, i, j] /= sum;
            }
        }
        """);

    /// <summary>A whole-buffer maximum and a sum never reset, divided row by row mid-way: not consistent, LG0001 + LG0002.</summary>
    [Fact]
    public Task SumNeverReset_DividedPerRow_KeepsBothWarnings() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = Math.Max(max, x[i, j])|};
                float sum = 0;
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - max);
                        {|LG0002:sum += y[i, j]|};
                    }
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
                }
            }
        }
        """);

    /// <summary>A whole-buffer maximum with a per-row sum stays LG0001; a per-row maximum with a whole-buffer sum stays LG0002.</summary>
    [Fact]
    public Task HalfConsistent_KeepsItsWarning() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void SharedMax(double[][] x, double[][] y)
            {
                double max = double.NegativeInfinity;
                foreach (var row in x)
                    foreach (var v in row)
                        {|LG0001:max = Math.Max(max, v)|};
                for (int i = 0; i < x.Length; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = Math.Exp(x[i][j] - max); sum += y[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= sum;
                }
            }

            static void SharedSum(float[] x, float[] y, int rows, int cols)
            {
                float sum = 0;
                for (int r = 0; r < rows; r++)
                {
                    float max = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) max = MathF.Max(max, x[r * cols + c]);
                    for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - max); {|LG0002:sum += y[r * cols + c]|}; }
                }
                for (int k = 0; k < y.Length; k++) y[k] /= sum;
            }
        }
        """);

    [Fact]
    public Task CorrectPerRowCode_InTheSameLayouts_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void RowMajor(float[,] x, float[,] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }

            static void ColumnMajor(double[,] z, double[,] a)
            {
                for (int s = 0; s < z.GetLength(1); s++)
                {
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < z.GetLength(0); c++) max = Math.Max(max, z[c, s]);
                    double sum = 0;
                    for (int c = 0; c < z.GetLength(0); c++) { a[c, s] = Math.Exp(z[c, s] - max); sum += a[c, s]; }
                    for (int c = 0; c < z.GetLength(0); c++) a[c, s] /= sum;
                }
            }

            static double[][] Jagged(double[][] x) =>
                x.Select(row =>
                {
                    double max = row.Max();
                    var e = row.Select(v => Math.Exp(v - max)).ToArray();
                    double sum = e.Sum();
                    return e.Select(v => v / sum).ToArray();
                }).ToArray();

            static void Tensor(float[,,] x, float[,,] y)
            {
                for (int b = 0; b < x.GetLength(0); b++)
                    for (int h = 0; h < x.GetLength(1); h++)
                    {
                        float max = float.NegativeInfinity;
                        for (int t = 0; t < x.GetLength(2); t++) max = MathF.Max(max, x[b, h, t]);
                        float sum = 0;
                        for (int t = 0; t < x.GetLength(2); t++) { y[b, h, t] = MathF.Exp(x[b, h, t] - max); sum += y[b, h, t]; }
                        for (int t = 0; t < x.GetLength(2); t++) y[b, h, t] /= sum;
                    }
            }

            static void Vector(float[] x, float[] y)
            {
                float max = x.Max();
                float sum = 0;
                for (int k = 0; k < x.Length; k++) { y[k] = MathF.Exp(x[k] - max); sum += y[k]; }
                for (int k = 0; k < x.Length; k++) y[k] /= sum;
            }
        }
        """);
}
