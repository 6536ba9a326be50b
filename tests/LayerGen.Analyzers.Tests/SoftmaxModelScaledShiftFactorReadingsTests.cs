using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Branch scaledshift2: the readings <see cref="ScaledShiftFactorTests"/> left open. A scale read from other data
/// (<c>beta[j]</c>, <c>1 / (R * T[j])</c>, <c>cfg.Beta</c>) is not the softmax's data, so an LG0001 message names the
/// logits; a temperature read through a pinned pointer is a scale like the array element it reads; the product
/// distributed over the difference (<c>-beta[j] * g[i, j] + beta[j] * gMin</c>) is the scaled difference; a maximum
/// behind an array temperature is judged as any maximum; a factor that varies along the softmax axis
/// (<c>w[r, c] * (x[r, c] - m)</c>) is no scale of the shift. Every buggy snippet has a correct twin; numbers in the
/// comments are what the code computes for the input that breaks it.
/// </summary>
public class SoftmaxModelScaledShiftFactorReadingsTests
{
    // ---- 1. The message names the logits, never the scale ----

    [Fact]
    public Task Message_BetaArrayBeforeLogits_NamesLogits() => AssertMarkedWithBufferAsync("g", """
        using System;
        static class S
        {
            static void P(double[,] g, double[] beta, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                double gMin = double.PositiveInfinity;
                foreach (double v in g) gMin = Math.Min(gMin, v); //~ LG0001
                for (int j = 0; j < nT; j++)
                {
                    // column j offset by +1000: every exponent ≈ -1000·beta[j], q = 0, p = 0/0 = NaN
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-beta[j] * (g[i, j] - gMin)); q += p[i, j]; }
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Message_ConfigRecordScale_NamesLogits() => AssertMarkedWithBufferAsync("z", """
        using System;
        sealed record Config(double Beta);
        static class S
        {
            static void P(double[,] z, Config cfg, double[,] p)
            {
                int levels = z.GetLength(0), nT = z.GetLength(1);
                double zMin = double.PositiveInfinity;
                for (int a = 0; a < levels; a++)
                    for (int b = 0; b < nT; b++)
                        zMin = Math.Min(zMin, z[a, b]); //~ LG0001
                for (int j = 0; j < nT; j++)
                {
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-cfg.Beta * (z[i, j] - zMin)); q += p[i, j]; }
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Message_TemperatureQuotientJagged_NamesLogits() => AssertMarkedWithBufferAsync("u", """
        using System;
        static class S
        {
            static void P(float[][] u, float[] kT, float[][] p)
            {
                float uMin = float.PositiveInfinity;
                foreach (var row in u)
                    foreach (var v in row)
                        uMin = MathF.Min(uMin, v); //~ LG0001
                for (int t = 0; t < u.Length; t++)
                {
                    float z = 0;
                    for (int i = 0; i < u[t].Length; i++) { p[t][i] = MathF.Exp(-(u[t][i] - uMin) / kT[t]); z += p[t][i]; }
                    for (int i = 0; i < u[t].Length; i++) p[t][i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Message_ConditionPropertyDivisor_NamesLogits() => AssertMarkedWithBufferAsync("g", """
        using System;
        sealed record Condition(double Temperature);
        static class S
        {
            static void P(double[,] g, Condition[] conditions, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                double gRef = double.PositiveInfinity;
                foreach (double v in g) gRef = Math.Min(gRef, v); //~ LG0001
                for (int j = 0; j < nT; j++)
                {
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-(g[i, j] - gRef) / (8.314 * conditions[j].Temperature)); q += p[i, j]; }
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Message_PerColumnMinBetaArray_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] g, double[] beta, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                for (int j = 0; j < nT; j++)
                {
                    double gMin = double.PositiveInfinity;
                    for (int i = 0; i < levels; i++) gMin = Math.Min(gMin, g[i, j]);
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-beta[j] * (g[i, j] - gMin)); q += p[i, j]; }
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    // ---- 3. A maximum behind an array temperature ----

    [Fact]
    public Task Max_ClassesByTemperatures_WholeTableMax_Reported() => AssertMarkedWithBufferAsync("x", """
        using System;
        static class S
        {
            static void P(double[,] x, double[] T, double[,] p)
            {
                int classes = x.GetLength(0), nT = x.GetLength(1);
                double xMax = double.NegativeInfinity;
                foreach (double v in x) xMax = Math.Max(xMax, v); //~ LG0001
                for (int j = 0; j < nT; j++)
                {
                    // column j 1000 below the table's max: every exponent ≈ -1000 / T[j], q = 0, NaN
                    double q = 0;
                    for (int i = 0; i < classes; i++) { p[i, j] = Math.Exp((x[i, j] - xMax) / T[j]); q += p[i, j]; }
                    for (int i = 0; i < classes; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Max_ClassesByTemperatures_PerColumnMax_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] x, double[] T, double[,] p)
            {
                int classes = x.GetLength(0), nT = x.GetLength(1);
                for (int j = 0; j < nT; j++)
                {
                    double xMax = double.NegativeInfinity;
                    for (int i = 0; i < classes; i++) xMax = Math.Max(xMax, x[i, j]);
                    double q = 0;
                    for (int i = 0; i < classes; i++) { p[i, j] = Math.Exp((x[i, j] - xMax) / T[j]); q += p[i, j]; }
                    for (int i = 0; i < classes; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Max_TemperaturesByClasses_WholeTableMax_Reported() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(float[,] x, float[] T, float[,] p)
            {
                int nT = x.GetLength(0), classes = x.GetLength(1);
                float xMax = float.NegativeInfinity;
                for (int a = 0; a < nT; a++)
                    for (int b = 0; b < classes; b++)
                        xMax = MathF.Max(xMax, x[a, b]); //~ LG0001
                for (int i = 0; i < nT; i++)
                {
                    float q = 0;
                    for (int j = 0; j < classes; j++) { p[i, j] = MathF.Exp((x[i, j] - xMax) / T[i]); q += p[i, j]; }
                    for (int j = 0; j < classes; j++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Max_TemperaturesByClasses_PerRowMax_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(float[,] x, float[] T, float[,] p)
            {
                int nT = x.GetLength(0), classes = x.GetLength(1);
                for (int i = 0; i < nT; i++)
                {
                    float xMax = float.NegativeInfinity;
                    for (int j = 0; j < classes; j++) xMax = MathF.Max(xMax, x[i, j]);
                    float q = 0;
                    for (int j = 0; j < classes; j++) { p[i, j] = MathF.Exp((x[i, j] - xMax) / T[i]); q += p[i, j]; }
                    for (int j = 0; j < classes; j++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Max_FlatStrided_WholeSpanMax_InverseTemperature_Reported() => AssertMarkedWithBufferAsync("x", """
        using System;
        static class S
        {
            static void P(ReadOnlySpan<double> x, int rows, int n, double[] invT, Span<double> p)
            {
                double xMax = double.NegativeInfinity;
                for (int k = 0; k < rows * n; k++)
                    xMax = Math.Max(xMax, x[k]); //~ LG0001
                for (int r = 0; r < rows; r++)
                {
                    double z = 0;
                    for (int i = 0; i < n; i++) { p[r * n + i] = Math.Exp(invT[r] * (x[r * n + i] - xMax)); z += p[r * n + i]; }
                    for (int i = 0; i < n; i++) p[r * n + i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Max_FlatStrided_PerRowMax_InverseTemperature_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(ReadOnlySpan<double> x, int rows, int n, double[] invT, Span<double> p)
            {
                for (int r = 0; r < rows; r++)
                {
                    double xMax = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) xMax = Math.Max(xMax, x[r * n + i]);
                    double z = 0;
                    for (int i = 0; i < n; i++) { p[r * n + i] = Math.Exp(invT[r] * (x[r * n + i] - xMax)); z += p[r * n + i]; }
                    for (int i = 0; i < n; i++) p[r * n + i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Max_ListOfRows_LinqWholeMax_Reported() => AssertMarkedAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class S
        {
            static void P(List<double[]> x, double[] T, List<double[]> p)
            {
                double xMax = x.SelectMany(row => row).Max(); //~ LG0001
                for (int t = 0; t < x.Count; t++)
                {
                    double z = 0;
                    for (int i = 0; i < x[t].Length; i++) { p[t][i] = Math.Exp((x[t][i] - xMax) / T[t]); z += p[t][i]; }
                    for (int i = 0; i < x[t].Length; i++) p[t][i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Max_ListOfRows_LinqRowMax_Silent() => AssertMarkedAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        static class S
        {
            static void P(List<double[]> x, double[] T, List<double[]> p)
            {
                for (int t = 0; t < x.Count; t++)
                {
                    double xMax = x[t].Max();
                    double z = 0;
                    for (int i = 0; i < x[t].Length; i++) { p[t][i] = Math.Exp((x[t][i] - xMax) / T[t]); z += p[t][i]; }
                    for (int i = 0; i < x[t].Length; i++) p[t][i] /= z;
                }
            }
        }
        """);

    // ---- 4. A temperature read through a pinned pointer ----

    [Fact]
    public Task Pointer_IndexedTemperature_WholeTableMin_Reported() => AssertMarkedWithBufferAsync("g", """
        using System;
        static unsafe class S
        {
            const double R = 0.0019872041;
            static void P(double[,] g, double[] temperatures, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                double gRef = double.PositiveInfinity;
                foreach (double v in g) gRef = Math.Min(gRef, v); //~ LG0001
                fixed (double* pT = temperatures)
                {
                    for (int j = 0; j < nT; j++)
                    {
                        double q = 0;
                        for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-(g[i, j] - gRef) / (R * pT[j])); q += p[i, j]; }
                        for (int i = 0; i < levels; i++) p[i, j] /= q;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Pointer_DereferencedBeta_WholeTableMin_Reported() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            static void P(double[][] e, double[] beta, double[][] p)
            {
                double eMin = double.PositiveInfinity;
                foreach (var row in e)
                    foreach (var v in row)
                        eMin = Math.Min(eMin, v); //~ LG0001
                fixed (double* pb = beta)
                {
                    for (int t = 0; t < e.Length; t++)
                    {
                        double z = 0;
                        for (int i = 0; i < e[t].Length; i++) { p[t][i] = Math.Exp(-*(pb + t) * (e[t][i] - eMin)); z += p[t][i]; }
                        for (int i = 0; i < e[t].Length; i++) p[t][i] /= z;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Pointer_IndexedTemperature_PerColumnMin_Silent() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            const double R = 0.0019872041;
            static void P(double[,] g, double[] temperatures, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                fixed (double* pT = temperatures)
                {
                    for (int j = 0; j < nT; j++)
                    {
                        double gRef = double.PositiveInfinity;
                        for (int i = 0; i < levels; i++) gRef = Math.Min(gRef, g[i, j]);
                        double q = 0;
                        for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-(g[i, j] - gRef) / (R * pT[j])); q += p[i, j]; }
                        for (int i = 0; i < levels; i++) p[i, j] /= q;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Pointer_LogitsThemselves_NotAScale_Silent() => AssertMarkedAsync("""
        using System;
        static unsafe class S
        {
            static void P(double[] g, int levels, int nT, double[] p)
            {
                double gRef = double.PositiveInfinity;
                foreach (double v in g) gRef = Math.Min(gRef, v);
                fixed (double* pg = g)
                {
                    for (int j = 0; j < nT; j++)
                    {
                        double q = 0;
                        for (int i = 0; i < levels; i++) { p[i * nT + j] = Math.Exp(-pg[j] * (pg[i * nT + j] - gRef)); q += p[i * nT + j]; }
                        for (int i = 0; i < levels; i++) p[i * nT + j] /= q;
                    }
                }
            }
        }
        """);

    // ---- 5. The scale distributed over the difference ----

    [Fact]
    public Task Distributed_WholeTableMin_Reported() => AssertMarkedWithBufferAsync("g", """
        using System;
        static class S
        {
            static void P(double[,] g, double[] beta, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                double gMin = double.PositiveInfinity;
                foreach (double v in g) gMin = Math.Min(gMin, v); //~ LG0001
                for (int j = 0; j < nT; j++)
                {
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-beta[j] * g[i, j] + beta[j] * gMin); q += p[i, j]; }
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Distributed_PerColumnMin_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] g, double[] beta, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                for (int j = 0; j < nT; j++)
                {
                    // exponents beta[j]·(gMin - g) ≤ 0, one of them 0: q ≥ 1 for any offset
                    double gMin = double.PositiveInfinity;
                    for (int i = 0; i < levels; i++) gMin = Math.Min(gMin, g[i, j]);
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-beta[j] * g[i, j] + beta[j] * gMin); q += p[i, j]; }
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Distributed_QuotientsMinFirst_RowMajor_WholeMin_Reported() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(float[,] e, float[] kT, float[,] p)
            {
                int rows = e.GetLength(0), n = e.GetLength(1);
                float eMin = float.PositiveInfinity;
                for (int a = 0; a < rows; a++)
                    for (int b = 0; b < n; b++)
                        eMin = MathF.Min(eMin, e[a, b]); //~ LG0001
                for (int r = 0; r < rows; r++)
                {
                    float z = 0;
                    for (int i = 0; i < n; i++) { p[r, i] = MathF.Exp(eMin / kT[r] - e[r, i] / kT[r]); z += p[r, i]; }
                    for (int i = 0; i < n; i++) p[r, i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Distributed_QuotientsMinFirst_RowMajor_PerRowMin_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(float[,] e, float[] kT, float[,] p)
            {
                int rows = e.GetLength(0), n = e.GetLength(1);
                for (int r = 0; r < rows; r++)
                {
                    float eMin = float.PositiveInfinity;
                    for (int i = 0; i < n; i++) eMin = MathF.Min(eMin, e[r, i]);
                    float z = 0;
                    for (int i = 0; i < n; i++) { p[r, i] = MathF.Exp(eMin / kT[r] - e[r, i] / kT[r]); z += p[r, i]; }
                    for (int i = 0; i < n; i++) p[r, i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Distributed_FactorOnTheRight_Jagged_WholeMin_Reported() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[][] e, double[] beta, double[][] p)
            {
                double eMin = double.PositiveInfinity;
                for (int a = 0; a < e.Length; a++)
                    for (int b = 0; b < e[a].Length; b++)
                        eMin = Math.Min(eMin, e[a][b]); //~ LG0001
                for (int t = 0; t < e.Length; t++)
                {
                    double z = 0;
                    for (int i = 0; i < e[t].Length; i++) { p[t][i] = Math.Exp(eMin * beta[t] - e[t][i] * beta[t]); z += p[t][i]; }
                    for (int i = 0; i < e[t].Length; i++) p[t][i] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task Distributed_SameSign_IsASum_StillLG0003() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] g, double[] beta, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                double gMin = double.PositiveInfinity;
                foreach (double v in g) gMin = Math.Min(gMin, v);
                for (int j = 0; j < nT; j++)
                {
                    // beta·(g + gMin) grows with the data: g = 1000 overflows (exp(2000·beta) = ∞, ∞/∞ = NaN)
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(beta[j] * g[i, j] + beta[j] * gMin); q += p[i, j]; } //~ LG0003
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    [Fact]
    public Task Distributed_OtherIndexPerTerm_NotOneFactor_NotReadAsShift() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] g, double[] beta, double[,] p)
            {
                int levels = g.GetLength(0), nT = g.GetLength(1);
                double gMin = double.PositiveInfinity;
                foreach (double v in g) gMin = Math.Min(gMin, v);
                for (int j = 0; j < nT; j++)
                {
                    // beta[j]·g versus beta[0]·gMin: no common factor, no difference the minimum bounds
                    double q = 0;
                    for (int i = 0; i < levels; i++) { p[i, j] = Math.Exp(-beta[j] * g[i, j] + beta[0] * gMin); q += p[i, j]; } //~ LG0003
                    for (int i = 0; i < levels; i++) p[i, j] /= q;
                }
            }
        }
        """);

    // ---- A factor that varies along the softmax axis is no scale of the shift ----

    [Fact]
    public Task AlongAxis_WeightMatrixTimesWholeMinDifference_NotJudgedAsScaledShift_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] e, double[,] w, double[,] p)
            {
                int rows = e.GetLength(0), n = e.GetLength(1);
                double eMin = double.PositiveInfinity;
                foreach (double v in e) eMin = Math.Min(eMin, v);
                for (int r = 0; r < rows; r++)
                {
                    // exp(-w·(e - eMin)) = exp(-w·e)·exp(w·eMin): eMin does not cancel, and with w = [1, -1] on e = [0, 1000]
                    // the exponent reaches +1000 whichever extreme is taken; no shift rule describes it
                    double z = 0;
                    for (int c = 0; c < n; c++) { p[r, c] = Math.Exp(-w[r, c] * (e[r, c] - eMin)); z += p[r, c]; }
                    for (int c = 0; c < n; c++) p[r, c] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task AlongAxis_PerClassWeightVector_WholeMin_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] e, double[] classWeight, double[,] p)
            {
                int rows = e.GetLength(0), n = e.GetLength(1);
                double eMin = double.PositiveInfinity;
                foreach (double v in e) eMin = Math.Min(eMin, v);
                for (int r = 0; r < rows; r++)
                {
                    double z = 0;
                    for (int c = 0; c < n; c++) { p[r, c] = Math.Exp(-classWeight[c] * (e[r, c] - eMin)); z += p[r, c]; }
                    for (int c = 0; c < n; c++) p[r, c] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task AlongAxis_WeightMatrixTimesWholeMaxDifference_MaxStillJudged_Reported() => AssertMarkedWithBufferAsync("x", """
        using System;
        static class S
        {
            static void P(double[,] x, double[,] w, double[,] p)
            {
                int rows = x.GetLength(0), n = x.GetLength(1);
                double m = double.NegativeInfinity;
                foreach (double v in x) m = Math.Max(m, v); //~ LG0001
                for (int r = 0; r < rows; r++)
                {
                    // row r 1000 below the table's max, w = 1: every exponent ≈ -1000, z = 0, NaN
                    double z = 0;
                    for (int c = 0; c < n; c++) { p[r, c] = Math.Exp(w[r, c] * (x[r, c] - m)); z += p[r, c]; }
                    for (int c = 0; c < n; c++) p[r, c] /= z;
                }
            }
        }
        """);

    [Fact]
    public Task AlongAxis_PerSliceTemperatureColumn_StillAScale_Reported() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void P(double[,] e, double[,] kT, double[,] p)
            {
                int rows = e.GetLength(0), n = e.GetLength(1);
                double eMin = double.PositiveInfinity;
                foreach (double v in e) eMin = Math.Min(eMin, v); //~ LG0001
                for (int r = 0; r < rows; r++)
                {
                    // kT[r, 0] is constant along c: a per-row temperature; row r 1000 above the minimum gives z = 0, NaN
                    double z = 0;
                    for (int c = 0; c < n; c++) { p[r, c] = Math.Exp(-(e[r, c] - eMin) / kT[r, 0]); z += p[r, c]; }
                    for (int c = 0; c < n; c++) p[r, c] /= z;
                }
            }
        }
        """);

    private static Task AssertMarkedAsync(string source) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    /// <summary>The markers, and every LG0001 message names <paramref name="buffer"/> as the softmax's data.</summary>
    private static async Task AssertMarkedWithBufferAsync(string buffer, string source)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source));
        Assert.All(diagnostics.Where(diagnostic => diagnostic.Id == "LG0001"), diagnostic =>
            Assert.StartsWith($"Softmax of '{buffer}' ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
