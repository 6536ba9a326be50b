// Correct twins: softmax over the legal actions of each state, max and sum reset per state; one list of kept columns
// shared by every row of a flat batch (each row's offset added), and per-state index lists over jagged rows.
// Source: policy heads of C# game agents (legal-move masks as index lists); vocabulary-restricted decoding that keeps
// a fixed list of allowed token ids for every sequence of a batch.
// Layout: float[] flat [rows, cols] with one int[] of kept columns; double[][] [states][actions] with List<int>[]
// legal lists. Correct.
using System;
using System.Collections.Generic;

namespace Recreations.IndexWalkLegalActionsPerRow;

public static class RestrictedSoftmax
{
    public static void SharedKeptColumns(float[] logits, int cols, int[] kept, float[] probs)
    {
        for (int r = 0; r * cols < logits.Length; r++)
        {
            int off = r * cols;
            float max = float.NegativeInfinity;
            foreach (int c in kept)
            {
                max = MathF.Max(max, logits[off + c]);
            }

            float sum = 0f;
            foreach (int c in kept)
            {
                probs[off + c] = MathF.Exp(logits[off + c] - max);
                sum += probs[off + c];
            }

            foreach (int c in kept)
            {
                probs[off + c] /= sum;
            }
        }
    }

    public static double[][] PerStateLists(double[][] logits, List<int>[] legal)
    {
        var policy = new double[logits.Length][];
        for (int s = 0; s < logits.Length; s++)
        {
            var p = new double[logits[s].Length];
            double best = double.NegativeInfinity;
            foreach (int a in legal[s])
            {
                best = Math.Max(best, logits[s][a]);
            }

            double z = 0;
            foreach (int a in legal[s])
            {
                p[a] = Math.Exp(logits[s][a] - best);
                z += p[a];
            }

            foreach (int a in legal[s])
            {
                p[a] /= z;
            }

            policy[s] = p;
        }

        return policy;
    }
}
