// gaps36 (issue 8, one report per bug): one bug written at two sites, after HeldOut7's Vector256WholeBufferSum (a
// vectorised whole-buffer sum finished by a scalar tail). Each fold bug is reported once, at its first site; the other
// site is an additional location. Separate walks stay separate reports (a sum split into two halves, each loop with its
// own start). LG0003 stays one report per raw exp call (HeldOut's convention): BertQaRawStartLogits' exp computed again
// for the division is reported twice.
// Source shapes: hand-vectorised C# softmax kernels (Vector128/Vector256 sums with a scalar tail), unrolled-by-two row
// loops, BERT QA span scorers and NeuralLib-style `exp` then `exp / sum` loops.
// Layouts: flat float[] / double[] [rows, cols]; double[,] start logits; flat double[] pairs.
// Bugs: LG0002 ×4 (a vector sum over the whole buffer + its tail: one; a row loop unrolled by two + its tail, the sum
// never reset: one; two halves with their own starts, the sum never reset: two), LG0003 ×6 (each raw exp call).
using System;
using System.Runtime.Intrinsics;

namespace Recreations.SplitSitesOneReportPerBug;

public static class SplitSites
{
    public static void VectorSumWithTail(float[] data, int cols)
    {
        for (int start = 0; start < data.Length; start += cols)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) max = MathF.Max(max, data[start + c]);
            for (int c = 0; c < cols; c++) data[start + c] = MathF.Exp(data[start + c] - max);
        }

        var acc = Vector128<float>.Zero;
        int i = 0;
        for (; i <= data.Length - Vector128<float>.Count; i += Vector128<float>.Count)
            acc += Vector128.Create((ReadOnlySpan<float>)data.AsSpan(i, Vector128<float>.Count)); //~ LG0002
        float total = Vector128.Sum(acc);
        for (; i < data.Length; i++)
            total += data[i];
        for (int k = 0; k < data.Length; k++) data[k] /= total;
    }

    public static void UnrolledPairsWithTail(double[] x, int rows, int cols, double[] y)
    {
        double z = 0;
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = Math.Max(m, x[r * cols + c]);
            int j = 0;
            for (; j + 1 < cols; j += 2)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                y[r * cols + j + 1] = Math.Exp(x[r * cols + j + 1] - m);
                z += y[r * cols + j] + y[r * cols + j + 1]; //~ LG0002
            }

            for (; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                z += y[r * cols + j];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
        }
    }

    public static void TwoHalvesOwnStarts(double[] x, int rows, int cols, double[] y)
    {
        double z = 0;
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = Math.Max(m, x[r * cols + c]);
            int j;
            for (j = 0; j < cols / 2; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                z += y[r * cols + j]; //~ LG0002
            }

            for (j = cols / 2; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - m);
                z += y[r * cols + j]; //~ LG0002
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
        }
    }

    public static double[,] RawStartLogitsTwice(double[,] startLogits)
    {
        int questions = startLogits.GetLength(0), tokens = startLogits.GetLength(1);
        var probs = new double[questions, tokens];
        for (int q = 0; q < questions; q++)
        {
            double z = 0;
            for (int t = 0; t < tokens; t++) z += Math.Exp(startLogits[q, t]); //~ LG0003
            for (int t = 0; t < tokens; t++) probs[q, t] = Math.Exp(startLogits[q, t]) / z; //~ LG0003
        }

        return probs;
    }

    public static void RawNeighbourPairs(double[] x, double[] y)
    {
        double z = 0;
        for (int c = 0; c + 1 < x.Length; c += 2) z += Math.Exp(x[c]) + Math.Exp(x[c + 1]); //~ LG0003 LG0003
        for (int c = 0; c + 1 < x.Length; c += 2)
        {
            y[c] = Math.Exp(x[c]) / z; //~ LG0003
            y[c + 1] = Math.Exp(x[c + 1]) / z; //~ LG0003
        }
    }
}
