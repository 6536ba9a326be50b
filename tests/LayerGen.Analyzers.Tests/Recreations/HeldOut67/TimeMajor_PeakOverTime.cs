// Idiom: time-major decoder logits [time, batch, vocab] in one flat buffer; the author precomputes a peak per
// (batch, token) over all time steps ("the largest logit this token ever gets") and then normalises each step's vocab.
// Layout: flat double[t * b * v], element (t, b, k) at (t * batch + b) * vocab + k; softmax over k.
// Bug LG0004: the max runs over time (per batch and token), the sum over the vocabulary of one step.
using System;

namespace HeldOut67.TimeMajor_PeakOverTime;

public static class CtcOutputs
{
    public static double[] Softmax(double[] logits, int steps, int batch, int vocab)
    {
        var peak = new double[batch * vocab];
        Array.Fill(peak, double.NegativeInfinity);
        for (int t = 0; t < steps; t++)
        {
            for (int i = 0; i < batch * vocab; i++)
            {
                peak[i] = Math.Max(peak[i], logits[t * batch * vocab + i]); //~ LG0004
            }
        }

        var probs = new double[logits.Length];
        for (int t = 0; t < steps; t++)
        {
            for (int b = 0; b < batch; b++)
            {
                int row = (t * batch + b) * vocab;
                double z = 0.0;
                for (int k = 0; k < vocab; k++)
                {
                    probs[row + k] = Math.Exp(logits[row + k] - peak[b * vocab + k]);
                    z += probs[row + k];
                }

                for (int k = 0; k < vocab; k++)
                {
                    probs[row + k] /= z;
                }
            }
        }

        return probs;
    }
}
