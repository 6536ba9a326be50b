using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>LG0002: sums over the whole batch used as a softmax divisor.</summary>
public class GlobalSumAnalyzerTests
{
    [Fact]
    public Task SumFusedWithExp_DividedInLaterLoop() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float sum = 0;
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - max);
                        {|LG0002:sum += y[i, j]|};
                    }
                }
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
            }
        }
        """);

    [Fact]
    public Task SumInSeparateLoop() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    double max = double.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++) y[i, j] = Math.Exp(x[i, j] - max);
                }
                double sum = 0;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0002:sum += y[i, j]|};
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] = y[i, j] / sum;
            }
        }
        """);

    [Fact]
    public Task SumOfExpDividedInline() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float sum = 0;
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++) {|LG0002:sum += MathF.Exp(x[i, j] - max)|};
                }
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++) y[i, j] = MathF.Exp(x[i, j] - max) / sum;
                }
            }
        }
        """);

    [Fact]
    public Task SumEqualsSumPlusLocal() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[][] x, double[][] y)
            {
                double total = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    double max = double.MinValue;
                    for (int j = 0; j < x[i].Length; j++) max = Math.Max(max, x[i][j]);
                    for (int j = 0; j < x[i].Length; j++)
                    {
                        double e = Math.Exp(x[i][j] - max);
                        y[i][j] = e;
                        {|LG0002:total = total + e|};
                    }
                }
                for (int i = 0; i < y.Length; i++)
                    for (int j = 0; j < y[i].Length; j++)
                        y[i][j] /= total;
            }
        }
        """);

    [Fact]
    public Task LinqCastSum() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++) y[i, j] = MathF.Exp(x[i, j] - max);
                }
                float sum = {|LG0002:y.Cast<float>().Sum()|};
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
            }
        }
        """);

    [Fact]
    public Task TensorPrimitivesSumOverFlatBuffer() => Verify.AnalyzerAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Softmax(ReadOnlySpan<float> x, Span<float> y, int cols)
            {
                int rows = x.Length / cols;
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = MathF.Max(max, x[i * cols + j]);
                    for (int j = 0; j < cols; j++) y[i * cols + j] = MathF.Exp(x[i * cols + j] - max);
                }
                float sum = {|LG0002:TensorPrimitives.Sum(y)|};
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i * cols + j] /= sum;
            }
        }
        """ + TestReferences.TensorPrimitivesStandIn);

    [Fact]
    public Task FlatLoopOverWholeBuffer() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                int rows = x.Length / cols;
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = MathF.Max(max, x[i * cols + j]);
                    for (int j = 0; j < cols; j++) y[i * cols + j] = MathF.Exp(x[i * cols + j] - max);
                }
                float sum = 0;
                for (int k = 0; k < y.Length; k++)
                    {|LG0002:sum += y[k]|};
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i * cols + j] /= sum;
            }
        }
        """);

    [Fact]
    public Task SumMessageNamesVariableAndInput_AndDivisionIsAdditionalLocation() => Verify.AnalyzerAsync(
        """
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] probs, int rows, int cols)
            {
                float z = 0;
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++)
                    {
                        probs[i, j] = MathF.Exp(x[i, j] - max);
                        {|#0:z += probs[i, j]|};
                    }
                }
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|#1:probs[i, j] /= z|};
            }
        }
        """,
        Verify.GlobalSum().WithLocation(0).WithLocation(1).WithArguments("z", "x"));
}
