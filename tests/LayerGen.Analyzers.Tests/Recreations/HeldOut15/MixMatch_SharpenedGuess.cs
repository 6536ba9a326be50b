// HeldOut15 — MixMatch_SharpenedGuess
// Source: MixMatch label guessing (Berthelot et al. 2019; google-research/mixmatch,
// YU1ut/MixMatch-pytorch): average the softmax of K augmentations of each unlabelled example, then
// sharpen: q_c^(1/T) / Σ_c q_c^(1/T).
// Layout: one logits matrix double[examples, classes] per augmentation in a List; guesses
// double[examples, classes]; softmax over the classes of each (augmentation, example).
// Correct: every (augmentation, example) row subtracts its own peak and divides by its own sum.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class MixMatch_SharpenedGuess
{
    /// <summary>Sharpened guessed label distributions.</summary>
    public static double[,] Guess(List<double[,]> augmentations, double temperature)
    {
        int n = augmentations[0].GetLength(0), classes = augmentations[0].GetLength(1);
        var mean = new double[n, classes];
        foreach (double[,] logits in augmentations)
        {
            for (int i = 0; i < n; i++)
            {
                double peak = double.NegativeInfinity;
                for (int c = 0; c < classes; c++) peak = Math.Max(peak, logits[i, c]);
                double z = 0;
                for (int c = 0; c < classes; c++) z += Math.Exp(logits[i, c] - peak);
                for (int c = 0; c < classes; c++) mean[i, c] += Math.Exp(logits[i, c] - peak) / z / augmentations.Count;
            }
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
