// Source: frame-wise chord recognition (deep chroma / CNN chord recognisers, Korzeniowski & Widmer 2016).
// Layout: column-major double[classes, frames]; the posteriors of a frame are a column.
// Bug (LG0004): the shift is each chord class's peak over all frames (a row maximum), while the sum and the division
// run down each frame's column — max and sum over different axes.
using System;

namespace HeldOut23.ChordRecognition;

/// <summary>Per-frame chord class posteriors with a per-class shift.</summary>
public static class ChordPosteriorsPerClassShift
{
    /// <summary>Posteriors of the chord classes for every frame, same layout as the logits.</summary>
    public static double[,] FramePosteriors(double[,] logits)
    {
        int classes = logits.GetLength(0);
        int frames = logits.GetLength(1);
        var chordPeak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            chordPeak[c] = double.NegativeInfinity;
            for (int t = 0; t < frames; t++)
            {
                chordPeak[c] = Math.Max(chordPeak[c], logits[c, t]); //~ LG0004
            }
        }

        var posteriors = new double[classes, frames];
        for (int t = 0; t < frames; t++)
        {
            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                posteriors[c, t] = Math.Exp(logits[c, t] - chordPeak[c]);
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
