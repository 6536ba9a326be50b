using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Shapes the model follows beyond plain loops over arrays: pointers (<c>p[i]</c>, <c>*(p + i)</c>, <c>fixed</c>),
/// private helpers of the same type (a max returned or stored in a field, a normalisation done in the helper),
/// LINQ sequences of sequences, and loops of different extents over one dimension. Every buggy snippet has a correct
/// twin that must stay silent. Expected diagnostics are trailing <c>//~ LG000N</c> markers, as in the re-creation corpus.
/// </summary>
public class ReachAnalyzerTests
{
    [Fact]
    public Task Pointers_WholeBufferMaxThroughDereference() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            static void Softmax(float* x, float* y, int rows, int cols)
            {
                float m = float.MinValue;
                for (int k = 0; k < rows * cols; k++)
                    m = MathF.Max(m, *(x + k)); //~ LG0001
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Pointers_RowMaxThroughDereference_Silent() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            static void Softmax(float* x, float* y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float m = float.MinValue;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, *(x + i * cols + j));
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Pointers_FixedArray_SumNeverReset() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            static void Softmax(float[] logits, float[] probs, int rows, int cols)
            {
                fixed (float* x = logits)
                fixed (float* y = &probs[0])
                {
                    float s = 0;
                    for (int i = 0; i < rows; i++)
                    {
                        float* row = x + i * cols;
                        float m = float.MinValue;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, row[j]);
                        for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(row[j] - m); s += y[i * cols + j]; } //~ LG0002
                        for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Pointers_FixedArray_SumResetPerRow_Silent() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            static void Softmax(float[] logits, float[] probs, int rows, int cols)
            {
                fixed (float* x = logits)
                fixed (float* y = &probs[0])
                {
                    for (int i = 0; i < rows; i++)
                    {
                        float* row = x + i * cols;
                        float s = 0;
                        float m = float.MinValue;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, row[j]);
                        for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(row[j] - m); s += y[i * cols + j]; }
                        for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Extents_MaxOverFirstClassesSumOverWholeRow() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int classes, int width)
            {
                for (int i = 0; i < rows; i++)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, x[i * width + c]); //~ LG0004
                    float s = 0;
                    for (int k = 0; k < width; k++) { y[i * width + k] = MathF.Exp(x[i * width + k] - m); s += y[i * width + k]; }
                    for (int k = 0; k < width; k++) y[i * width + k] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Extents_SameBoundWrittenDifferently_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int width)
            {
                int cols = width;
                for (int i = 0; i < rows; i++)
                {
                    float m = x[i * width];
                    for (int c = 1; c <= width - 1; ++c) m = MathF.Max(m, x[i * width + c]);
                    float s = 0;
                    for (int k = 0; k < cols; k += 1) { y[i * width + k] = MathF.Exp(x[i * width + k] - m); s += y[i * width + k]; }
                    for (int k = 0; k < width; k++) y[i * width + k] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Extents_BoundFromALengthIsNotCertain_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[][] x, int classes)
            {
                foreach (var row in x)
                {
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = MathF.Max(m, row[c]);
                    float s = 0;
                    for (int k = 0; k < row.Length; k++) { row[k] = MathF.Exp(row[k] - m); s += row[k]; }
                    for (int k = 0; k < row.Length; k++) row[k] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Extents_ConstantBoundsDiffer() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(double[,] x, double[,] y, int rows)
            {
                for (int i = 0; i < rows; i++)
                {
                    double m = double.MinValue;
                    for (int c = 0; c < 8; c++) if (x[i, c] > m) m = x[i, c]; //~ LG0004
                    double s = 0;
                    for (int k = 0; k < 10; k++) { y[i, k] = Math.Exp(x[i, k] - m); s += y[i, k]; }
                    for (int k = 0; k < 10; k++) y[i, k] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Deconstruction_ResetPerRow_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    var (m, s) = (float.NegativeInfinity, 0f);
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i * cols + j]);
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Deconstruction_ResetOnceBeforeTheRows() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                float m, s;
                (m, s) = (float.NegativeInfinity, 0f);
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i * cols + j]); //~ LG0001
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; } //~ LG0002
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Helper_ReturnsWholeBufferMax_ReportedAtEachCaller() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                float m = Largest(x); //~ LG0001
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }

