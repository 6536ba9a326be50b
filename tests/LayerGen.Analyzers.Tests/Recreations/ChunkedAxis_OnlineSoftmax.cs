// Variants (our own code) of online (streaming) softmaxes over one 1-D logit vector received in chunks (Milakov &
// Gimelshein's online normaliser, as in LLM decoders that walk the vocabulary chunk by chunk): a running max and a sum
// rescaled by exp(oldMax - newMax) per chunk, then one pass of exps. Spellings of the clamped chunk: Math.Min(start + chunk, n)
// through a local, two tests (i < start + chunk && i < n), and Math.Min(chunk, n - start) read at start + j; float and double.
// Correct: no diagnostic (chunks of one axis are not rows).
using System;

namespace Recreations.ChunkedAxisOnlineSoftmax;

public static class ChunkedOnline
{
    public static double[] MinEnd(double[] logits, int chunk)
    {
        double runningMax = double.NegativeInfinity, runningSum = 0.0;
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
        for (int i = 0; i < p.Length; i++) p[i] = Math.Exp(logits[i] - runningMax) / runningSum;
        return p;
    }

    public static void TwoTests(float[] logits, float[] probs, int chunk)
    {
        float m = float.NegativeInfinity, s = 0f;
        for (int start = 0; start < logits.Length; start += chunk)
        {
            float local = float.NegativeInfinity;
            for (int i = start; i < start + chunk && i < logits.Length; i++) local = MathF.Max(local, logits[i]);
            float next = MathF.Max(m, local);
            s *= MathF.Exp(m - next);
            for (int i = start; i < start + chunk && i < logits.Length; i++) s += MathF.Exp(logits[i] - next);
            m = next;
        }

        for (int i = 0; i < logits.Length; i++) probs[i] = MathF.Exp(logits[i] - m) / s;
    }

    public static void ChunkLength(float[] logits, float[] probs, int chunk)
    {
        float m = float.NegativeInfinity, s = 0f;
        for (int start = 0; start < logits.Length; start += chunk)
        {
            int length = Math.Min(chunk, logits.Length - start);
            float local = float.NegativeInfinity;
            for (int j = 0; j < length; j++) local = MathF.Max(local, logits[start + j]);
            float next = MathF.Max(m, local);
            s *= MathF.Exp(m - next);
            for (int j = 0; j < length; j++) s += MathF.Exp(logits[start + j] - next);
            m = next;
        }

        for (int i = 0; i < logits.Length; i++) probs[i] = MathF.Exp(logits[i] - m) / s;
    }
}
