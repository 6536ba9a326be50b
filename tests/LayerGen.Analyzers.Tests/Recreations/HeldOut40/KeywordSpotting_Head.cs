// Idiom: keyword spotting head: per-frame softmax over keywords + filler, then posterior smoothing over a window
// Layout: List<float[]> frames of logits, LINQ per frame
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut40.KeywordSpotting_Head;

public static class KwsHead
{
    public static List<float[]> FramePosteriors(List<float[]> frameLogits)
    {
        var posteriors = new List<float[]>(frameLogits.Count);
        foreach (var logits in frameLogits)
        {
            float m = logits.Max();
            var e = logits.Select(v => MathF.Exp(v - m)).ToArray();
            float z = e.Sum();
            posteriors.Add(e.Select(v => v / z).ToArray());
        }

        return posteriors;
    }

    public static float[] Smoothed(List<float[]> posteriors, int window)
    {
        int keywords = posteriors[0].Length;
        var confidence = new float[keywords];
        int start = Math.Max(0, posteriors.Count - window);
        for (int t = start; t < posteriors.Count; t++)
            for (int k = 0; k < keywords; k++)
                confidence[k] += posteriors[t][k] / (posteriors.Count - start);
        return confidence;
    }
}
