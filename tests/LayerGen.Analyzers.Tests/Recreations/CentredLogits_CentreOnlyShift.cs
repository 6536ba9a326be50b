// Bug variants: the logits are centred by a per-class statistic (a running mean, a class prior, a batch mean) and the
// centring is taken for the stabilising shift. A centre c[k] indexed by the softmax axis is one number per class, not
// per slice: exp(x[b, k] - c[k]) still overflows once one logit lies ~88 (float) or ~709 (double) above its class's
// centre, and the division no longer even cancels it (it changes the distribution). LG0003 at each exp.
// Source: DINO teacher centring (Caron et al. 2021, facebookresearch/dino `DINOLoss`), logit adjustment by a class
// prior (Menon et al. 2021), feature centring before a temperature softmax in self-distillation code.
// Layouts: jagged float[][] with an EMA centre updated after the softmax; column-major double[classes, batch] with a
// per-class mean computed in the method; flat ReadOnlySpan<float> rows with a log-prior copied into a local; a
// List<double[]> with the centre read through a property.
using System;
using System.Collections.Generic;

namespace Recreations.CentredLogitsCentreOnlyShift;

public sealed class CentreOnly
{
    public float[] Centre { get; } = new float[8];

    public static void JaggedEmaCentre(float[][] teacher, float[] centre, float tau, float momentum, float[][] target)
    {
        for (int b = 0; b < teacher.Length; b++)
        {
            float z = 0f;
            for (int k = 0; k < teacher[b].Length; k++)
            {
                target[b][k] = MathF.Exp((teacher[b][k] - centre[k]) / tau); //~ LG0003
                z += target[b][k];
            }

            for (int k = 0; k < teacher[b].Length; k++)
                target[b][k] /= z;
        }

        for (int k = 0; k < centre.Length; k++)
        {
            float mean = 0f;
            for (int b = 0; b < teacher.Length; b++)
                mean += teacher[b][k];
            centre[k] = momentum * centre[k] + (1f - momentum) * mean / teacher.Length;
        }
    }

    public static void ColumnMajorClassMean(double[,] scores, double[,] probabilities)
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
            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                probabilities[c, n] = Math.Exp(scores[c, n] - mean[c]); //~ LG0003
                total += probabilities[c, n];
            }

            for (int c = 0; c < classes; c++)
                probabilities[c, n] /= total;
        }
    }

    public static void FlatRowsLogPrior(ReadOnlySpan<float> logits, ReadOnlySpan<float> logPrior, Span<float> probabilities, int cols)
    {
        for (int r = 0; r < logits.Length / cols; r++)
        {
            float sum = 0f;
            for (int k = 0; k < cols; k++)
            {
                float prior = logPrior[k];
                probabilities[r * cols + k] = MathF.Exp(logits[r * cols + k] - prior); //~ LG0003
                sum += probabilities[r * cols + k];
            }

            for (int k = 0; k < cols; k++)
                probabilities[r * cols + k] /= sum;
        }
    }

    public void ListRowsMemberCentre(List<float[]> rows, float tau, List<float[]> output)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            float sum = 0f;
            for (int k = 0; k < rows[i].Length; k++)
            {
                output[i][k] = MathF.Exp((rows[i][k] - Centre[k]) / tau); //~ LG0003
                sum += output[i][k];
            }

            for (int k = 0; k < rows[i].Length; k++)
                output[i][k] /= sum;
        }
    }
}