            static void SoftmaxInPlace(float[] x, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { x[i * cols + j] = MathF.Exp(x[i * cols + j] - Largest(x)); s += x[i * cols + j]; } //~ LG0001
                    for (int j = 0; j < cols; j++) x[i * cols + j] /= s;
                }
            }

            private static float Largest(ReadOnlySpan<float> v)
            {
                float best = float.NegativeInfinity;
                for (int k = 0; k < v.Length; k++) best = MathF.Max(best, v[k]);
                return best;
            }
        }
        """);

    [Fact]
    public Task Helper_ReturnsMaxOfTheRowSlice_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float m = Largest(x.AsSpan(i * cols, cols));
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }

            private static float Largest(ReadOnlySpan<float> v)
            {
                float best = float.NegativeInfinity;
                for (int k = 0; k < v.Length; k++) best = MathF.Max(best, v[k]);
                return best;
            }
        }
        """);

    [Fact]
    public Task Helper_FieldMaxOfEachJaggedRow_Silent() => AssertMarkedAsync("""
        using System;
        sealed class Layer
        {
            private float _largest;

            public void Forward(float[][] batch)
            {
                foreach (float[] row in batch)
                {
                    StoreLargest(row);
                    float s = 0;
                    for (int c = 0; c < row.Length; c++) { row[c] = MathF.Exp(row[c] - _largest); s += row[c]; }
                    for (int c = 0; c < row.Length; c++) row[c] /= s;
                }
            }

            private void StoreLargest(float[] values)
            {
                _largest = float.NegativeInfinity;
                foreach (float v in values) if (v > _largest) _largest = v;
            }
        }
        """);

    [Fact]
    public Task Helper_OutParameterRowMaxReadForEveryRow() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                LastRowMax(x, out float m); //~ LG0001
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - m); s += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= s;
                }
            }

            private static void LastRowMax(float[,] v, out float max)
            {
                max = 0;
                for (int i = 0; i < v.GetLength(0); i++)
                {
                    max = float.MinValue;
                    for (int j = 0; j < v.GetLength(1); j++) max = MathF.Max(max, v[i, j]);
                }
            }
        }
        """);

    [Fact]
    public Task Helper_LocalFunctionRowMax_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(double[][] x)
            {
                double RowMax(double[] row)
                {
                    double m = double.MinValue;
                    for (int j = 0; j < row.Length; j++) m = Math.Max(m, row[j]);
                    return m;
                }

                for (int i = 0; i < x.Length; i++)
                {
                    double m = RowMax(x[i]);
                    double s = 0;
                    for (int j = 0; j < x[i].Length; j++) { x[i][j] = Math.Exp(x[i][j] - m); s += x[i][j]; }
                    for (int j = 0; j < x[i].Length; j++) x[i][j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Helper_VirtualMethodIsNotFollowed_Silent() => AssertMarkedAsync("""
        using System;
        class Layer
        {
            public void Forward(float[] x, float[] y, int rows, int cols)
            {
                float m = Largest(x);
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }

            protected virtual float Largest(float[] v)
            {
                float best = float.NegativeInfinity;
                for (int k = 0; k < v.Length; k++) best = MathF.Max(best, v[k]);
                return best;
            }
        }
        """);

    [Fact]
    public Task NestedLinq_RowSumsInsideTheOuterSelect_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[][] Softmax(double[][] batch)
            {
                double[][] exps = batch.Select(row => { double peak = row.Max(); return row.Select(v => Math.Exp(v - peak)).ToArray(); }).ToArray();
                return exps.Select(e => { double z = e.Sum(); return e.Select(v => v / z).ToArray(); }).ToArray();
            }
        }
        """);

    [Fact]
    public Task NestedLinq_SelectManyWithLambdaMaxOverTheBatch() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[][] Softmax(double[][] batch)
            {
                double peak = batch.SelectMany(row => row.Select(v => v)).Max(); //~ LG0001
                var exps = batch.Select(row => row.Select(v => Math.Exp(v - peak)).ToArray()).ToArray();
                return exps.Select(e => { double z = e.Sum(); return e.Select(v => v / z).ToArray(); }).ToArray();
            }
        }
        """);

    [Fact]
    public Task NestedLinq_ForeachOverRowsWithWholeTotal() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[][] batch)
            {
                var exps = batch.Select(row => { float m = row.Max(); return row.Select(v => MathF.Exp(v - m)).ToArray(); }).ToArray();
                float total = 0;
                foreach (var e in exps)
                    foreach (var v in e)
                        total += v; //~ LG0002
                foreach (var e in exps)
                    for (int j = 0; j < e.Length; j++) e[j] /= total;
            }
        }
        """);

    [Fact]
    public Task InPlaceShift_GlobalMaxSubtractedFromEveryRow() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, int rows, int cols)
            {
                float m = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i, j]); //~ LG0001
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++) x[i, j] -= m;
                    float s = 0;
                    for (int j = 0; j < cols; j++) { x[i, j] = MathF.Exp(x[i, j]); s += x[i, j]; }
                    for (int j = 0; j < cols; j++) x[i, j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task HelperResult_ScaledNotShifted_IsStillRawLogits() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static double[] Softmax(double[] x, double t)
            {
                double[] scaled = Scale(x, t);
                var e = new double[scaled.Length];
                double s = 0;
                for (int j = 0; j < e.Length; j++) { e[j] = Math.Exp(scaled[j]); s += e[j]; } //~ LG0003
                for (int j = 0; j < e.Length; j++) e[j] /= s;
                return e;
            }

            private static double[] Scale(double[] x, double t)
            {
                var r = new double[x.Length];
                for (int j = 0; j < x.Length; j++) r[j] = x[j] / t;
                return r;
            }
        }
        """);

    [Fact]
    public Task HelperNormalisation_ShiftedExpsOfEachRow_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[][] x)
            {
                foreach (float[] row in x)
                {
                    float m = float.MinValue;
                    for (int j = 0; j < row.Length; j++) m = MathF.Max(m, row[j]);
                    for (int j = 0; j < row.Length; j++) row[j] = MathF.Exp(row[j] - m);
                    Normalize(row);
                }
            }

            private static void Normalize(float[] values)
            {
                float total = 0;
                for (int k = 0; k < values.Length; k++) total += values[k];
                for (int k = 0; k < values.Length; k++) values[k] /= total;
            }
        }
        """);

    [Fact]
    public Task HelperNormalisation_RawExps() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[][] x)
            {
                foreach (float[] row in x)
                {
                    for (int j = 0; j < row.Length; j++) row[j] = MathF.Exp(row[j]); //~ LG0003
                    Normalize(row);
                }
            }

            private static void Normalize(float[] values)
            {
                float total = 0;
                for (int k = 0; k < values.Length; k++) total += values[k];
                for (int k = 0; k < values.Length; k++) values[k] /= total;
            }
        }
        """);

    [Fact]
    public Task HelperNormalisation_WholeBatchAfterRowShifts() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float m = float.MinValue;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i * cols + j]);
                    for (int j = 0; j < cols; j++) x[i * cols + j] = MathF.Exp(x[i * cols + j] - m);
                }

                Normalize(x);
            }

            private static void Normalize(float[] values)
            {
                float total = 0;
                for (int k = 0; k < values.Length; k++) total += values[k]; //~ LG0002
                for (int k = 0; k < values.Length; k++) values[k] /= total;
            }
        }
        """);

    [Fact]
    public Task HelperNormalisation_ScaleByAnotherBuffersSum_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Weights(float[] x, float[] reference)
            {
                for (int j = 0; j < x.Length; j++) x[j] = MathF.Exp(x[j] - 1f);
                Scale(x, reference);
            }

            private static void Scale(float[] values, float[] other)
            {
                float total = 0;
                for (int k = 0; k < other.Length; k++) total += other[k];
                for (int k = 0; k < values.Length; k++) values[k] /= total;
            }
        }
        """);

    [Fact]
    public Task ListAdd_RowsNormalisedByTheirOwnTotal_Silent() => AssertMarkedAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class S
        {
            static List<double[]> Softmax(List<double[]> batch)
            {
                var exps = new List<double[]>();
                foreach (double[] logits in batch)
                {
                    double m = logits.Max();
                    exps.Add(logits.Select(v => Math.Exp(v - m)).ToArray());
                }

                foreach (double[] row in exps)
                {
                    double total = 0;
                    foreach (double e in row) total += e;
                    for (int i = 0; i < row.Length; i++) row[i] /= total;
                }

                return exps;
            }
        }
        """);

    [Fact]
    public Task ListAdd_FlatValues_RawAndShifted() => AssertMarkedAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class S
        {
            static List<double> Raw(double[] x)
            {
                var e = new List<double>();
                foreach (var v in x) e.Add(Math.Exp(v)); //~ LG0003
                double s = e.Sum();
                for (int i = 0; i < e.Count; i++) e[i] /= s;
                return e;
            }

            static List<double> Shifted(double[] x)
            {
                double m = x.Max();
                var e = new List<double>();
                foreach (var v in x) e.Add(Math.Exp(v - m));
                double s = e.Sum();
                for (int i = 0; i < e.Count; i++) e[i] /= s;
                return e;
            }
        }
        """);

    [Fact]
    public Task NegatedMax_GlobalMaxAddedNegated() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, int rows, int cols)
            {
                float m = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i, j]); //~ LG0001
                float negMax = -m;
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { x[i, j] = MathF.Exp(x[i, j] + negMax); s += x[i, j]; }
                    for (int j = 0; j < cols; j++) x[i, j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task LocalFunctionReset_CalledOnceBeforeTheRows() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, int rows, int cols)
            {
                float m = 0, s = 0;
                void Reset() { m = float.MinValue; s = 0; }
                Reset();
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i * cols + j]); //~ LG0001
                    for (int j = 0; j < cols; j++) { x[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += x[i * cols + j]; } //~ LG0002
                    for (int j = 0; j < cols; j++) x[i * cols + j] /= s;
                }
            }
        }
        """);

    // Helpers are read as their code written inline: `row[j] = row[j] / t - 0f * t` subtracts a product with a constant
    // zero factor, one fixed number (gaps30), so it is no shift.
    [Fact]
    public Task HelperInPlace_ScalingIsNotAShift() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void Softmax(float[][] batch, float t)
            {
                foreach (float[] row in batch)
                {
                    Scale(row, t);
                    float s = 0;
                    for (int j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j]); s += row[j]; } //~ LG0003
                    for (int j = 0; j < row.Length; j++) row[j] /= s;
                }
            }

            private static void Scale(float[] row, float t)
            {
                for (int j = 0; j < row.Length; j++) row[j] = row[j] / t - 0f * t;
            }
        }
        """);

    [Fact]
    public Task RangeIndex_NestedSumOverBothDimensions() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(double[,] e, int rows, int cols)
            {
                double total = Enumerable.Range(0, rows).Sum(i => Enumerable.Range(0, cols).Sum(j => e[i, j])); //~ LG0002
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++) e[i, j] /= total;
            }

            static void Exps(double[,] x, double[,] e, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++) m = Math.Max(m, x[i, j]);
                    for (int j = 0; j < cols; j++) e[i, j] = Math.Exp(x[i, j] - m);
                }

                Softmax(e, rows, cols);
            }
        }
        """);

    [Fact]
    public Task RangeIndex_SumOverOneRow_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(double[,] x, double[,] e, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++) m = Math.Max(m, x[i, j]);
                    for (int j = 0; j < cols; j++) e[i, j] = Math.Exp(x[i, j] - m);
                    double s = Enumerable.Range(0, cols).Sum(j => e[i, j]);
                    for (int j = 0; j < cols; j++) e[i, j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task RangeIndex_NestedMaxOverBothDimensions() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[,] x, float[,] y, int rows, int cols)
            {
                float m = Enumerable.Range(0, rows).Max(i => Enumerable.Range(0, cols).Max(j => x[i, j])); //~ LG0001
                for (int i = 0; i < rows; i++)
                {
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i, j] = MathF.Exp(x[i, j] - m); s += y[i, j]; }
                    for (int j = 0; j < cols; j++) y[i, j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task RangeIndex_MaxOverOneFlatRow_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                for (int i = 0; i < rows; i++)
                {
                    float m = Enumerable.Range(0, cols).Max(j => x[i * cols + j]);
                    float s = 0;
                    for (int j = 0; j < cols; j++) { y[i * cols + j] = MathF.Exp(x[i * cols + j] - m); s += y[i * cols + j]; }
                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task Aggregate_SumOverBatch() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[][] Softmax(double[][] batch)
            {
                var e = new double[batch.Length][];
                for (int r = 0; r < batch.Length; r++)
                {
                    double m = batch[r].Max();
                    e[r] = new double[batch[r].Length];
                    for (int j = 0; j < e[r].Length; j++) e[r][j] = Math.Exp(batch[r][j] - m);
                }

                double total = e.Aggregate(0.0, (s, row) => s + row.Sum()); //~ LG0002
                for (int r = 0; r < e.Length; r++)
                    for (int j = 0; j < e[r].Length; j++) e[r][j] /= total;
                return e;
            }
        }
        """);

    [Fact]
    public Task Aggregate_SumPerRow_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[][] Softmax(double[][] batch)
            {
                var e = new double[batch.Length][];
                for (int r = 0; r < batch.Length; r++)
                {
                    double m = batch[r].Max();
                    e[r] = new double[batch[r].Length];
                    for (int j = 0; j < e[r].Length; j++) e[r][j] = Math.Exp(batch[r][j] - m);
                    double s = e[r].Aggregate(0.0, (acc, v) => acc + v);
                    for (int j = 0; j < e[r].Length; j++) e[r][j] /= s;
                }

                return e;
            }
        }
        """);

    [Fact]
    public Task Aggregate_MaxAndSumPerRow_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[][] Softmax(double[][] batch)
            {
                var result = new double[batch.Length][];
                for (int r = 0; r < batch.Length; r++)
                {
                    double m = batch[r].Aggregate(double.NegativeInfinity, (acc, v) => Math.Max(acc, v));
                    double[] e = batch[r].Select(v => Math.Exp(v - m)).ToArray();
                    double s = e.Aggregate(0.0, (acc, v) => acc + v);
                    result[r] = e.Select(v => v / s).ToArray();
                }

                return result;
            }
        }
        """);

    [Fact]
    public Task Aggregate_MethodGroupMaxOverFlattenedBatch() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[][] Softmax(double[][] batch)
            {
                double m = batch.SelectMany(row => row).Aggregate(double.NegativeInfinity, Math.Max); //~ LG0001
                var result = new double[batch.Length][];
                for (int r = 0; r < batch.Length; r++)
                {
                    double[] e = batch[r].Select(v => Math.Exp(v - m)).ToArray();
                    double s = e.Sum();
                    result[r] = e.Select(v => v / s).ToArray();
                }

                return result;
            }
        }
        """);

    /// <summary>Compiles <paramref name="source"/> (unsafe allowed) and asserts exactly its <c>//~</c> markers, and no AD0001.</summary>
    private static Task AssertMarkedAsync(string source) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
