using LayerGen.Analyzers.Tests.Verification;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;
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
    private static IEnumerable<MetadataReference> References => SoftmaxFixHarness.References;

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

        AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, softmaxAxis, References);
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
    public async Task NoFix_ForTensorSoftMax()
    {
        // Tensor.SoftMax normalises over every element of the tensor: no row layout to hand to Softmax.Forward.
        const string source = """
            #pragma warning disable SYSLIB5001
            using System.Numerics.Tensors;
            public static class Subject
            {
                public static Tensor<float> Forward(Tensor<float> logits) => Tensor.SoftMax<float>(logits);
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(Compile(source));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "LG0003" && diagnostic.GetMessage().Contains("Tensor.SoftMax", StringComparison.Ordinal));
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), References));
    }

    [Fact]
    public async Task NoFix_ForGenericMathWithoutMax()
    {
        // IExponentialFunctions<T> has T.Exp but neither T.Max nor T.NegativeInfinity: no max can be written.
        const string source = """
            using System;
            using System.Numerics;
            public static class Subject
            {
                public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y)
                    where T : IExponentialFunctions<T>
                {
                    T total = T.Zero;
                    for (int i = 0; i < x.Length; i++)
                        total += T.Exp(x[i]);
                    for (int i = 0; i < x.Length; i++)
                        y[i] = T.Exp(x[i]) / total;
                }
            }
            """;
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(source)), diagnostic => diagnostic.Id == "LG0003");
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), References));
    }

    [Fact]
    public async Task NoFix_WhenTheLinqExpsAreAlsoReturned()
    {
        const string source = """
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] data, double[] probabilities)
                {
                    double[] exps = data.Select(Math.Exp).ToArray();
                    double total = exps.Sum();
                    for (int k = 0; k < exps.Length; k++)
                        probabilities[k] = exps[k] / total;
                    return exps;
                }
            }
            """;
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(source)), diagnostic => diagnostic.Id == "LG0003");
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
        ["Linq_SelectMethodGroup"] = ("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] data)
                {
                    double[] exps = data.Select(Math.Exp).ToArray();
                    double total = exps.Sum();
                    return exps.Select(e => e / total).ToArray();
                }
            }
            """, RowHarness("double", "Subject.Forward(row).CopyTo(outRow, 0);"), Axis.Rows),
        ["Linq_SelectLambdaIntoList"] = ("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            public static class Subject
            {
                public static List<double> Forward(List<double> scores)
                {
                    List<double> weights = scores.Select(s => Math.Exp(s)).ToList();
                    double total = weights.Sum();
                    for (int n = 0; n < weights.Count; n++)
                        weights[n] /= total;
                    return weights;
                }
            }
            """, RowHarness("double", "Subject.Forward(row.ToList()).CopyTo(outRow, 0);"), Axis.Rows),
        ["Linq_SumOfSelectAndDividingSelect"] = ("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static float[] Forward(float[] x)
                {
                    float total = x.Select(v => MathF.Exp(v)).Sum();
                    return x.Select(v => MathF.Exp(v) / total).ToArray();
                }
            }
            """, RowHarness("float", "Subject.Forward(row).CopyTo(outRow, 0);"), Axis.Rows),
        ["Flat_PerRowSum_IndexLocalInBody"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        double sum = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            int at = r * cols + c;
                            y[at] = Math.Exp(x[at]);
                            sum += y[at];
                        }

                        for (int c = 0; c < cols; c++)
                            y[r * cols + c] /= sum;
                    }
                }
            }
            """, FlatHarness("double"), Axis.Rows),
        ["PowEuler_NamedArguments"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] scores, double[] e)
                {
                    double total = 0;
                    for (int i = 0; i < scores.Length; i++)
                    {
                        e[i] = Math.Pow(y: scores[i], x: Math.E);
                        total += e[i];
                    }

                    for (int i = 0; i < e.Length; i++)
                        e[i] /= total;
                }
            }
            """, RowHarness("double", "Subject.Forward(row, outRow);"), Axis.Rows),
        ["PowEuler_HelperOverMatrixRows"] = ("""
            using System;
            public static class Subject
            {
                private static float Exp(float v) => MathF.Pow(MathF.E, v);

                public static void Forward(float[,] x, float[,] y)
                {
                    for (int r = 0; r < x.GetLength(0); r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < x.GetLength(1); c++)
                        {
                            y[r, c] = Exp(x[r, c]);
                            sum += y[r, c];
                        }

                        for (int c = 0; c < x.GetLength(1); c++)
                            y[r, c] /= sum;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
        ["GenericMath_Ieee754"] = ("""
            using System;
            using System.Numerics;
            public static class Subject
            {
                public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y)
                    where T : IFloatingPointIeee754<T>
                {
                    T total = T.Zero;
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = T.Exp(x[i]);
                        total += y[i];
                    }

                    for (int i = 0; i < x.Length; i++)
                        y[i] /= total;
                }
            }
            """, RowHarness("double", "Subject.Forward<double>(row, outRow);"), Axis.Rows),
        ["GenericMath_ReciprocalOfTotal"] = ("""
            using System;
            using System.Numerics;
            public static class Subject
            {
                public static void Forward<T>(T[] x, T[] y)
                    where T : IFloatingPointIeee754<T>
                {
                    T total = T.Zero;
                    for (int i = 0; i < x.Length; i++)
                        total += T.Exp(x[i]);
                    T scale = T.One / total;
                    for (int i = 0; i < x.Length; i++)
                        y[i] = T.Exp(x[i]) * scale;
                }
            }
            """, RowHarness("double", "Subject.Forward<double>(row, outRow);"), Axis.Rows),
    };

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

    [Fact]
    public async Task SubtractMaximum_LinqMethodGroupBecomesAShiftedLambda()
    {
        var fixedText = await FixRunner.FixAsync("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] data)
                {
                    double[] exps = data.Select(Math.Exp).ToArray();
                    double total = exps.Sum();
                    return exps.Select(e => e / total).ToArray();
                }
            }
            """, new UnshiftedExpCodeFixProvider(), TestReferences.Net100);
        Assert.Equal("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] data)
                {
                    double max = double.NegativeInfinity;
                    foreach (var logit in data)
                        max = Math.Max(max, logit);
                    double[] exps = data.Select(logit => Math.Exp(logit - max)).ToArray();
                    double total = exps.Sum();
                    return exps.Select(e => e / total).ToArray();
                }
            }
            """, fixedText);
    }
}
