using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// "Use the sum of each softmax slice" (LG0002) in the layouts the model reads — column-major, flat row-major and
/// strided, jagged, span slices, a <c>Parallel.For</c> lambda, a local function, a reciprocal: applied, compiled and
/// run; the fixed code matches a per-slice softmax on batches offset by ±1000 where the original does not, and no
/// LG0001/LG0002/LG0004 remains.
/// </summary>
public class SliceSumFixTests
{
    public static TheoryData<string> Cases() => new(FixableCases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixedCodeMatchesPerSliceSoftmax_OriginalDoesNot(string name)
    {
        var (subject, harness, axis) = FixableCases[name];
        var before = await FixRunner.AnalyzeAsync(Compile(subject));
        Assert.Contains(before, diagnostic => diagnostic.Id == "LG0002");

        var fixedText = await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.DoesNotContain(remaining, diagnostic => diagnostic.Id is "LG0001" or "LG0002" or "LG0004" or "AD0001");
        AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, axis, References);
    }

    [Fact]
    public async Task ColumnMajorSumNeverReset_ExactText()
    {
        var fixedText = await FixRunner.FixAsync(FixableCases["ColumnMajor_SumNeverReset"].Subject, new SliceReductionCodeFixProvider(), References);
        Assert.Equal("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: each column is one sample.
                public static void Forward(double[,] z, double[,] a)
                {
                    for (int b = 0; b < z.GetLength(1); b++)
                    {
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < z.GetLength(0); c++)
                            max = Math.Max(max, z[c, b]);
                        for (int c = 0; c < z.GetLength(0); c++)
                        {
                            a[c, b] = Math.Exp(z[c, b] - max);
                        }

                        double s = 0.0;
                        for (int c = 0; c < z.GetLength(0); c++)
                        {
                            s += a[c, b];
                        }

                        for (int c = 0; c < z.GetLength(0); c++)
                            a[c, b] /= s;
                    }
                }
            }
            """, fixedText);
    }

    [Fact]
    public async Task NoFix_WhenTheSummedValueChangesInTheDividingLoop()
    {
        const string subject = """
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    float sum = 0;
                    for (int i = 0; i < rows; i++)
                    {
                        float max = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) max = MathF.Max(max, x[i * cols + j]);
                        for (int j = 0; j < cols; j++) sum += MathF.Exp(x[i * cols + j] - max);
                        for (int j = 0; j < cols; j++)
                        {
                            y[i * cols + j] = MathF.Exp(x[i * cols + j] - max);
                            y[i * cols + j] /= sum;
                        }
                    }
                }
            }
            """;
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(subject)), diagnostic => diagnostic.Id == "LG0002");
        Assert.Equal(subject, await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References));
    }

    private static readonly Dictionary<string, (string Subject, string Harness, Axis Axis)> FixableCases = new()
    {
        ["ColumnMajor_SumNeverReset"] = ("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: each column is one sample.
                public static void Forward(double[,] z, double[,] a)
                {
                    double s = 0;
                    for (int b = 0; b < z.GetLength(1); b++)
                    {
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < z.GetLength(0); c++)
                            max = Math.Max(max, z[c, b]);
                        for (int c = 0; c < z.GetLength(0); c++)
                        {
                            a[c, b] = Math.Exp(z[c, b] - max);
                            s += a[c, b];
                        }

                        for (int c = 0; c < z.GetLength(0); c++)
                            a[c, b] /= s;
                    }
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Columns),
        ["ColumnMajor_WholeMatrixSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[,] z, double[,] a)
                {
                    int classes = z.GetLength(0), batch = z.GetLength(1);
                    for (int b = 0; b < batch; b++)
                    {
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < classes; c++) max = Math.Max(max, z[c, b]);
                        for (int c = 0; c < classes; c++) a[c, b] = Math.Exp(z[c, b] - max);
                    }

                    double s = 0;
                    for (int c = 0; c < classes; c++)
                        for (int b = 0; b < batch; b++)
                            s += a[c, b];
                    for (int b = 0; b < batch; b++)
                        for (int c = 0; c < classes; c++)
                            a[c, b] /= s;
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Columns),
        ["Flat_OffsetRowsSumNeverReset"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    float sum = 0f;
                    for (int i = 0; i < rows; i++)
                    {
                        int offset = i * cols;
                        float max = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) max = MathF.Max(max, x[offset + j]);
                        for (int j = 0; j < cols; j++) { y[offset + j] = MathF.Exp(x[offset + j] - max); sum += y[offset + j]; }
                        for (int j = 0; j < cols; j++) y[offset + j] /= sum;
                    }
                }
            }
            """, FlatHarness("float"), Axis.Rows),
        ["Flat_LoopStartSumRunsToEnd"] = ("""
            using System;
            public static class Subject
            {
                // x is [classes = rows, batch = cols], flat; the sum loop starts at the sample but steps by one to the end.
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    int n = rows * cols;
                    for (int b = 0; b < cols; b++)
                    {
                        float max = float.NegativeInfinity;
                        for (int i = b; i < n; i += cols) max = MathF.Max(max, x[i]);
                        for (int i = b; i < n; i += cols) y[i] = MathF.Exp(x[i] - max);
                        float sum = 0f;
                        for (int i = b; i < n; i++) sum += y[i];
                        for (int i = b; i < n; i += cols) y[i] /= sum;
                    }
                }
            }
            """, FlatHarness("float"), Axis.Columns),
        ["Flat_RowStartSumRunsToEnd"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    for (int start = 0; start < x.Length; start += cols)
                    {
                        double max = double.NegativeInfinity;
                        for (int i = start; i < start + cols; i++) max = Math.Max(max, x[i]);
                        double sum = 0;
                        for (int i = start; i < x.Length; i++) sum += Math.Exp(x[i] - max);
                        for (int i = start; i < start + cols; i++) y[i] = Math.Exp(x[i] - max) / sum;
                    }
                }
            }
            """, FlatHarness("double"), Axis.Rows),
        ["Flat_StridedColumnsExpDividedInline"] = ("""
            using System;
            public static class Subject
            {
                // x is [classes = rows, batch = cols], flat: column b is x[b], x[cols + b], x[2 * cols + b], ...
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    double total = 0;
                    for (int b = 0; b < cols; b++)
                    {
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < rows; c++) max = Math.Max(max, x[c * cols + b]);
                        for (int c = 0; c < rows; c++) total += Math.Exp(x[c * cols + b] - max);
                        for (int c = 0; c < rows; c++) y[c * cols + b] = Math.Exp(x[c * cols + b] - max) / total;
                    }
                }
            }
            """, FlatHarness("double"), Axis.Columns),
        ["Jagged_LinqRowMaxSumNeverReset"] = ("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static void Forward(float[][] x, float[][] y)
                {
                    float sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float max = x[i].Max();
                        for (int j = 0; j < x[i].Length; j++) { y[i][j] = MathF.Exp(x[i][j] - max); sum += y[i][j]; }
                        for (int j = 0; j < x[i].Length; j++) y[i][j] /= sum;
                    }
                }
            }
            """, JaggedHarness("float"), Axis.Rows),
        ["SpanSlices_SumNeverReset"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    float sum = 0;
                    for (int i = 0; i < rows; i++)
                    {
                        var input = x.AsSpan(i * cols, cols);
                        var output = y.AsSpan(i * cols, cols);
                        float max = float.NegativeInfinity;
                        for (int j = 0; j < input.Length; j++) max = MathF.Max(max, input[j]);
                        for (int j = 0; j < input.Length; j++) { output[j] = MathF.Exp(input[j] - max); sum += output[j]; }
                        for (int j = 0; j < output.Length; j++) output[j] /= sum;
                    }
                }
            }
            """, FlatHarness("float"), Axis.Rows),
        ["ParallelFor_SharedSum"] = ("""
            using System;
            using System.Threading.Tasks;
            public static class Subject
            {
                public static void Forward(double[,] x, double[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double sum = 0;
                    Parallel.For(0, rows, new ParallelOptions { MaxDegreeOfParallelism = 1 }, i =>
                    {
                        double max = double.NegativeInfinity;
                        for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                        for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < cols; j++) y[i, j] /= sum;
                    });
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Rows),
        ["LocalFunction_WholeBatchSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    Normalise();

                    void Normalise()
                    {
                        int rows = x.GetLength(0), cols = x.GetLength(1);
                        for (int i = 0; i < rows; i++)
                        {
                            float max = float.NegativeInfinity;
                            for (int j = 0; j < cols; j++) max = MathF.Max(max, x[i, j]);
                            for (int j = 0; j < cols; j++) y[i, j] = MathF.Exp(x[i, j] - max);
                        }

                        float sum = 0;
                        for (int i = 0; i < rows; i++)
                            for (int j = 0; j < cols; j++)
                                sum += y[i, j];
                        for (int i = 0; i < rows; i++)
                            for (int j = 0; j < cols; j++)
                                y[i, j] /= sum;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
        ["Reciprocal_WholeBatchSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    float sum = 0;
                    for (int i = 0; i < rows; i++)
                    {
                        float max = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) max = MathF.Max(max, x[i, j]);
                        for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    }

                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            y[i, j] *= 1f / sum;
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
    };
}
