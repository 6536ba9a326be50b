// Source: frame-wise chord recognition (deep chroma / CNN chord recognisers, Korzeniowski & Widmer 2016; madmom
// `DeepChromaChordRecognitionProcessor` shape): a softmax over the major/minor/no-chord classes for every frame.
// Layout: column-major double[classes, frames] (a class per row, a frame per column); softmax down each column.
// Correct: each frame's column is shifted by its own maximum and divided by its own sum.
using System;

namespace HeldOut23.ChordRecognition;

/// <summary>Per-frame chord class posteriors.</summary>
public static class ChordPosteriors
{
    /// <summary>Posteriors of the chord classes for every frame, same layout as the logits.</summary>
    public static double[,] FramePosteriors(double[,] logits)
    {
        int classes = logits.GetLength(0);
        int frames = logits.GetLength(1);
        var posteriors = new double[classes, frames];
        for (int t = 0; t < frames; t++)
        {
            double best = logits[0, t];
            for (int c = 1; c < classes; c++)
            {
                if (logits[c, t] > best)
                {
                    best = logits[c, t];
                }
            }

            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                posteriors[c, t] = Math.Exp(logits[c, t] - best);
                total += posteriors[c, t];
            }

            for (int c = 0; c < classes; c++)
            {
                posteriors[c, t] /= total;
            }
        }

        return posteriors;
    }
}
