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
}
