// Idiom: stochastic beam search over a batch: the best cumulative score is taken once (as for "early stopping" checks)
//        and reused as the shift of every batch item's beam softmax
// Layout: Dictionary<int, Hypothesis[]> keyed by batch item id, record struct Hypothesis(int LastToken, float Score)
// Bug (LG0001): `best` spans every batch item's beams, so an item whose scores sit far below underflows to 0/0
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut39.BeamSearch_BestOverBatch;

public readonly record struct Hypothesis(int LastToken, float Score);

public static class BatchBeams
{
    public static Dictionary<int, float[]> Weights(Dictionary<int, Hypothesis[]> beamsByItem)
    {
        float best = beamsByItem.Values.SelectMany(hs => hs).Max(h => h.Score); //~ LG0001
        var result = new Dictionary<int, float[]>();
        foreach (var (item, hyps) in beamsByItem)
        {
            var w = new float[hyps.Length];
            float z = 0f;
            for (int i = 0; i < hyps.Length; i++)
            {
                w[i] = MathF.Exp(hyps[i].Score - best);
                z += w[i];
            }
            for (int i = 0; i < hyps.Length; i++)
            {
                w[i] /= z;
            }
            result[item] = w;
        }
        return result;
    }
}
