// Source: CNN music-genre classification on GTZAN, segment softmax averaged over the clip.
// Layout: float[][] segment logits (one array per segment); a private helper returns each segment's distribution.
// Bug (LG0003): the helper exponentiates the logits without subtracting their maximum (float overflow past ~88).
using System;

namespace HeldOut23.MusicGenre;

/// <summary>Clip-level genre distribution from jagged segment logits.</summary>
public static class JaggedSegmentVoting
{
    /// <summary>Each segment's genre distribution.</summary>
    public static float[][] SegmentGenres(float[][] segmentLogits)
    {
        var result = new float[segmentLogits.Length][];
        for (int seg = 0; seg < segmentLogits.Length; seg++)
        {
            result[seg] = GenreDistribution(segmentLogits[seg]);
        }

        return result;
    }

    private static float[] GenreDistribution(float[] logits)
    {
        var probs = new float[logits.Length];
        float total = 0f;
        for (int g = 0; g < logits.Length; g++)
        {
            probs[g] = MathF.Exp(logits[g]); //~ LG0003
            total += probs[g];
        }

        for (int g = 0; g < logits.Length; g++)
        {
            probs[g] /= total;
        }

        return probs;
    }
}
