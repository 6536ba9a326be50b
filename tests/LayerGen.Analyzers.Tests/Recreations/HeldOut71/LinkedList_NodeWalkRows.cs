// Idiom: LinkedList<double[]> walked with `for (node = list.First; node != null; node = node.Next)`, node.Value replaced.
// Use: in-place softmax of squashed scores (gain · tanh(logit)) kept in a linked chain of rows.
// Layout: LinkedList<double[]>, one row per node.
// Correct: the exponent gain · tanh(v) lies in [-4, 4], so exp never overflows or underflows without a shift; the
// sum is per node.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.LinkedList_NodeWalkRows;

public static class ScoreChain
{
    public const double Gain = 4.0;

    public static void SoftmaxInPlace(LinkedList<double[]> chain)
    {
        for (LinkedListNode<double[]>? node = chain.First; node != null; node = node.Next)
        {
            double[] row = node.Value;
            var p = new double[row.Length];
            double z = 0.0;
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = Math.Exp(Gain * Math.Tanh(row[j]));
                z += p[j];
            }
            for (int j = 0; j < p.Length; j++) p[j] /= z;
            node.Value = p;
        }
    }
}
