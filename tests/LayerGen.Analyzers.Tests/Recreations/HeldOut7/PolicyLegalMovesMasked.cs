// Source: AlphaZero-style policy priors over legal moves in C# game engines (network policy head masked to the
// legal moves before the softmax; shape of Leela/AlphaZero.NET-like MCTS expansion code).
// Layout: logits float[positions, moves], legal bool[positions, moves]; softmax over the legal moves of each
// position; illegal moves get 0; a position with no legal move gets all zeros.
// Correct.
using System;

namespace HeldOut7.PolicyLegalMovesMasked
{
    public static class PolicyPriors
    {
        public static void Expand(float[,] logits, bool[,] legal, float[,] priors)
        {
            int positions = logits.GetLength(0);
            int moves = logits.GetLength(1);
            for (int p = 0; p < positions; p++)
            {
                float best = float.NegativeInfinity;
                bool any = false;
                for (int m = 0; m < moves; m++)
                {
                    if (!legal[p, m]) continue;
                    any = true;
                    if (logits[p, m] > best) best = logits[p, m];
                }

                for (int m = 0; m < moves; m++)
                {
                    priors[p, m] = 0f;
                }

                if (!any) continue;

                float total = 0f;
                for (int m = 0; m < moves; m++)
                {
                    if (!legal[p, m]) continue;
                    priors[p, m] = MathF.Exp(logits[p, m] - best);
                    total += priors[p, m];
                }

                for (int m = 0; m < moves; m++)
                {
                    priors[p, m] /= total;
                }
            }
        }
    }
}
