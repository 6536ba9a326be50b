// HeldOut59 — KeywordFrames_PerFrameLinq. Idiom: keyword spotting — each audio frame's int8 keyword scores are
// dequantised with a local function `(q - zeroPoint) * scale`, then softmaxed with LINQ (`Max`, `Select`, `Sum`) to
// give per-frame keyword posteriors, which a detector averages over the window. Use: streaming keyword spotting.
// Layout: List<sbyte[]> frames [frame][keyword], per-tensor scale and zero point; List<float[]> posteriors.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut59.KeywordFrames_PerFrameLinq;

public static class KeywordPosteriors
{
    public static List<float[]> PerFrame(List<sbyte[]> frames, float scale, int zeroPoint)
    {
        var posteriors = new List<float[]>(frames.Count);
        foreach (sbyte[] frame in frames)
        {
            float[] logits = frame.Select(Dequantise).ToArray();
            float peak = logits.Max();
            float[] e = logits.Select(v => MathF.Exp(v - peak)).ToArray();
            float total = e.Sum();
            posteriors.Add(e.Select(v => v / total).ToArray());
        }

        return posteriors;

        float Dequantise(sbyte q) => (q - zeroPoint) * scale;
    }

    public static int Detect(List<float[]> posteriors, float threshold)
    {
        int keywords = posteriors[0].Length;
        int best = -1;
        float bestScore = threshold;
        for (int k = 0; k < keywords; k++)
        {
            float mean = posteriors.Average(p => p[k]);
            if (mean > bestScore)
            {
                bestScore = mean;
                best = k;
            }
        }

        return best;
    }
}
