// Correct twins of CentredLogits_CentreOnlyShift: the centre (or prior) is part of the exponentiated value and the
// shift is each slice's maximum of the centred values, or a per-slice number read with the slice's index. Every
// exponent is ≤ 0 with one 0 per slice (or the per-slice maximum passed in is trusted as one).
// Source: DINO's teacher softmax as written with the row max (`(t - c) / tau` then a stable softmax), logit-adjusted
// classifiers, per-row maxima computed by a previous pass.
// Layouts: jagged float[][] with the max of (t − c) per row; column-major double[classes, batch] with the class mean
// and the column max of the adjusted scores; flat span rows with a per-row maximum buffer passed in; List<float[]>
// rows with the prior and the row max both subtracted.
using System;
using System.Collections.Generic;

namespace Recreations.CentredLogitsCentreAndMax;

public static class CentreAndMax
{
    public static void JaggedCentredMax(float[][] teacher, float[] centre, float tau, float[][] target)
    {
        for (int b = 0; b < teacher.Length; b++)
        {
            float top = float.NegativeInfinity;
            for (int k = 0; k < teacher[b].Length; k++)
                top = MathF.Max(top, teacher[b][k] - centre[k]);

            float z = 0f;
            for (int k = 0; k < teacher[b].Length; k++)
            {
                target[b][k] = MathF.Exp((teacher[b][k] - centre[k] - top) / tau);
                z += target[b][k];
            }

            for (int k = 0; k < teacher[b].Length; k++)
                target[b][k] /= z;
        }
    }

    public static void ColumnMajorMeanAndMax(double[,] scores, double[,] probabilities)
    {
        int classes = scores.GetLength(0);
        int batch = scores.GetLength(1);
        var mean = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            for (int n = 0; n < batch; n++)
                mean[c] += scores[c, n];
            mean[c] /= batch;
        }

        for (int n = 0; n < batch; n++)
        {
            double peak = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                if (scores[c, n] - mean[c] > peak) peak = scores[c, n] - mean[c];

            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                probabilities[c, n] = Math.Exp(scores[c, n] - mean[c] - peak);
                total += probabilities[c, n];
            }

            for (int c = 0; c < classes; c++)
                probabilities[c, n] /= total;
        }
    }

    public static void FlatRowsRowMaxima(ReadOnlySpan<float> logits, ReadOnlySpan<float> rowMax, Span<float> probabilities, int cols)
    {
        for (int r = 0; r < logits.Length / cols; r++)
        {
            float sum = 0f;
            for (int k = 0; k < cols; k++)
            {
                probabilities[r * cols + k] = MathF.Exp(logits[r * cols + k] - rowMax[r]);
                sum += probabilities[r * cols + k];
            }

            for (int k = 0; k < cols; k++)
                probabilities[r * cols + k] /= sum;
        }
    }

    public static void ListRowsPriorAndMax(List<float[]> rows, float[] logPrior, List<float[]> output)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            float best = float.NegativeInfinity;
            for (int k = 0; k < rows[i].Length; k++)
                best = MathF.Max(best, rows[i][k] + logPrior[k]);

            float sum = 0f;
            for (int k = 0; k < rows[i].Length; k++)
            {
                output[i][k] = MathF.Exp(rows[i][k] + logPrior[k] - best);
                sum += output[i][k];
            }

            for (int k = 0; k < rows[i].Length; k++)
                output[i][k] /= sum;
        }
    }
}
