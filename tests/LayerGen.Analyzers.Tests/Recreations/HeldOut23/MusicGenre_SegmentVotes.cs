// Source: CNN music-genre classification on GTZAN (e.g. Choi et al. 2017 style clip pipelines): a clip is cut into
// segments, each segment gets a softmax over the genres, and the clip's genre distribution is their mean.
// Layout: flat ReadOnlySpan<float> [segments · genres] with a row stride ≥ genres (padded rows); a private helper
// normalises one segment into a Span<float>.
// Correct: each segment is shifted by its own maximum.
using System;

namespace HeldOut23.MusicGenre;

/// <summary>Clip-level genre distribution from segment logits.</summary>
public static class SegmentVoting
{
    /// <summary>Writes each segment's genre distribution to <paramref name="segmentProbabilities"/> and returns their mean.</summary>
    public static float[] ClipGenres(ReadOnlySpan<float> logits, int segments, int genres, int rowStride, Span<float> segmentProbabilities)
    {
        var clip = new float[genres];
        for (int seg = 0; seg < segments; seg++)
        {
            Span<float> probs = segmentProbabilities.Slice(seg * genres, genres);
            NormaliseSegment(logits.Slice(seg * rowStride, genres), probs);
            for (int g = 0; g < genres; g++)
            {
                clip[g] += probs[g] / segments;
            }
        }

        return clip;
    }

    private static void NormaliseSegment(ReadOnlySpan<float> segment, Span<float> probs)
    {
        float top = segment[0];
        for (int g = 1; g < segment.Length; g++)
        {
            if (segment[g] > top)
            {
                top = segment[g];
            }
        }

        float total = 0f;
        for (int g = 0; g < segment.Length; g++)
        {
            probs[g] = MathF.Exp(segment[g] - top);
            total += probs[g];
        }

        float inverse = 1f / total;
        for (int g = 0; g < segment.Length; g++)
        {
            probs[g] *= inverse;
        }
    }
}
