// Idiom: online (streaming) softmax, Milakov & Gimelshein 2018 ("Online normalizer calculation for softmax"): one pass
// keeps a running max and a running sum that is rescaled by exp(oldMax - newMax) whenever the max grows; a second pass
// writes the probabilities. Use: classifier outputs of a batch. Layout: row-major double[batch, classes].
// Correct: the running max and the rescaled running sum both restart at every row.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Two-pass online softmax over the rows of a batch.</summary>
public static class OnlineStreamingRows
{
    /// <summary>Writes softmax(logits[b, :]) into probabilities[b, :] for every row b.</summary>
    public static void Forward(double[,] logits, double[,] probabilities)
    {
        int batch = logits.GetLength(0), classes = logits.GetLength(1);
        for (int b = 0; b < batch; b++)
        {
            double runningMax = double.NegativeInfinity;
            double runningSum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                double x = logits[b, c];
                if (x > runningMax)
                {
                    // The new element becomes the reference: rescale what was summed so far, then add exp(0).
                    runningSum = runningSum * Math.Exp(runningMax - x) + 1.0;
                    runningMax = x;
                }
                else
                {
                    runningSum += Math.Exp(x - runningMax);
                }
            }

            for (int c = 0; c < classes; c++)
            {
                probabilities[b, c] = Math.Exp(logits[b, c] - runningMax) / runningSum;
            }
        }
    }
}
