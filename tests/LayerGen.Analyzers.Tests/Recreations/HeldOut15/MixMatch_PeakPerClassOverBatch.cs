// HeldOut15 — MixMatch_PeakPerClassOverBatch
// Source: MixMatch label guessing (Berthelot et al. 2019), with the augmentations stacked.
// Layout: logits double[augmentations, examples, classes] (rank 3); softmax over the classes.
// Bug (LG0004): the shift is each (augmentation, class)'s peak over the examples of the batch, while
// the sum runs over the classes of each example.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class MixMatch_PeakPerClassOverBatch
{
    /// <summary>Sharpened guessed label distributions [examples, classes].</summary>
    public static double[,] Guess(double[,,] logits, double temperature)
    {
        int augs = logits.GetLength(0), n = logits.GetLength(1), classes = logits.GetLength(2);
        var classPeak = new double[augs, classes];
        for (int a = 0; a < augs; a++)
            for (int c = 0; c < classes; c++)
            {
                classPeak[a, c] = double.NegativeInfinity;
                for (int i = 0; i < n; i++) classPeak[a, c] = Math.Max(classPeak[a, c], logits[a, i, c]); //~ LG0004
            }

        var mean = new double[n, classes];
        var e = new double[classes];
        for (int a = 0; a < augs; a++)
            for (int i = 0; i < n; i++)
            {
                double z = 0;
                for (int c = 0; c < classes; c++) z += e[c] = Math.Exp(logits[a, i, c] - classPeak[a, c]);
                for (int c = 0; c < classes; c++) mean[i, c] += e[c] / z / augs;
            }

        var guess = new double[n, classes];
        for (int i = 0; i < n; i++)
        {
            double total = 0;
            for (int c = 0; c < classes; c++) total += guess[i, c] = Math.Pow(mean[i, c], 1.0 / temperature);
            for (int c = 0; c < classes; c++) guess[i, c] /= total;
        }
        return guess;
    }
}
