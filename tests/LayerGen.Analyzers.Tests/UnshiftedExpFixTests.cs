using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0003 fixes, applied the way an IDE or <c>dotnet format</c> applies them, then compiled and run: on rows offset by
/// ±1000 the original overflows to NaN and the fixed code matches a double-precision softmax of each slice. Where the
/// rewrite cannot be shown equivalent, no fix is offered.
/// </summary>
public class UnshiftedExpFixTests
{
    private static IEnumerable<MetadataReference> References =>
        TestReferences.Net100.Append(TestReferences.RealTensorPrimitives).Append(MetadataReference.CreateFromFile(typeof(LayerGen.Softmax).Assembly.Location));

    public static TheoryData<string> Cases() => new(FixableCases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixedCodeIsStable_OriginalOverflows(string name)
    {
        var (subject, harness, softmaxAxis) = FixableCases[name];
        var fixedText = await FixRunner.FixAsync(subject, new UnshiftedExpCodeFixProvider(), References);
        Assert.NotEqual(subject, fixedText);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.DoesNotContain(remaining, diagnostic => diagnostic.Id is "LG0003" or "AD0001");

        var original = SubjectCompiler.CompileHarness(subject + harness, name + ".Original");
        var repaired = SubjectCompiler.CompileHarness(fixedText + harness, name + ".Fixed", References);
        foreach (var (rows, cols) in new[] { (1, 5), (3, 4), (6, 17) })
        {
            var logits = OffsetRows(rows, cols);
            var single = subject.Contains("float[]", StringComparison.Ordinal) || subject.Contains("float[,]", StringComparison.Ordinal);
            var expected = softmaxAxis == Axis.Rows ? RowSoftmax(logits, rows, cols, single) : ColumnSoftmax(logits, rows, cols, single);
            var actual = repaired(logits, rows, cols);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.False(double.IsNaN(actual[k]), $"{name}: NaN at {k} after the fix\n{fixedText}");
                Assert.True(Math.Abs(actual[k] - expected[k]) <= 2e-6 + 1e-5 * expected[k], $"{name}: {actual[k]} vs {expected[k]} at {k}\n{fixedText}");
            }

            Assert.Contains(original(logits, rows, cols), double.IsNaN);
        }
    }

