using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0003's two notions over many spellings: "an exp of a value derived from data" (a helper, a delegate, LINQ query
/// syntax, <c>Array.ConvertAll</c>, a <c>ref</c> foreach variable, a score computed in the loop) and "shifted by a
/// maximum" (in place, by a helper returning or shifting a buffer, <c>x + negMax</c>, through a scratch buffer).
/// Every buggy snippet has a correct twin that must stay silent. Markers are trailing <c>//~ LG000N</c>.
/// </summary>
public class ExpAndShiftFormsTests
{
    [Fact]
    public Task InPlaceShiftOfALocal_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y)
            {
                float max = float.NegativeInfinity;
                foreach (float v in x) max = MathF.Max(max, v);
                float sum = 0;
                for (int j = 0; j < x.Length; j++) { float t = x[j]; t -= max; y[j] = MathF.Exp(t); sum += y[j]; }
                for (int j = 0; j < y.Length; j++) y[j] /= sum;
            }
        }
        """);

    [Fact]
    public Task ConstantSubtracted_StillRaw() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y)
            {
                float sum = 0;
                for (int j = 0; j < x.Length; j++) { y[j] = MathF.Exp(x[j] - 1f); sum += y[j]; } //~ LG0003
                for (int j = 0; j < y.Length; j++) y[j] /= sum;
            }
        }
        """);

    [Fact]
    public Task HelperReturningAConstantOffsetCopy_StillRaw() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static double[] Softmax(double[] x)
            {
                double[] shifted = Offset(x);
                var e = new double[shifted.Length];
                double sum = 0;
                for (int j = 0; j < e.Length; j++) { e[j] = Math.Exp(shifted[j]); sum += e[j]; } //~ LG0003
                for (int j = 0; j < e.Length; j++) e[j] /= sum;
                return e;
            }

            private static double[] Offset(double[] x)
            {
                var r = new double[x.Length];
                for (int j = 0; j < x.Length; j++) r[j] = x[j] - 1.0;
                return r;
            }
        }
        """);

    [Fact]
    public Task VoidHelperScalingInPlace_StillRaw() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[][] batch)
            {
                foreach (float[] row in batch)
                {
                    Scale(row, 0.5f);
                    float sum = 0f;
                    for (int j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j]); sum += row[j]; } //~ LG0003
                    for (int j = 0; j < row.Length; j++) row[j] /= sum;
                }
            }

            private static void Scale(float[] row, float t)
            {
                for (int j = 0; j < row.Length; j++) row[j] *= t;
            }
        }
        """);

    [Fact]
    public Task VoidHelperShiftingASpanInPlace_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x)
            {
                SubtractMax(x);
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { x[j] = MathF.Exp(x[j]); sum += x[j]; }
                for (int j = 0; j < x.Length; j++) x[j] /= sum;
            }

            private static void SubtractMax(Span<float> v)
            {
                float max = float.NegativeInfinity;
                for (int j = 0; j < v.Length; j++) max = MathF.Max(max, v[j]);
                for (int j = 0; j < v.Length; j++) v[j] = v[j] - max;
            }
        }
        """);

    [Fact]
    public Task DelegateOfMathExpOverShiftedValues_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] Softmax(double[] data)
            {
                Func<double, double> exponent = Math.Exp;
                double max = data.Max();
                double[] e = data.Select(v => v - max).Select(exponent).ToArray();
                double total = e.Sum();
                return e.Select(v => v / total).ToArray();
            }
        }
        """);

    [Fact]
    public Task ConvertAll_Shifted_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] Softmax(double[] x)
            {
                double max = x.Max();
                double[] e = Array.ConvertAll(x, v => Math.Exp(v - max));
                double sum = 0;
                foreach (double v in e) sum += v;
                for (int i = 0; i < e.Length; i++) e[i] /= sum;
                return e;
            }
        }
        """);

    [Fact]
    public Task QuerySyntax_ShiftedAndRaw() => AssertMarkedAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class S
        {
            static double[] Shifted(IEnumerable<double> x)
            {
                double max = x.Max();
                double[] e = (from v in x select Math.Exp(v - max)).ToArray();
                double total = e.Sum();
                return (from v in e select v / total).ToArray();
            }

            static double[] Raw(List<double> x)
            {
                double[] e = (from v in x let w = v * 2 select Math.Exp(w)).ToArray(); //~ LG0003
                double total = e.Sum();
                return (from v in e select v / total).ToArray();
            }
        }
        """);

    [Fact]
    public Task RefForeach_Shifted_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(Span<double> x)
            {
                double max = double.NegativeInfinity;
                foreach (double v in x) max = Math.Max(max, v);
                double sum = 0;
                foreach (ref double v in x) { v = Math.Exp(v - max); sum += v; }
                foreach (ref double v in x) v /= sum;
            }
        }
        """);

    [Fact]
    public Task ScoreComputedInTheLoop_RawAndShifted() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Raw(double[,] q, double[,] k, double[,] w)
            {
                for (int i = 0; i < q.GetLength(0); i++)
                {
                    double sum = 0;
                    for (int j = 0; j < k.GetLength(0); j++)
                    {
                        double dot = 0;
                        for (int d = 0; d < q.GetLength(1); d++) dot += q[i, d] * k[j, d];
                        w[i, j] = Math.Exp(dot / Math.Sqrt(q.GetLength(1))); //~ LG0003
                        sum += w[i, j];
                    }

                    for (int j = 0; j < k.GetLength(0); j++) w[i, j] /= sum;
                }
            }

            static void Shifted(double[,] q, double[,] k, double[,] w)
            {
                for (int i = 0; i < q.GetLength(0); i++)
                {
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < k.GetLength(0); j++)
                    {
                        double dot = 0;
                        for (int d = 0; d < q.GetLength(1); d++) dot += q[i, d] * k[j, d];
                        w[i, j] = dot / Math.Sqrt(q.GetLength(1));
                        max = Math.Max(max, w[i, j]);
                    }

                    double sum = 0;
                    for (int j = 0; j < k.GetLength(0); j++) { w[i, j] = Math.Exp(w[i, j] - max); sum += w[i, j]; }
                    for (int j = 0; j < k.GetLength(0); j++) w[i, j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task AddedNegatedMaximum_SilentButNotAConstant() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Shifted(float[] x, float[] p)
            {
                float max = float.NegativeInfinity;
                foreach (float v in x) max = MathF.Max(max, v);
                float negMax = -max;
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] + negMax); sum += p[j]; }
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }

            static void Constant(float[] x, float[] p)
            {
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] + -4f); sum += p[j]; } //~ LG0003
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }
        }
        """);

    [Fact]
    public Task ScratchBufferRefilledPerRow_RowMaxSilent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static double[][] Softmax(double[][] x)
            {
                var result = new double[x.Length][];
                for (int i = 0; i < x.Length; i++)
                {
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < x[i].Length; j++) max = Math.Max(max, x[i][j]);
                    var shifted = new double[x[i].Length];
                    for (int j = 0; j < shifted.Length; j++) shifted[j] = x[i][j] - max;
                    var e = new double[shifted.Length];
                    double sum = 0;
                    for (int j = 0; j < e.Length; j++) { e[j] = Math.Exp(shifted[j]); sum += e[j]; }
                    for (int j = 0; j < e.Length; j++) e[j] /= sum;
                    result[i] = e;
                }

                return result;
            }
        }
        """);

    [Fact]
    public Task MeanShiftAndZeroStartedMax_AreNotMaxima() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Mean(float[] x, float[] p)
            {
                float total = 0f;
                foreach (float v in x) total += v;
                float mean = total / x.Length;
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] - mean); sum += p[j]; } //~ LG0003
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }

            static void ZeroStart(float[] x, float[] p)
            {
                float max = 0f;
                foreach (float v in x) if (v > max) max = v;
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] - max); sum += p[j]; } //~ LG0003
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }

            static void MinValueStart(float[] x, float[] p)
            {
                float max = float.MinValue;
                foreach (float v in x) if (v > max) max = v;
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] - max); sum += p[j]; }
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }

            static void RestartedAtFirstElement(float[][] x, float[][] p)
            {
                float max = 0f;
                for (int i = 0; i < x.Length; i++)
                {
                    max = x[i][0];
                    for (int j = 1; j < x[i].Length; j++) if (x[i][j] > max) max = x[i][j];
                    float sum = 0f;
                    for (int j = 0; j < x[i].Length; j++) { p[i][j] = MathF.Exp(x[i][j] - max); sum += p[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) p[i][j] /= sum;
                }
            }

            static void FirstElementStart(float[] x, float[] p)
            {
                float max = x[0];
                for (int j = 1; j < x.Length; j++) if (x[j] > max) max = x[j];
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] - max); sum += p[j]; }
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }
        }
        """);

    [Fact]
    public Task Vector256Exp_RawAndShifted() => AssertMarkedAsync("""
        using System;
        using System.Runtime.Intrinsics;
        static class S
        {
            static void Raw(float[] x, float[] y)
            {
                int i = 0;
                var lanes = Vector256<float>.Zero;
                for (; i <= x.Length - 8; i += 8)
                {
                    var e = Vector256.Exp(Vector256.Create(new ReadOnlySpan<float>(x, i, 8))); //~ LG0003
                    e.CopyTo(y.AsSpan(i, 8));
                    lanes += e;
                }

                float sum = Vector256.Sum(lanes);
                for (; i < x.Length; i++) { y[i] = MathF.Exp(x[i]); sum += y[i]; } //~ LG0003
                for (int j = 0; j < y.Length; j++) y[j] /= sum;
            }

            static void Shifted(float[] x, float[] y)
            {
                float max = float.NegativeInfinity;
                foreach (float v in x) max = MathF.Max(max, v);
                var shift = Vector256.Create(max);
                int i = 0;
                var lanes = Vector256<float>.Zero;
                for (; i <= x.Length - 8; i += 8)
                {
                    var e = Vector256.Exp(Vector256.Create(new ReadOnlySpan<float>(x, i, 8)) - shift);
                    e.CopyTo(y.AsSpan(i, 8));
                    lanes += e;
                }

                float sum = Vector256.Sum(lanes);
                for (; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - max); sum += y[i]; }
                for (int j = 0; j < y.Length; j++) y[j] /= sum;
            }
        }
        """);

    [Fact]
    public Task TensorPrimitivesRowPipeline_RawAndShifted() => AssertMarkedAsync("""
        using System;
        using System.Numerics.Tensors;
        static class S
        {
            static void Raw(float[] input, float[] output, int cols)
            {
                for (int r = 0; r < input.Length / cols; r++)
                {
                    Span<float> dst = output.AsSpan(r * cols, cols);
                    TensorPrimitives.Exp(input.AsSpan(r * cols, cols), dst); //~ LG0003
                    TensorPrimitives.Divide(dst, TensorPrimitives.Sum<float>(dst), dst);
                }
            }

            static void Shifted(float[] input, float[] output, int cols)
            {
                for (int r = 0; r < input.Length / cols; r++)
                {
                    ReadOnlySpan<float> row = input.AsSpan(r * cols, cols);
                    Span<float> dst = output.AsSpan(r * cols, cols);
                    TensorPrimitives.Subtract(row, TensorPrimitives.Max(row), dst);
                    TensorPrimitives.Exp(dst, dst);
                    float sum = TensorPrimitives.Sum<float>(dst);
                    TensorPrimitives.Divide(dst, sum, dst);
                }
            }
        }
        """);

    [Fact]
    public Task Temperature_MaxOfUnscaledReported_MaxOfScaledOrShiftThenScaleSilent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Unscaled(float[] x, float[] p, float t)
            {
                float max = float.NegativeInfinity;
                foreach (float v in x) max = MathF.Max(max, v);
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] / t - max); sum += p[j]; } //~ LG0003
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }

            static void Scaled(float[] x, float[] p, float t)
            {
                float max = float.NegativeInfinity;
                foreach (float v in x) max = MathF.Max(max, v / t);
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] / t - max); sum += p[j]; }
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }

            static void ShiftThenScale(float[] x, float[] p, float t)
            {
                float max = float.NegativeInfinity;
                foreach (float v in x) max = MathF.Max(max, v);
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp((x[j] - max) / t); sum += p[j]; }
                for (int j = 0; j < p.Length; j++) p[j] /= sum;
            }
        }
        """);

    private static Task AssertMarkedAsync(string source) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
