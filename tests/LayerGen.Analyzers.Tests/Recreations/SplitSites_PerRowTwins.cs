// gaps36: correct twins of SplitSites_OneReportPerBug: the vector sum and its scalar tail per row, the pair-unrolled
// loop with its tail and the two halves with the sum reset per row, the start logits shifted by each question's own
// maximum in both exps, and a two-logit softmax per pair shifted by the pair's maximum.
// Layouts: flat float[] / double[] [rows, cols]; double[,] start logits; flat double[] pairs.
// Correct: every row (question, pair) is shifted by its own maximum and divided by its own sum.
using System;
using System.Runtime.Intrinsics;

namespace Recreations.SplitSitesPerRowTwins;

public static class PerRowTwins
{
    public static void VectorSumWithTailPerRow(float[] data, int cols)
    {
        for (int start = 0; start < data.Length; start += cols)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) max = MathF.Max(max, data[start + c]);
            for (int c = 0; c < cols; c++) data[start + c] = MathF.Exp(data[start + c] - max);
            var acc = Vector128<float>.Zero;
            int i = 0;
            for (; i <= cols - Vector128<float>.Count; i += Vector128<float>.Count)
                acc += Vector128.Create((ReadOnlySpan<float>)data.AsSpan(start + i, Vector128<float>.Count));
            float total = Vector128.Sum(acc);
            for (; i < cols; i++)
                total += data[start + i];
            for (int k = 0; k < cols; k++) data[start + k] /= total;
        }
    }

    public static void UnrolledPairsWithTailPerRow(double[] x, int rows, int cols, double[] y)
    {
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = Math.Max(m, x[r * cols + c]);
            double z = 0;
            int j = 0;
            for (; j + 1 < cols; j += 2)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                y[r * cols + j + 1] = Math.Exp(x[r * cols + j + 1] - m);
                z += y[r * cols + j] + y[r * cols + j + 1];
            }

            for (; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                z += y[r * cols + j];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
        }
    }

    public static void TwoHalvesPerRow(double[] x, int rows, int cols, double[] y)
    {
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = Math.Max(m, x[r * cols + c]);
            double z = 0;
            int j;
            for (j = 0; j < cols / 2; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                z += y[r * cols + j];
            }

            for (j = cols / 2; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                z += y[r * cols + j];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
        }
    }

    public static double[,] ShiftedStartLogitsTwice(double[,] startLogits)
    {
        int questions = startLogits.GetLength(0), tokens = startLogits.GetLength(1);
        var probs = new double[questions, tokens];
        for (int q = 0; q < questions; q++)
        {
            double m = double.NegativeInfinity;
            for (int t = 0; t < tokens; t++) m = Math.Max(m, startLogits[q, t]);
            double z = 0;
            for (int t = 0; t < tokens; t++) z += Math.Exp(startLogits[q, t] - m);
            for (int t = 0; t < tokens; t++) probs[q, t] = Math.Exp(startLogits[q, t] - m) / z;
        }

        return probs;
    }

    public static void ShiftedPairs(double[] x, double[] y)
    {
        for (int c = 0; c + 1 < x.Length; c += 2)
        {
            double m = Math.Max(x[c], x[c + 1]);
            double z = Math.Exp(x[c] - m) + Math.Exp(x[c + 1] - m);
            y[c] = Math.Exp(x[c] - m) / z;
            y[c + 1] = Math.Exp(x[c + 1] - m) / z;
        }
    }
}
