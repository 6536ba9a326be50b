using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// "Normalise each row: its own maximum and sum" (LG0008) in layouts the LG0001/LG0002 fix tests do not use: applied,
/// compiled and run; on batches offset by ±1000 the fixed code matches a double-precision softmax of each row — the
/// row being the innermost loop's dimension (each column for a column-major buffer walked per sample) — where the
/// original does not, and no LG0001/LG0002/LG0004/LG0008 remains.
/// </summary>
public class WholeBufferFixTests
{
    public static TheoryData<string> Cases() => new(FixableCases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixedCodeMatchesPerRowSoftmax_OriginalDoesNot(string name)
    {
        var (subject, harness, axis) = FixableCases[name];
        var before = await FixRunner.AnalyzeAsync(Compile(subject));
        Assert.Contains(before, diagnostic => diagnostic.Id == "LG0008");
        Assert.DoesNotContain(before, diagnostic => diagnostic.Id is "LG0001" or "LG0002" or "LG0004" or "AD0001");

        var fixedText = await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.DoesNotContain(remaining, diagnostic => diagnostic.Id is "LG0001" or "LG0002" or "LG0004" or "LG0008" or "AD0001");
        AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, axis, References);
    }

    /// <summary>A LINQ one-liner sum cannot be rewritten per row: the suggestion stays, no fix is offered.</summary>
    [Fact]
    public async Task NoFix_ForALinqSum()
    {
        const string subject = """
            using System;
            using System.Linq;
            public static class Subject
            {
                public static void Forward(double[][] x, double[][] y)
                {
                    double max = x.SelectMany(r => r).Max();
                    for (int i = 0; i < x.Length; i++)
                        for (int j = 0; j < x[i].Length; j++)
                            y[i][j] = Math.Exp(x[i][j] - max);
                    double sum = y.SelectMany(r => r).Sum();
                    for (int i = 0; i < y.Length; i++)
                        for (int j = 0; j < y[i].Length; j++)
                            y[i][j] /= sum;
                }
            }
            """;
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(subject)), diagnostic => diagnostic.Id == "LG0008");
        Assert.Equal(subject, await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References));
    }

    /// <summary>The whole-buffer maximum is also returned: it stays, and each row gets its own under a new name.</summary>
    [Fact]
    public Task Fix_ExactText_KeepsAMaximumReadElsewhere() => Verify.CodeFixAsync("""
        using System;

        public static class Subject
        {
            public static double Policy(double[,] q, double[,] p)
            {
                double best = double.NegativeInfinity;
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                        best = Math.Max(best, q[r, c]);
                double z = 0;
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                    {
                        p[r, c] = Math.Exp(q[r, c] - best);
                        {|LG0008:z += p[r, c]|};
                    }
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                        p[r, c] /= z;
                return best;
            }
        }
        """, """
        using System;

        public static class Subject
        {
            public static double Policy(double[,] q, double[,] p)
            {
                double best = double.NegativeInfinity;
                for (int r = 0; r < q.GetLength(0); r++)
                    for (int c = 0; c < q.GetLength(1); c++)
                        best = Math.Max(best, q[r, c]);
                for (int r = 0; r < q.GetLength(0); r++)
                {
                    double sliceMax = double.NegativeInfinity;
                    for (int c = 0; c < q.GetLength(1); c++)
                        sliceMax = Math.Max(sliceMax, q[r, c]);
                    for (int c = 0; c < q.GetLength(1); c++)
                    {
                        p[r, c] = Math.Exp(q[r, c] - sliceMax);
                    }
                }
                for (int r = 0; r < q.GetLength(0); r++)
                {
                    double z = 0.0;
                    for (int c = 0; c < q.GetLength(1); c++)
                    {
                        z += p[r, c];
                    }
                    for (int c = 0; c < q.GetLength(1); c++)
                        p[r, c] /= z;
                }
                return best;
            }
        }
        """, SliceReductionCodeFixProvider.PerRowTitle);

    private static readonly Dictionary<string, (string Subject, string Harness, Axis Axis)> FixableCases = new()
    {
        ["RowMajor_TernaryMaxDividedInline"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[,] x, double[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            m = x[i, j] > m ? x[i, j] : m;
                    double total = 0;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            total += Math.Exp(x[i, j] - m);
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            y[i, j] = Math.Exp(x[i, j] - m) / total;
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Rows),
        ["Jagged_ForLoops"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[][] x, float[][] y)
                {
                    float max = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++)
                        for (int j = 0; j < x[i].Length; j++)
                            max = MathF.Max(max, x[i][j]);
                    float sum = 0f;
                    for (int i = 0; i < x.Length; i++)
                        for (int j = 0; j < x[i].Length; j++)
                        {
                            y[i][j] = MathF.Exp(x[i][j] - max);
                            sum += y[i][j];
                        }
                    for (int i = 0; i < y.Length; i++)
                        for (int j = 0; j < y[i].Length; j++)
                            y[i][j] /= sum;
                }
            }
            """, JaggedHarness("float"), Axis.Rows),
        ["Jagged_MaxAndDivisionWithForeach"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[][] x, double[][] y)
                {
                    double max = double.NegativeInfinity;
                    foreach (double[] row in x)
                        foreach (double v in row)
                            max = Math.Max(max, v);
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                        for (int j = 0; j < x[i].Length; j++)
                        {
                            y[i][j] = Math.Exp(x[i][j] - max);
                            sum += y[i][j];
                        }

                    // Each row of y divided through the foreach variable: the exps stored in y[i][j] are what it divides.
                    foreach (double[] row in y)
                        for (int j = 0; j < row.Length; j++)
                            row[j] /= sum;
                }
            }
            """, JaggedHarness("double"), Axis.Rows),
        ["Flat_RowTimesWidthPlusColumn"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y, int height, int width)
                {
                    double max = double.NegativeInfinity;
                    for (int r = 0; r < height; r++)
                        for (int c = 0; c < width; c++)
                            max = Math.Max(max, x[r * width + c]);
                    double sum = 0;
                    for (int r = 0; r < height; r++)
                        for (int c = 0; c < width; c++)
                        {
                            y[r * width + c] = Math.Exp(x[r * width + c] - max);
                            sum += y[r * width + c];
                        }
                    for (int r = 0; r < height; r++)
                        for (int c = 0; c < width; c++)
                            y[r * width + c] /= sum;
                }
            }
            """, FlatHarness("double"), Axis.Rows),
        ["ColumnMajor_WalkedPerSample"] = ("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: the innermost loop walks the classes of one sample.
                public static void Forward(double[,] z, double[,] a)
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
                            sum += a[c, s];
                        }
                    for (int s = 0; s < batch; s++)
                        for (int c = 0; c < classes; c++)
                            a[c, s] /= sum;
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Columns),
        ["Tensor3D_LastAxisIsTheRow"] = ("""
            using System;
            public static class Subject
            {
                // x is [rows, 1, cols]: every (b, h) is one row of the batch.
                public static void Forward(double[,,] x, double[,,] y)
                {
                    double max = double.NegativeInfinity;
                    for (int b = 0; b < x.GetLength(0); b++)
                        for (int h = 0; h < x.GetLength(1); h++)
                            for (int t = 0; t < x.GetLength(2); t++)
                                max = Math.Max(max, x[b, h, t]);
                    double sum = 0;
                    for (int b = 0; b < x.GetLength(0); b++)
                        for (int h = 0; h < x.GetLength(1); h++)
                            for (int t = 0; t < x.GetLength(2); t++)
                            {
                                y[b, h, t] = Math.Exp(x[b, h, t] - max);
                                sum += y[b, h, t];
                            }
                    for (int b = 0; b < x.GetLength(0); b++)
                        for (int h = 0; h < x.GetLength(1); h++)
                            for (int t = 0; t < x.GetLength(2); t++)
                                y[b, h, t] /= sum;
                }
            }
            """, TensorHarness, Axis.Rows),
    };

    /// <summary>Passes the flat batch as a <c>double[rows, 1, cols]</c> tensor.</summary>
    private const string TensorHarness = """

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var x = new double[rows, 1, cols];
                var y = new double[rows, 1, cols];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) x[r, 0, c] = flat[r * cols + c];
                Subject.Forward(x, y);
                var result = new double[flat.Length];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) result[r * cols + c] = y[r, 0, c];
                return result;
            }
        }
        """;
}
