using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Correct or unrelated code that the softmax rules (LG0001–LG0004) must leave alone. Softmax look-alikes are complete
/// softmaxes (exp, sum of the exps, division), so silence means the rules judged the site, not that there was none.
/// </summary>
public class NoDiagnosticTests
{
    [Fact]
    public Task OneDimensionalSoftmaxWithOneMax() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y)
            {
                float max = float.MinValue;
                for (int j = 0; j < x.Length; j++) max = Math.Max(max, x[j]);
                float sum = 0;
                for (int j = 0; j < x.Length; j++) { y[j] = MathF.Exp(x[j] - max); sum += y[j]; }
                for (int j = 0; j < x.Length; j++) y[j] /= sum;
            }
        }
        """);

    [Fact]
    public Task OneDimensionalSoftmaxWithLinq() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] Softmax(double[] x)
            {
                double max = x.Max();
                var e = x.Select(v => Math.Exp(v - max)).ToArray();
                double sum = e.Sum();
                for (int j = 0; j < e.Length; j++) e[j] /= sum;
                return e;
            }
        }
        """);

    [Fact]
    public Task OneDimensionalSpanWithTensorPrimitivesMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Softmax(ReadOnlySpan<float> x, Span<float> y)
            {
                float max = TensorPrimitives.Max(x);
                float sum = 0;
                for (int j = 0; j < x.Length; j++) { y[j] = MathF.Exp(x[j] - max); sum += y[j]; }
                for (int j = 0; j < x.Length; j++) y[j] /= sum;
            }
        }
        """ + TestReferences.TensorPrimitivesStandIn);

    [Fact]
    public Task PerRowMaxAndSumRectangular() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
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
        }
        """);

    [Fact]
    public Task PerRowMaxDeclaredOutsideButResetPerRow() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows, int cols)
            {
                double max, sum;
                for (int i = 0; i < rows; i++)
                {
                    max = double.MinValue;
                    for (int j = 0; j < cols; j++) if (x[i, j] > max) max = x[i, j];
                    sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = Math.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task PerRowJaggedLinqRowMax() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[][] x, float[][] y)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    float max = x[i].Max();
                    float sum = 0;
                    for (int j = 0; j < x[i].Length; j++) { y[i][j] = MathF.Exp(x[i][j] - max); sum += y[i][j]; }
                    float rowSum = y[i].Sum();
                    for (int j = 0; j < x[i].Length; j++) y[i][j] /= rowSum;
                }
            }
        }
        """);

    [Fact]
    public Task PerRowSliceWithTensorPrimitives() => Verify.AnalyzerAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                for (int i = 0; i < x.Length / cols; i++)
                {
                    float max = TensorPrimitives.Max(x.AsSpan(i * cols, cols));
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - max); sum += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= sum;
                }
            }
        }
        """ + TestReferences.TensorPrimitivesStandIn);

    [Fact]
    public Task PerRowForEachOverJaggedRows() => Verify.AnalyzerAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(double[][] x)
            {
                foreach (var row in x)
                {
                    double max = row.Max();
                    double sum = 0;
                    for (int j = 0; j < row.Length; j++) { row[j] = Math.Exp(row[j] - max); sum += row[j]; }
                    for (int j = 0; j < row.Length; j++) row[j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task GlobalMaxUsedForScalingNotExp() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Normalise(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[i, j]);
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] = (x[i, j] - max) / 2f + MathF.Exp(max);
            }
        }
        """);

    // A minimum is not a maximum (no LG0001); subtracted from the values it folds it leaves the exponent ≥ 0 and
    // unbounded above (it overflows once a row spreads past ~88 in float), so it is no shift: LG0003 (gaps23), nothing else.
    [Fact]
    public Task SubtractedMinimumIsNotAMaximum_OnlyLG0003() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float min = float.MaxValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        if (x[i, j] < min) min = x[i, j];
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = {|LG0003:MathF.Exp(x[i, j] - min)|}; sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task GlobalSumOfNonExpValues() => Verify.AnalyzerAsync("""
        static class S
        {
            static void JointDistribution(float[,] counts, float[,] p, int rows, int cols)
            {
                float total = 0;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        total += counts[i, j];
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        p[i, j] = counts[i, j] / total;
            }
        }
        """);

    [Fact]
    public Task DivisionByBatchSize() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Gradient(float[,] x, float[,] dx, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++) dx[i, j] = MathF.Exp(x[i, j] - max) / rows;
                }
            }
        }
        """);

    [Fact]
    public Task GlobalSumUsedOnlyForLogging() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static float Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float total = 0;
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++) max = Math.Max(max, x[i, j]);
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; total += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
                return total;
            }
        }
        """);

    [Fact]
    public Task RunningMaxInsideRowLoopIsNotGlobal() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < cols; j++)
                        max = x[i, j] > max ? x[i, j] : max;
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task GeneratedCodeIsNotAnalyzed() => Verify.AnalyzerAsync("""
        // <auto-generated/>
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[i, j]);
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
    public Task CodeThatDoesNotCompile() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[i, j]);
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max) + {|CS0103:undefinedValue|}; sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task CodeWithASyntaxError() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[i, j]){|CS1002:|}
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - max); sum += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= sum;
                }
            }
        }
        """);

    /// <summary>
    /// A series evaluation (the shape of an inverse-function approximation): <c>t</c> is an exp in one branch and
    /// its own reciprocal in another, <c>y = y + c * t</c> is one addition outside any loop (not a sum of exps), so
    /// <c>q / y</c> in the Newton loop (stored back into <c>t</c>) and the logs of <c>t</c> and of the result are no softmax probabilities.
    /// </summary>
    [Fact]
    public Task SeriesWithOneAdditionOutsideALoopIsNoSoftmax() => Verify.AnalyzerAsync("""
        using System;
        static class Series
        {
            static double Invert(double z)
            {
                double y, t;
                double h = z * z * 0.5;
                double[] c = new double[4];
                if (z < -1.0)
                {
                    t = Math.Exp(-1 - h);
                    c[1] = 1.0; c[2] = 0.5; c[3] = 0.25;
                    y = t * (c[1] + t * (c[2] + t * c[3]));
                }
                else
                {
                    t = 7 + h;
                    double g = Math.Log(t);
                    y = t + g;
                    t = 1.0 / t;
                    c[1] = 1; c[2] = (2 - g) * 0.5; c[3] = g / 3.0;
                    y = y + g * t * (c[1] + t * (c[2] + t * c[3]));
                }

                t = 1;
                double q = y;
                while (t > 1.0e-8)
                {
                    y = q * (h + Math.Log(q)) / (q - 1.0);
                    t = Math.Abs(q / y - 1);
                    q = y;
                }

                return y;
            }

            static double Start(double a, double z)
            {
                double x = a * Invert(z);
                return Math.Log(x);
            }
        }
        """);
}
