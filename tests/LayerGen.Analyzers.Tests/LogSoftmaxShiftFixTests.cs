using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0003 "Subtract the maximum before exp" on unshifted log-softmaxes (<c>x - log Σ exp(x)</c>): the max is subtracted
/// in the exps and added back to each log of the sum (<c>x - (m + log Σ exp(x - m))</c>), in every spelling of the
/// normaliser. Applied, compiled and run: on rows offset by ±1000 the original is ±∞ and the fixed code matches a
/// double-precision log-softmax of each slice. Where the sum is read by more than its logs, or a log might see terms
/// shifted by another maximum, no fix is offered.
/// </summary>
public class LogSoftmaxShiftFixTests
{
    public static TheoryData<string> Cases() => new(FixableCases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixedCodeIsStable_OriginalOverflows(string name)
    {
        var (subject, harness, axis) = FixableCases[name];
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(subject)), diagnostic => diagnostic.Id == "LG0003");
        var fixedText = await FixRunner.FixAsync(subject, new UnshiftedExpCodeFixProvider(), References);
        Assert.NotEqual(subject, fixedText);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.True(remaining.IsEmpty, $"{name}: {string.Join(", ", remaining)}\n{fixedText}");

        LogSoftmaxReference.AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, axis, References);
    }

    [Theory]
    // The sum is also returned: shifting it would change what the caller sees.
    [InlineData("""
        public static double Forward(double[] x, double[] y)
        {
            double sum = 0;
            for (int j = 0; j < x.Length; j++) sum += Math.Exp(x[j]);
            for (int j = 0; j < x.Length; j++) y[j] = x[j] - Math.Log(sum);
            return sum;
        }
        """)]
    // The exps are also kept in a buffer the caller reads.
    [InlineData("""
        public static void Forward(double[] x, double[] e, double[] y)
        {
            double sum = 0;
            for (int j = 0; j < x.Length; j++) { e[j] = Math.Exp(x[j]); sum += e[j]; }
            for (int j = 0; j < x.Length; j++) y[j] = x[j] - Math.Log(sum);
        }
        """)]
    // The log is taken outside the slice's block (one log-sum-exp per row, used after the row loop): the new
    // maximum would be out of scope there.
    [InlineData("""
        public static void Forward(float[,] x, float[,] y)
        {
            var sums = new float[x.GetLength(0)];
            for (int i = 0; i < x.GetLength(0); i++)
            {
                float s = 0f;
                for (int j = 0; j < x.GetLength(1); j++) s += MathF.Exp(x[i, j]);
                sums[i] = s;
            }

            for (int i = 0; i < x.GetLength(0); i++)
                for (int j = 0; j < x.GetLength(1); j++) y[i, j] = x[i, j] - MathF.Log(sums[i]);
        }
        """)]
    // A LINQ sum kept in a local that is also returned.
    [InlineData("""
        public static double Forward(double[] x, double[] y)
        {
            double total = x.Sum(v => Math.Exp(v));
            double lse = Math.Log(total);
            for (int j = 0; j < x.Length; j++) y[j] = x[j] - lse;
            return total;
        }
        """)]
    public async Task NoFix_WhereTheShiftCouldLeak(string method)
    {
        var source = $$"""
            using System;
            using System.Linq;
            public static class Subject
            {
            {{method}}
            }
            """;
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(source)), diagnostic => diagnostic.Id == "LG0003");
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), References));
    }

    [Fact]
    public async Task SubtractMaximum_AddsTheMaximumBackToTheLog()
    {
        var fixedText = await FixRunner.FixAsync("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y)
                {
                    double sum = 0;
                    for (int j = 0; j < x.Length; j++)
                        sum += Math.Exp(x[j]);
                    double logSum = Math.Log(sum);
                    for (int j = 0; j < x.Length; j++)
                        y[j] = x[j] - logSum;
                }
            }
            """, new UnshiftedExpCodeFixProvider(), TestReferences.Net100);
        Assert.Equal("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y)
                {
                    double sum = 0;
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < x.Length; j++)
                        max = Math.Max(max, x[j]);
                    for (int j = 0; j < x.Length; j++)
                        sum += Math.Exp(x[j] - max);
                    double logSum = max + Math.Log(sum);
                    for (int j = 0; j < x.Length; j++)
                        y[j] = x[j] - logSum;
                }
            }
            """, fixedText);
    }

    [Fact]
    public async Task SubtractMaximum_LinqLogOfSumGetsTheMaximumBack()
    {
        var fixedText = await FixRunner.FixAsync("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] x)
                {
                    double lse = Math.Log(x.Sum(v => Math.Exp(v)));
                    return x.Select(v => v - lse).ToArray();
                }
            }
            """, new UnshiftedExpCodeFixProvider(), TestReferences.Net100);
        Assert.Equal("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] x)
                {
                    double max = double.NegativeInfinity;
                    foreach (var logit in x)
                        max = Math.Max(max, logit);
                    double lse = max + Math.Log(x.Sum(v => Math.Exp(v - max)));
                    return x.Select(v => v - lse).ToArray();
                }
            }
            """, fixedText);
    }

    [Fact]
    public Task FixAll_TwoLogSoftmaxesInOneDocument()
    {
        var test = new CSharpCodeFixTest<SoftmaxAnalyzer, UnshiftedExpCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
            TestCode = """
                using System;
                public static class Subject
                {
                    public static void Rows(float[,] x, float[,] y)
                    {
                        for (int i = 0; i < x.GetLength(0); i++)
                        {
                            float s = 0f;
                            for (int j = 0; j < x.GetLength(1); j++)
                                s += {|LG0003:MathF.Exp(x[i, j])|};
                            for (int j = 0; j < x.GetLength(1); j++)
                                y[i, j] = x[i, j] - MathF.Log(s);
                        }
                    }

                    public static void Vector(double[] x, double[] y)
                    {
                        double total = 0;
                        for (int k = 0; k < x.Length; k++)
                            total += {|LG0003:Math.Exp(x[k])|};
                        for (int k = 0; k < x.Length; k++)
                            y[k] = x[k] - Math.Log(total);
                    }
                }
                """,
            FixedCode = """
                using System;
                public static class Subject
                {
                    public static void Rows(float[,] x, float[,] y)
                    {
                        for (int i = 0; i < x.GetLength(0); i++)
                        {
                            float s = 0f;
                            float max = float.NegativeInfinity;
                            for (int j = 0; j < x.GetLength(1); j++)
                                max = MathF.Max(max, x[i, j]);
                            for (int j = 0; j < x.GetLength(1); j++)
                                s += MathF.Exp(x[i, j] - max);
                            for (int j = 0; j < x.GetLength(1); j++)
                                y[i, j] = x[i, j] - (max + MathF.Log(s));
                        }
                    }

                    public static void Vector(double[] x, double[] y)
                    {
                        double total = 0;
                        double max1 = double.NegativeInfinity;
                        for (int k = 0; k < x.Length; k++)
                            max1 = Math.Max(max1, x[k]);
                        for (int k = 0; k < x.Length; k++)
                            total += Math.Exp(x[k] - max1);
                        for (int k = 0; k < x.Length; k++)
                            y[k] = x[k] - (max1 + Math.Log(total));
                    }
                }
                """,
        };
        TestReferences.AddNet100(test.TestState);
        return test.RunAsync();
    }

    private static readonly Dictionary<string, (string Subject, string Harness, Axis Axis)> FixableCases = new()
    {
        ["Vector_LogSumLocal"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y)
                {
                    double sum = 0;
                    for (int j = 0; j < x.Length; j++)
                        sum += Math.Exp(x[j]);
                    double logSum = Math.Log(sum);
                    for (int j = 0; j < x.Length; j++)
                        y[j] = x[j] - logSum;
                }
            }
            """, RowHarness("double", "Subject.Forward(row, outRow);"), Axis.Rows),
        ["RowMajor2D_InPlaceMinusLog"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        float sum = 0f;
                        for (int j = 0; j < x.GetLength(1); j++)
                        {
                            y[i, j] = x[i, j];
                            sum += MathF.Exp(x[i, j]);
                        }

                        for (int j = 0; j < x.GetLength(1); j++)
                            y[i, j] -= MathF.Log(sum);
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
        ["Flat_PerRowLseArray_SecondPass"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    var lse = new double[rows];
                    for (int r = 0; r < rows; r++)
                    {
                        double s = 0;
                        for (int c = 0; c < cols; c++)
                            s += Math.Exp(x[r * cols + c]);
                        lse[r] = Math.Log(s);
                    }

                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++)
                            y[r * cols + c] = x[r * cols + c] - lse[r];
                }
            }
            """, FlatHarness("double"), Axis.Rows),
        ["ColumnMajor2D_CastLogOfDoubleSum"] = ("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: each column is one sample.
                public static void Forward(float[,] z, float[,] logP)
                {
                    for (int b = 0; b < z.GetLength(1); b++)
                    {
                        double s = 0;
                        for (int c = 0; c < z.GetLength(0); c++)
                            s += MathF.Exp(z[c, b]);
                        float ls = (float)Math.Log(s);
                        for (int c = 0; c < z.GetLength(0); c++)
                            logP[c, b] = z[c, b] - ls;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Columns),
        ["GenericMath_FlatRows"] = ("""
            using System;
            using System.Numerics;
            public static class Subject
            {
                public static void Forward<T>(T[] x, T[] y, int rows, int cols) where T : IFloatingPointIeee754<T>
                {
                    for (int r = 0; r < rows; r++)
                    {
                        T sum = T.Zero;
                        for (int c = 0; c < cols; c++)
                            sum += T.Exp(x[r * cols + c]);
                        for (int c = 0; c < cols; c++)
                            y[r * cols + c] = x[r * cols + c] - T.Log(sum);
                    }
                }
            }
            """, FlatHarness("double").Replace("Subject.Forward(", "Subject.Forward<double>(", StringComparison.Ordinal), Axis.Rows),
        ["ParallelForLambda_Rows"] = ("""
            using System;
            using System.Threading.Tasks;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    int cols = x.GetLength(1);
                    Parallel.For(0, x.GetLength(0), i =>
                    {
                        float sum = 0f;
                        for (int j = 0; j < cols; j++)
                            sum += MathF.Exp(x[i, j]);
                        float logSum = MathF.Log(sum);
                        for (int j = 0; j < cols; j++)
                            y[i, j] = x[i, j] - logSum;
                    });
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
        ["Linq_LogOfSumOfExpLambda"] = ("""
            using System;
            using System.Linq;
            public static class Subject
            {
                public static double[] Forward(double[] x)
                {
                    double lse = Math.Log(x.Sum(v => Math.Exp(v)));
                    return x.Select(v => v - lse).ToArray();
                }
            }
            """, RowHarness("double", "Subject.Forward(row).CopyTo(outRow, 0);"), Axis.Rows),
        ["Linq_SelectMethodGroupThenSum_List"] = ("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            public static class Subject
            {
                public static List<double> Forward(List<double> scores)
                {
                    var logZ = Math.Log(scores.Select(Math.Exp).Sum());
                    return scores.Select(s => s - logZ).ToList();
                }
            }
            """, RowHarness("double", "Subject.Forward(row.ToList()).CopyTo(outRow, 0);"), Axis.Rows),
        ["LocalFunction_Rows"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[][] x, double[][] y)
                {
                    for (int i = 0; i < x.Length; i++)
                        Row(x[i], y[i]);

                    static void Row(double[] logits, double[] output)
                    {
                        double total = 0;
                        for (int k = 0; k < logits.Length; k++)
                            total += Math.Exp(logits[k]);
                        for (int k = 0; k < logits.Length; k++)
                            output[k] = logits[k] - Math.Log(total);
                    }
                }
            }
            """, JaggedHarness("double"), Axis.Rows),
    };
}