    [Fact]
    public async Task NoFix_WhenTheExpsAreAlsoReturned()
    {
        const string source = """
            using System;
            public static class Subject
            {
                public static float[] Forward(float[] x, float[] y)
                {
                    var exps = new float[x.Length];
                    float sum = 0;
                    for (int j = 0; j < x.Length; j++) { exps[j] = MathF.Exp(x[j]); sum += exps[j]; }
                    for (int j = 0; j < x.Length; j++) y[j] = exps[j] / sum;
                    return exps;
                }
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(Compile(source));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "LG0003");
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), References));
    }

    [Fact]
    public async Task NoFix_WhenTheSumAlsoSpansTheBatch()
    {
        const string source = """
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    float sum = 0;
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j]); sum += y[i, j]; }
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                }
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(Compile(source));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "LG0003");
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), References));
    }

    private enum Axis
    {
        Rows,
        Columns,
    }

    private static readonly Dictionary<string, (string Subject, string Harness, Axis Axis)> FixableCases = new()
    {
        ["Vector1D_FusedExpAndSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y)
                {
                    float sum = 0f;
                    for (int j = 0; j < x.Length; j++)
                    {
                        y[j] = MathF.Exp(x[j]);
                        sum += y[j];
                    }

                    for (int j = 0; j < x.Length; j++)
                    {
                        y[j] /= sum;
                    }
                }
            }
            """, RowHarness("float", "Subject.Forward(row, outRow);"), Axis.Rows),
        ["Vector1D_DoubleSumThenDivideExpAgain"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y)
                {
                    double total = 0;
                    for (int k = 0; k < x.Length; k++)
                        total += Math.Exp(x[k]);
                    for (int k = 0; k < x.Length; k++)
                        y[k] = Math.Exp(x[k]) / total;
                }
            }
            """, RowHarness("double", "Subject.Forward(row, outRow);"), Axis.Rows),
        ["RowMajor2D_PerRowSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        float sum = 0;
                        for (int j = 0; j < x.GetLength(1); j++)
                        {
                            y[i, j] = MathF.Exp(x[i, j]);
                            sum += y[i, j];
                        }

                        for (int j = 0; j < x.GetLength(1); j++)
                            y[i, j] /= sum;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
        ["ColumnMajor2D_PerColumnSum"] = ("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: each column is one sample.
                public static void Forward(double[,] z, double[,] a)
                {
                    for (int b = 0; b < z.GetLength(1); b++)
                    {
                        double s = 0;
                        for (int c = 0; c < z.GetLength(0); c++)
                        {
                            a[c, b] = Math.Exp(z[c, b]);
                            s += a[c, b];
                        }

                        for (int c = 0; c < z.GetLength(0); c++)
                            a[c, b] = a[c, b] / s;
                    }
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Columns),
        ["TensorPrimitivesSoftMax"] = ("""
            using System;
            using System.Numerics.Tensors;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y) => TensorPrimitives.SoftMax(x, y);
            }
            """, RowHarness("float", "Subject.Forward(row, outRow);"), Axis.Rows),
    };

    /// <summary>Calls the subject once per row of the flat batch.</summary>
    private static string RowHarness(string type, string call) => $$"""

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var result = new double[flat.Length];
                for (int r = 0; r < rows; r++)
                {
                    var row = new {{type}}[cols];
                    var outRow = new {{type}}[cols];
                    for (int c = 0; c < cols; c++) row[c] = ({{type}})flat[r * cols + c];
                    {{call}}
                    for (int c = 0; c < cols; c++) result[r * cols + c] = outRow[c];
                }

                return result;
            }
        }
        """;

    /// <summary>Passes the flat batch as a [rows, cols] array.</summary>
    private static string MatrixHarness(string type, bool rowMajor) => $$"""

        public static class Harness
        {
            public static double[] Run(double[] flat, int rows, int cols)
            {
                var x = new {{type}}[rows, cols];
                var y = new {{type}}[rows, cols];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) x[r, c] = ({{type}})flat[r * cols + c];
                Subject.Forward(x, y);
                var result = new double[flat.Length];
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) result[r * cols + c] = y[r, c];
                return result;
            }
        }
        """;

    /// <summary>Entry (r, c) = (r odd ? +1000 : -1000) + small values, so every row and column has logits above 88.</summary>
    private static double[] OffsetRows(int rows, int cols)
    {
        var x = new double[rows * cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                x[r * cols + c] = (r % 2 == 1 || rows == 1 ? 1000 : -1000) + ((r * 7 + c * 3) % 11) * 0.37 + (c == 0 ? 200 : 0);
            }
        }

        return x;
    }

    private static double[] RowSoftmax(double[] x, int rows, int cols, bool single) => Softmax(x, rows, cols, (r, c) => r * cols + c, single);

    private static double[] ColumnSoftmax(double[] x, int rows, int cols, bool single) => Softmax(x, cols, rows, (b, c) => c * cols + b, single);

    /// <summary>Softmax in double over slices (slice s, position p → flat index) of the inputs the subject saw.</summary>
    private static double[] Softmax(double[] flat, int slices, int length, Func<int, int, int> index, bool single)
    {
        var x = single ? flat.Select(value => (double)(float)value).ToArray() : flat;
        var y = new double[x.Length];
        for (var s = 0; s < slices; s++)
        {
            var max = double.NegativeInfinity;
            for (var p = 0; p < length; p++) max = Math.Max(max, x[index(s, p)]);
            var sum = 0.0;
            for (var p = 0; p < length; p++) sum += Math.Exp(x[index(s, p)] - max);
            for (var p = 0; p < length; p++) y[index(s, p)] = Math.Exp(x[index(s, p)] - max) / sum;
        }

        return y;
    }

    private static Compilation Compile(string source) =>
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Subject",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)) },
            References,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}

/// <summary>The LG0003 fixes' exact output (what a user sees in the IDE preview).</summary>
public class UnshiftedExpFixTextTests
{
    [Fact]
    public async Task SubtractMaximum_InsertsAMaxLoopWithTheSameHeader()
    {
        var fixedText = await FixRunner.FixAsync("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y)
                {
                    float sum = 0f;
                    for (int j = 0; j < x.Length; j++)
                    {
                        y[j] = MathF.Exp(x[j]);
                        sum += y[j];
                    }

                    for (int j = 0; j < x.Length; j++)
                    {
                        y[j] /= sum;
                    }
                }
            }
            """, new UnshiftedExpCodeFixProvider(), TestReferences.Net100);
        Assert.Equal("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y)
                {
                    float sum = 0f;
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < x.Length; j++)
                        max = MathF.Max(max, x[j]);
                    for (int j = 0; j < x.Length; j++)
                    {
                        y[j] = MathF.Exp(x[j] - max);
                        sum += y[j];
                    }

                    for (int j = 0; j < x.Length; j++)
                    {
                        y[j] /= sum;
                    }
                }
            }
            """, fixedText);
    }
}
