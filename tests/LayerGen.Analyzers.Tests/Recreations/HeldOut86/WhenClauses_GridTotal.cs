// Idiom: a switch statement on the width with `case var n when n > 1:` guarding the batched path inside the row loop
// Use: policy head of a small game agent, one action distribution per state
// Layout: double[states, actions], row-major 2-D array
// Bug: LG0002, `total` is declared before the row loop and accumulates the exps of every row; the division after the
//      loop divides each row by the batch total
// Our own code
using System;

namespace HeldOut86.WhenClauses_GridTotal;

public static class PolicyHead
{
    public static double[,] Probabilities(double[,] logits)
    {
        int states = logits.GetLength(0);
        int actions = logits.GetLength(1);
        var pi = new double[states, actions];
        double total = 0.0;
        for (int s = 0; s < states; s++)
        {
            switch (actions)
            {
                case 0:
                    continue;
                case var n when n > 1:
                    break;
                default:
                    pi[s, 0] = 1.0;
                    continue;
            }

            double hi = logits[s, 0];
            for (int a = 1; a < actions; a++)
            {
                hi = logits[s, a] > hi ? logits[s, a] : hi;
            }

            for (int a = 0; a < actions; a++)
            {
                pi[s, a] = Math.Exp(logits[s, a] - hi);
                total += pi[s, a]; //~ LG0002
            }
        }

        for (int s = 0; s < states; s++)
        {
            for (int a = 0; a < actions; a++)
            {
                pi[s, a] /= total;
            }
        }

        return pi;
    }
}
