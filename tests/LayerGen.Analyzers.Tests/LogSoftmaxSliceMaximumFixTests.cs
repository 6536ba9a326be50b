using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// "Use the maximum of each softmax slice" (LG0001, LG0004) on log-softmaxes: the new per-slice maximum replaces the
/// old one in the exps and in the output or log-sum-exp (<c>x - m - log(s)</c>, <c>m + log(s)</c>). Applied, compiled
/// and run against a double-precision log-softmax on rows offset by ±1000. A too-wide log-softmax sum (LG0002), or an
/// old maximum read outside the slice's block, gets no fix.
/// </summary>
public class LogSoftmaxSliceMaximumFixTests
{
    public static TheoryData<string> Cases() => new(FixableCases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixedCodeIsPerSlice_OriginalIsNot(string name)
    {
        var (subject, harness, id) = FixableCases[name];
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(subject)), diagnostic => diagnostic.Id == id);
        var fixedText = await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References);
        Assert.NotEqual(subject, fixedText);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.True(remaining.IsEmpty, $"{name}: {string.Join(", ", remaining)}\n{fixedText}");

        LogSoftmaxReference.AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, Axis.Rows, References);
    }

    [Theory]
    // The output subtracts the old maximum in a second pass, outside the row's block: no fix.
    [InlineData("LG0001", """
        public static void Forward(double[] x, double[] y, int rows, int cols)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < x.Length; k++) max = Math.Max(max, x[k]);
            var logSum = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                double sum = 0;
                for (int c = 0; c < cols; c++) sum += Math.Exp(x[r * cols + c] - max);
                logSum[r] = Math.Log(sum);
            }

            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) y[r * cols + c] = x[r * cols + c] - max - logSum[r];
        }
        """)]
    // A log-softmax sum never reset per row (LG0002): no fix.
    [InlineData("LG0002", """
        public static void Forward(float[,] x, float[,] y)
        {
            float sum = 0f;
            for (int i = 0; i < x.GetLength(0); i++)
            {
                float max = float.NegativeInfinity;
                for (int j = 0; j < x.GetLength(1); j++) max = MathF.Max(max, x[i, j]);
                for (int j = 0; j < x.GetLength(1); j++) sum += MathF.Exp(x[i, j] - max);
                float logSum = MathF.Log(sum);
                for (int j = 0; j < x.GetLength(1); j++) y[i, j] = x[i, j] - max - logSum;
            }
        }
        """)]
    public async Task NoFix_WhereTheOutputCannotFollow(string id, string method)
    {
        var source = $$"""
            using System;
            public static class Subject
            {
            {{method}}
            }
            """;
        Assert.Contains(await FixRunner.AnalyzeAsync(Compile(source)), diagnostic => diagnostic.Id == id);
        Assert.Equal(source, await FixRunner.FixAsync(source, new SliceReductionCodeFixProvider(), References));
    }

    [Fact]
    public async Task GlobalMax_IsReplacedInTheExpsAndTheLogSumExp()
    {
        var fixedText = await FixRunner.FixAsync(FixableCases["Flat_GlobalMax_MaxPlusLogSum"].Subject, new SliceReductionCodeFixProvider(), References);
        Assert.Equal("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        double sum = 0;
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++)
                            max = Math.Max(max, x[r * cols + c]);
                        for (int c = 0; c < cols; c++)
                            sum += Math.Exp(x[r * cols + c] - max);
                        for (int c = 0; c < cols; c++)
                            y[r * cols + c] = x[r * cols + c] - (max + Math.Log(sum));
                    }
                }
            }
            """, fixedText);
    }

    private static readonly Dictionary<string, (string Subject, string Harness, string Id)> FixableCases = new()
    {
        ["Flat_GlobalMax_MaxPlusLogSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    double max = double.NegativeInfinity;
                    for (int k = 0; k < x.Length; k++)
                        max = Math.Max(max, x[k]);
                    for (int r = 0; r < rows; r++)
                    {
                        double sum = 0;
                        for (int c = 0; c < cols; c++)
                            sum += Math.Exp(x[r * cols + c] - max);
                        for (int c = 0; c < cols; c++)
                            y[r * cols + c] = x[r * cols + c] - (max + Math.Log(sum));
                    }
                }
            }
            """, FlatHarness("double"), "LG0001"),
        ["RowMajor2D_GlobalMax_LseLocal"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++)
                            m = MathF.Max(m, x[i, j]);
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        float s = 0f;
                        for (int j = 0; j < x.GetLength(1); j++)
                            s += MathF.Exp(x[i, j] - m);
                        float lse = m + MathF.Log(s);
                        for (int j = 0; j < x.GetLength(1); j++)
                            y[i, j] = x[i, j] - lse;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), "LG0001"),
        ["RowMajor2D_ColumnMax_RowSum"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    int rows = x.GetLength(0);
                    int cols = x.GetLength(1);
                    var colMax = new float[cols];
                    for (int j = 0; j < cols; j++)
                    {
                        colMax[j] = float.NegativeInfinity;
                        for (int i = 0; i < rows; i++)
                            colMax[j] = MathF.Max(colMax[j], x[i, j]);
                    }

                    for (int i = 0; i < rows; i++)
                    {
                        float sum = 0f;
                        for (int j = 0; j < cols; j++)
                            sum += MathF.Exp(x[i, j] - colMax[j]);
                        float lse = MathF.Log(sum);
                        for (int j = 0; j < cols; j++)
                            y[i, j] = x[i, j] - colMax[j] - lse;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), "LG0004"),
    };
}
