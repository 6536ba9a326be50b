using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0001: positive cases across input shapes, exp forms, reduction forms and variable kinds. Each snippet is a
/// complete softmax (exp, a per-row sum of the exps, the division) whose only bug is the batch-wide maximum.
/// </summary>
public class GlobalMaxAnalyzerTests
{
    [Fact]
    public Task RectangularFloat_MathMaxLoop() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y)
            {
                float max = float.MinValue;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        {|LG0001:max = Math.Max(max, x[i, j])|};
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task RectangularDouble_MathExp_ReversedMaxArguments() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                double max = double.NegativeInfinity;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = Math.Max(x[i, j], max)|};
                for (int i = 0; i < rows; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task MathFMax() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float m = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:m = MathF.Max(m, x[i, j])|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - m); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task SingleMaxAndSingleExp() => Verify.AnalyzerAsync("""
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float m = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:m = float.Max(m, x[i, j])|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = float.Exp(x[i, j] - m); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task DoubleExp() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                double m = double.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:m = Math.Max(m, x[i, j])|};
                for (int i = 0; i < rows; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = double.Exp(x[i, j] - m); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task IfGreaterThanAssign() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = x[0, 0];
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:if (x[i, j] > max) max = x[i, j];|}
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task IfLessThanWithBlock() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                double max = double.MinValue;
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++)
                    {
                        {|LG0001:if (max <= x[i, j])
                        {
                            max = x[i, j];
                        }|}
                    }
                }
                for (int i = 0; i < rows; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task Ternary() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = x[i, j] > max ? x[i, j] : max|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task TernaryWithVariableFirst() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = max > x[i, j] ? max : x[i, j]|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task JaggedLoops() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[][] x, float[][] y)
            {
                float max = float.MinValue;
                for (int i = 0; i < x.Length; i++)
                    for (int j = 0; j < x[i].Length; j++)
                        {|LG0001:max = Math.Max(max, x[i][j])|};
                for (int i = 0; i < x.Length; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = MathF.Exp(x[i][j] - max); sum += y[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task JaggedForEachRowsAndValues() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[][] x, double[][] y)
            {
                double max = double.MinValue;
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
        }
        """);

    [Fact]
    public Task JaggedRowLocalInExp() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[][] x, float[][] y)
            {
                float max = {|LG0001:x.SelectMany(r => r).Max()|};
                for (int i = 0; i < x.Length; i++)
                {
                    var row = x[i];
                    float sum = 0;
                    for (int j = 0; j < row.Length; j++) { y[i][j] = MathF.Exp(row[j] - max); sum += y[i][j]; }
                    for (int j = 0; j < row.Length; j++) y[i][j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task LinqCastMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                var max = {|LG0001:x.Cast<float>().Max()|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task LinqOfTypeMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                double max = {|LG0001:x.OfType<double>().Max()|};
                for (int i = 0; i < rows; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task LinqSelectManyMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(double[][] x, double[][] y)
            {
                double max = {|LG0001:x.SelectMany(r => r).Max()|};
                for (int i = 0; i < x.Length; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = Math.Exp(x[i][j] - max); sum += y[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task LinqMaxWithRowSelector() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[][] x, float[][] y)
            {
                float max = {|LG0001:x.Max(r => r.Max())|};
                for (int i = 0; i < x.Length; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = MathF.Exp(x[i][j] - max); sum += y[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task LinqAssignedLater() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max;
                max = {|LG0001:x.Cast<float>().Max()|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task FlatArrayLinqMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                float max = {|LG0001:x.Max()|};
                int rows = x.Length / cols;
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - max); sum += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task FlatSpanWholeLengthLoop() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(Span<float> x, int cols)
            {
                float max = float.MinValue;
                for (int k = 0; k < x.Length; k++)
                    {|LG0001:max = Math.Max(max, x[k])|};
                for (int i = 0; i < x.Length / cols; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { x[i * cols + j] = MathF.Exp(x[i * cols + j] - max); sum += x[i * cols + j]; }
                    for (int j = 0; j < cols; j++) x[i * cols + j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task FlatReadOnlySpanTensorPrimitivesMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Softmax(ReadOnlySpan<double> x, Span<double> y, int cols)
            {
                double max = {|LG0001:TensorPrimitives.Max(x)|};
                for (int i = 0; i < x.Length / cols; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = Math.Exp(x[i * cols + j] - max); sum += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= sum;
                }
            }
        }
        """ + TestReferences.TensorPrimitivesStandIn);

    [Fact]
    public Task FlatArrayTensorPrimitivesMaxOverAsSpan() => Verify.AnalyzerAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                float max = {|LG0001:TensorPrimitives.Max(x.AsSpan())|};
                for (int i = 0; i < x.Length / cols; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - max); sum += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= sum;
                }
            }
        }
        """ + TestReferences.TensorPrimitivesStandIn);

    [Fact]
    public Task FlatRowOffsetLocal() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = Math.Max(max, x[i * cols + j])|};
                for (int i = 0; i < rows; i++)
                {
                    int offset = i * cols;
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[offset + j] = MathF.Exp(x[offset + j] - max); sum += y[offset + j]; }
                    for (int j = 0; j < cols; j++) y[offset + j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task FlatColumnFirstIndex() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[] x, double[] y, int rows, int cols)
            {
                double max = double.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = Math.Max(max, x[j + cols * i])|};
                for (int i = 0; i < rows; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[j + cols * i] = Math.Exp(x[j + cols * i] - max); sum += y[j + cols * i]; }
                    for (int j = 0; j < cols; j++) y[j + cols * i] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task FlatRowSliceInExp() => Verify.AnalyzerAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                float max = {|LG0001:TensorPrimitives.Max(x)|};
                for (int i = 0; i < x.Length / cols; i++)
                {
                    var row = x.AsSpan(i * cols, cols);
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(row[j] - max); sum += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= sum;
                }
            }
        }
        """ + TestReferences.TensorPrimitivesStandIn);

    [Fact]
    public Task ForEachOverRectangular() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                foreach (float v in x)
                    {|LG0001:max = Math.Max(max, v)|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task FieldMaxAndFieldInput() => Verify.AnalyzerAsync("""
        using System;
        sealed class Layer
        {
            private readonly float[,] _logits = new float[4, 3];
            private readonly float[,] _probabilities = new float[4, 3];
            private float _max;

            public void Forward()
            {
                _max = float.MinValue;
                for (int i = 0; i < 4; i++)
                    for (int j = 0; j < 3; j++)
                        {|LG0001:_max = Math.Max(_max, _logits[i, j])|};
                for (int i = 0; i < 4; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < 3; j++) { _probabilities[i, j] = MathF.Exp(_logits[i, j] - _max); sum += _probabilities[i, j]; }
                    for (int j = 0; j < 3; j++) _probabilities[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task ParameterAsMax() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols, float max)
            {
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = Math.Max(max, x[i, j])|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    // Row 0's maximum subtracted from every row: not the row's own maximum ("another slice's max"), a row far
    // above or below row 0 overflows or underflows to 0/0 exactly as with a batch-wide maximum.
    [Fact]
    public Task MaxOfFirstRowSubtractedFromEveryRow() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int j = 0; j < cols; j++) {|LG0001:max = Math.Max(max, x[0, j])|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task GlobalLinqMaxRecomputedInsideRowLoop() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float max = {|LG0001:x.Cast<float>().Max()|};
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task InlineReductionInExpArgument() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - {|LG0001:x.Cast<float>().Max()|}); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task DoubleMaxOverFloatInput() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, double[,] y, int rows, int cols)
            {
                double max = double.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|LG0001:max = Math.Max(max, x[i, j])|};
                for (int i = 0; i < rows; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task InsideLocalFunction() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Run(float[,] x, float[,] y)
            {
                Softmax();

                void Softmax()
                {
                    float max = float.MinValue;
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++)
                            {|LG0001:max = Math.Max(max, x[i, j])|};
                    for (int i = 0; i < x.GetLength(0); i++)
                    {
                        float sum = 0;
                        for (int j = 0; j < x.GetLength(1); j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                        for (int j = 0; j < x.GetLength(1); j++) y[i, j] /= sum;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task MessageNamesVariableAndInput_AndDivisionIsAdditionalLocation() => Verify.AnalyzerAsync(
        """
        using System;
        static class S
        {
            static void Softmax(float[,] logits, float[,] y, int rows, int cols)
            {
                float batchMax = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        {|#0:batchMax = Math.Max(batchMax, logits[i, j])|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(logits[i, j] - batchMax); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) {|#1:y[i, j] /= sum|};
                }
            }
        }
        """,
        Verify.GlobalMax().WithLocation(0).WithLocation(1).WithArguments("batchMax", "logits", "subtracts", "maximum", "subtract"));
}
