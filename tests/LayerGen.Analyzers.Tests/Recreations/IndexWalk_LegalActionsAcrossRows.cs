// Bug variants: softmax over the legal actions of each state of a batch, the actions given as lists of indices
// (foreach (int a in legal[s])). One normaliser is carried across states (LG0002); one "stabilising" max is taken over
// every state's legal logits (LG0001).
// Source: policy heads of C# game agents (AlphaZero-style self-play, card-game bots) that mask illegal moves by
// walking index lists — the shape of HeldOut7's PolicyLegalMovesBatchSum, written anew over other layouts.
// Layout: float[] flat [states, actions] with int[][] legal lists; double[,] [states, actions] with List<int>[] lists.
using System;
using System.Collections.Generic;

namespace Recreations.IndexWalkLegalActionsAcrossRows;

public static class LegalPolicy
{
    public static void FlatSharedTotal(float[] logits, int actions, int[][] legal, float[] policy)
    {
        int states = logits.Length / actions;
        float total = 0f;
        for (int s = 0; s < states; s++)
        {
            int row = s * actions;
            float best = float.NegativeInfinity;
            foreach (int a in legal[s])
            {
                best = MathF.Max(best, logits[row + a]);
            }

            foreach (int a in legal[s])
            {
                policy[row + a] = MathF.Exp(logits[row + a] - best);
                total += policy[row + a]; //~ LG0002
            }
        }

        for (int s = 0; s < states; s++)
        {
            foreach (int a in legal[s])
            {
                policy[s * actions + a] /= total;
            }
        }
    }

    public static double[,] RectangularGlobalMax(double[,] logits, List<int>[] legal)
    {
        int states = logits.GetLength(0);
        var policy = new double[states, logits.GetLength(1)];
        double shift = double.NegativeInfinity;
        for (int s = 0; s < states; s++)
        {
            foreach (int a in legal[s])
            {
                shift = Math.Max(shift, logits[s, a]); //~ LG0001
            }
        }

        for (int s = 0; s < states; s++)
        {
            double z = 0;
            foreach (int a in legal[s])
            {
                policy[s, a] = Math.Exp(logits[s, a] - shift);
                z += policy[s, a];
            }

            foreach (int a in legal[s])
            {
                policy[s, a] /= z;
            }
        }

        return policy;
    }
}
