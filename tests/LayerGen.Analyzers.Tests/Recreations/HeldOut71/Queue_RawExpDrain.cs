// Idiom: Queue<float[]> drained with `while (backlog.Count > 0) backlog.Dequeue()`, results via Array.ConvertAll.
// Use: normalising a queue of logit rows into a jagged result.
// Layout: Queue<float[]> → float[][], one row per queued item.
// Bug (LG0003): MathF.Exp of the raw logit in the foreach, no max subtracted (∞/∞ above ~88).
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.Queue_RawExpDrain;

public static class RawDrain
{
    public static float[][] Process(Queue<float[]> backlog)
    {
        var outputs = new float[backlog.Count][];
        int n = 0;
        while (backlog.Count > 0)
        {
            float[] logits = backlog.Dequeue();
            var exps = new float[logits.Length];
            float total = 0f;
            int j = 0;
            foreach (float z in logits)
            {
                exps[j] = MathF.Exp(z); //~ LG0003
                total += exps[j++];
            }
            outputs[n++] = Array.ConvertAll(exps, e => e / total);
        }
        return outputs;
    }
}
