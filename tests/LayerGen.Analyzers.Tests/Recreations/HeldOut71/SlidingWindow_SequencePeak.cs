// known gap: the ring is walked by nodes as its elements, but what it holds (AddLast of sequence elements) is not tied to the sequence, so a whole-sequence max subtracted in the window is not seen as wider than the window
// gap: -LG0001@19
// Idiom: sliding window kept in a LinkedList<float> (AddLast/RemoveFirst), walked node by node.
// Use: rolling softmax over the last `span` values of a sequence.
// Layout: float[] sequence → float[][] (one row per full window).
// Bug (LG0001): the max is `sequence.Max()`, over the whole sequence, not over the window being normalised
// (a window far below the sequence peak underflows to 0/0).
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.SlidingWindow_SequencePeak;

public static class RollingSoftmax
{
    public static float[][] Run(float[] sequence, int span)
    {
        float globalTop = sequence.Max(); //~ LG0001
        var ring = new LinkedList<float>();
        var rows = new List<float[]>();
        for (int t = 0; t < sequence.Length; t++)
        {
            ring.AddLast(sequence[t]);
            if (ring.Count > span) ring.RemoveFirst();
            if (ring.Count == span)
            {
                var probs = new float[span];
                float acc = 0f;
                int k = 0;
                for (LinkedListNode<float>? node = ring.First; node is not null; node = node.Next, k++)
                {
                    probs[k] = MathF.Exp(node.Value - globalTop);
                    acc += probs[k];
                }
                for (k = 0; k < span; k++) probs[k] /= acc;
                rows.Add(probs);
            }
        }
        return rows.ToArray();
    }
}
