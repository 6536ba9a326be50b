// HeldOut15 — AttentionSink_PeakOverBatch
// Source: StreamingLLM attention sinks (Xiao et al. 2023), a batched decode port.
// Layout: List<float[]> of per-sequence cache scores (capacity slots each) and filled counts;
// softmax over each sequence's filled slots.
// Bug (LG0001): one peak over the filled slots of every sequence in the batch is subtracted from
// each sequence's scores (a sequence far below the batch's best underflows to 0/0).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class AttentionSink_PeakOverBatch
{
    /// <summary>Attention probabilities of one decode step for each sequence of the batch.</summary>
    public static List<float[]> DecodeStep(List<float[]> scores, IReadOnlyList<int> filled)
    {
        float peak = float.NegativeInfinity;
        for (int s = 0; s < scores.Count; s++)
            for (int j = 0; j < filled[s]; j++)
                peak = MathF.Max(peak, scores[s][j]); //~ LG0001

        var result = new List<float[]>(scores.Count);
        for (int s = 0; s < scores.Count; s++)
        {
            float[] row = scores[s];
            var p = new float[row.Length];
            float z = 0f;
            for (int j = 0; j < filled[s]; j++)
            {
                p[j] = MathF.Exp(row[j] - peak);
                z += p[j];
            }
            for (int j = 0; j < filled[s]; j++) p[j] /= z;
            result.Add(p);
        }
        return result;
    }
}
