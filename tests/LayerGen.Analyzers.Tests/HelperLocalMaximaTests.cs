using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A helper that folds its own maximum over its buffer parameters and subtracts it in its exps: the max is summarised
/// in the helper's parameter terms and translated at each call, like the helper's sum, so the caller's site sees it
/// as if the loops were written inline (LG0002 for a total beside a per-row max, LG0001 for a batch max beside
/// per-row sums, LG0003 for a max seeded at a finite constant; silent when both are per row).
/// </summary>
public class HelperLocalMaximaTests
{
    [Fact]
    public Task JaggedHelper_RowMaxWithOneTotal_IsATooWideSum() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[][] logits, double[][] probabilities)
            {
                var exps = new double[logits.Length][];
                double total = FillExps(logits, exps);
                for (int n = 0; n < logits.Length; n++)
                    for (int k = 0; k < logits[n].Length; k++)
                        probabilities[n][k] = exps[n][k] / total;
            }

            static double FillExps(double[][] logits, double[][] exps)
            {
                double total = 0;
                for (int n = 0; n < logits.Length; n++)
                {
                    exps[n] = new double[logits[n].Length];
                    double peak = double.NegativeInfinity;
                    for (int k = 0; k < logits[n].Length; k++) if (logits[n][k] > peak) peak = logits[n][k];
                    for (int k = 0; k < logits[n].Length; k++)
                    {
                        exps[n][k] = Math.Exp(logits[n][k] - peak);
                        {|LG0002:total += exps[n][k]|};
                    }
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task FlatHelper_RowMaxAndRowSum_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                for (int r = 0; r < rows; r++)
                {
                    float s = RowExps(x, y, r * cols, cols);
                    for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                }
            }

            static float RowExps(float[] x, float[] y, int offset, int count)
            {
                float m = float.MinValue;
                for (int c = 0; c < count; c++) m = MathF.Max(m, x[offset + c]);
                float s = 0f;
                for (int c = 0; c < count; c++) { y[offset + c] = MathF.Exp(x[offset + c] - m); s += y[offset + c]; }
                return s;
            }
        }
        """);

    [Fact]
    public Task RectangularHelper_BatchMaxWithRowSums_IsATooWideMax() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] e)
            {
                {|LG0001:Exponentiate(x, e)|};
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) sum += e[i, j];
                    for (int j = 0; j < x.GetLength(1); j++) e[i, j] /= sum;
                }
            }

            static void Exponentiate(float[,] x, float[,] e)
            {
                float top = float.NegativeInfinity;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        top = MathF.Max(top, x[i, j]);
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        e[i, j] = MathF.Exp(x[i, j] - top);
            }
        }
        """);

    [Fact]
    public Task RectangularHelper_RowMaxes_WithRowSums_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] e)
            {
                Exponentiate(x, e);
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) sum += e[i, j];
                    for (int j = 0; j < x.GetLength(1); j++) e[i, j] /= sum;
                }
            }

            static void Exponentiate(float[,] x, float[,] e)
            {
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float top = float.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++) top = MathF.Max(top, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++) e[i, j] = MathF.Exp(x[i, j] - top);
                }
            }
        }
        """);

    [Fact]
    public Task JaggedHelper_RowMaxSeededAtZero_IsNoShift() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[][] logits, double[][] probabilities)
            {
                for (int n = 0; n < logits.Length; n++)
                {
                    double s = {|LG0003:RowExps(logits[n], probabilities[n])|};
                    for (int k = 0; k < logits[n].Length; k++) probabilities[n][k] /= s;
                }
            }

            static double RowExps(double[] row, double[] exps)
            {
                double peak = 0;
                foreach (var v in row) peak = Math.Max(peak, v);
                double s = 0;
                for (int k = 0; k < row.Length; k++) { exps[k] = Math.Exp(row[k] - peak); s += exps[k]; }
                return s;
            }
        }
        """);
}
