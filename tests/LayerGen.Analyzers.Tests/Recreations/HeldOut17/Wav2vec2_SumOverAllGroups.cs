// Source: wav2vec 2.0 quantiser codebook probabilities (Baevski et al. 2020; fairseq `GumbelVectorQuantizer`), per
//   frame over span slices of each codebook group.
// Layout: Span<float> frame rows of the flat [frames, groups · entries] buffer, `Slice(g · entries, entries)` per
//   group with its own peak; the denominator is reset per frame, not per group, and the division runs over the frame.
// Bug: LG0002 (the denominator spans all groups of a frame).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>wav2vec 2.0 codebook probabilities per frame with one denominator per frame.</summary>
public static class Wav2vec2FrameDenominator
{
    /// <summary>Writes probabilities with the layout of <paramref name="logits"/>.</summary>
    public static void Probabilities(float[] logits, int frames, int groups, int entries, float[] probs)
    {
        int stride = groups * entries;
        for (int f = 0; f < frames; f++)
        {
            Span<float> frame = logits.AsSpan(f * stride, stride);
            Span<float> outFrame = probs.AsSpan(f * stride, stride);
            float z = 0f;
            for (int g = 0; g < groups; g++)
            {
                Span<float> group = frame.Slice(g * entries, entries);
                float peak = group[0];
                for (int e = 1; e < entries; e++)
                {
                    peak = Math.Max(peak, group[e]);
                }

                for (int e = 0; e < entries; e++)
                {
                    outFrame[g * entries + e] = MathF.Exp(group[e] - peak);
                    z += outFrame[g * entries + e]; //~ LG0002
                }
            }

            for (int k = 0; k < stride; k++)
            {
                outFrame[k] /= z;
            }
        }
    }
}
