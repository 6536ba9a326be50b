// Idiom: index table — a permutation table `order` gathers each group's logits: group g is logits[order[g * k + j]].
// Use: softmax over each group of k candidates scattered in a flat buffer (beam candidates, sorted buckets).
// Layout: flat float[] logits addressed only through int[] order; groups of k consecutive table entries.
// Bug: the peak is folded over the whole table (every group) and subtracted from each group: a group far below the
// others underflows to 0/0.
// Our own code.
using System;

namespace HeldOut79.IndexTable_GatheredWholePeak;

public static class GroupSoftmax
{
    public static float[] Softmax(float[] logits, int[] order, int k)
    {
        var prob = new float[logits.Length];
        float top = float.NegativeInfinity;
        foreach (int at in order) top = MathF.Max(top, logits[at]); //~ LG0001
        for (int b = 0; b < order.Length; b += k)
        {
            float z = 0f;
            for (int j = b; j < b + k; j++) z += prob[order[j]] = MathF.Exp(logits[order[j]] - top);
            for (int j = b; j < b + k; j++) prob[order[j]] /= z;
        }
        return prob;
    }
}
