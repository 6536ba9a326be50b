// HeldOut15 — AttentionSink_StreamingCache
// Source: StreamingLLM attention sinks (Xiao et al. 2023; mit-han-lab/streaming-llm
// `StartRecentKVCache`): the cache keeps the first `sinks` tokens plus a window of recent ones;
// one decode step attends over the slots filled so far.
// Layout: decode scores double[batch, capacity]; sequence s has filled[s] ≤ capacity valid slots
// ([0, sinks) sinks, then the recent window); slots at or past filled[s] are stale and skipped.
// Correct: the peak and the sum of each sequence run over its filled slots only; stale slots get 0.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class AttentionSink_StreamingCache
{
    /// <summary>Attention probabilities of one decode step over each sequence's sink + window slots.</summary>
    public static double[,] DecodeStep(double[,] scores, int[] filled, int sinks)
    {
        int batch = scores.GetLength(0), capacity = scores.GetLength(1);
        var probs = new double[batch, capacity];
        for (int s = 0; s < batch; s++)
        {
            int n = Math.Min(filled[s], capacity);
            if (n == 0) continue;
            double peak = double.NegativeInfinity;
            for (int j = 0; j < Math.Min(sinks, n); j++) peak = Math.Max(peak, scores[s, j]);
            for (int j = sinks; j < n; j++) peak = Math.Max(peak, scores[s, j]);
            double z = 0;
            for (int j = 0; j < n; j++)
            {
                probs[s, j] = Math.Exp(scores[s, j] - peak);
                z += probs[s, j];
            }
            double inv = 1.0 / z;
            for (int j = 0; j < n; j++) probs[s, j] *= inv;
        }
        return probs;
    }
}
