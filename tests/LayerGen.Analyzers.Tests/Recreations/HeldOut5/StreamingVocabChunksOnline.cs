// Source: online normaliser for softmax (Milakov & Gimelshein 2018; flash-attention style running max + rescale) as used
// by C# LLM inference code that receives the vocabulary logits in chunks. Layout: 1-D double[] per decoding step.
// Correct: running max and running denominator rescaled by exp(oldMax − newMax) per chunk.
using System;

namespace LayerGen.Recreations.HeldOut5.StreamingVocabChunksOnlineNs;

public static class StreamingVocabChunksOnline
{
    public static double[] Softmax(double[] logits, int chunk)
    {
        double runningMax = double.NegativeInfinity;
        double runningSum = 0.0;
        for (int start = 0; start < logits.Length; start += chunk)
        {
            int end = Math.Min(start + chunk, logits.Length);
            double chunkMax = double.NegativeInfinity;
            for (int i = start; i < end; i++) chunkMax = Math.Max(chunkMax, logits[i]);
            double newMax = Math.Max(runningMax, chunkMax);
            double chunkSum = 0.0;
            for (int i = start; i < end; i++) chunkSum += Math.Exp(logits[i] - newMax);
            runningSum = runningSum * Math.Exp(runningMax - newMax) + chunkSum;
            runningMax = newMax;
        }

        var p = new double[logits.Length];
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - runningMax) / runningSum;
        }
        return p;
    }
}
