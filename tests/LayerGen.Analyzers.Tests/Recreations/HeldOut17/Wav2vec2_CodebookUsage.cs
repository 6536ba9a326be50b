// Source: wav2vec 2.0 quantiser codebook usage (Baevski et al. 2020; fairseq `GumbelVectorQuantizer`,
//   HF `Wav2Vec2GumbelVectorQuantizer`): the soft distribution over the V entries of each of the G codebook groups,
//   per frame, averaged over the frames (the statistic behind the diversity loss).
// Layout: flat float[] [frames, groups · entries]; the slice of (frame, group) starts at f · G · V + g · V; the peak
//   is a Vector<float> fold plus a scalar tail in a helper; probabilities written in place of the layout, means [G, V].
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>wav2vec 2.0 codebook probabilities and their mean over frames.</summary>
public static class Wav2vec2Codebooks
{
    /// <summary>Writes per-frame probabilities and returns the mean probabilities [groups · entries].</summary>
    public static float[] MeanProbabilities(float[] logits, int frames, int groups, int entries, float[] probs)
    {
        int stride = groups * entries;
        var mean = new float[stride];
        for (int f = 0; f < frames; f++)
        {
            for (int g = 0; g < groups; g++)
            {
                int offset = f * stride + g * entries;
                ReadOnlySpan<float> slice = logits.AsSpan(offset, entries);
                float peak = Peak(slice);
                float z = 0f;
                for (int e = 0; e < entries; e++)
                {
                    float v = MathF.Exp(slice[e] - peak);
                    probs[offset + e] = v;
                    z += v;
                }

                float inv = 1f / z;
                for (int e = 0; e < entries; e++)
                {
                    probs[offset + e] *= inv;
                    mean[g * entries + e] += probs[offset + e] / frames;
                }
            }
        }

        return mean;
    }

    private static float Peak(ReadOnlySpan<float> x)
    {
        int width = Vector<float>.Count;
        float peak = float.NegativeInfinity;
        int i = 0;
        if (x.Length >= width)
        {
            var acc = new Vector<float>(x);
            for (i = width; i <= x.Length - width; i += width)
            {
                acc = Vector.Max(acc, new Vector<float>(x.Slice(i)));
            }

            for (int lane = 0; lane < width; lane++)
            {
                peak = MathF.Max(peak, acc[lane]);
            }
        }

        for (; i < x.Length; i++)
        {
            peak = MathF.Max(peak, x[i]);
        }

        return peak;
    }
}
