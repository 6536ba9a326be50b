// Idiom: masked move policy for a batch of Go positions (board points + pass); illegal points get a large negative
// logit (-1e9) instead of -infinity, then the logits are exponentiated directly. Written as our own code.
// Layout: double[positions, points] logits and bool[positions, points] legal; one softmax per position (row).
// Bug: LG0003 (exp of the raw logits: +inf/+inf = NaN above ~709, 0/0 when every legal logit is far below 0).
using System;

namespace HeldOut46.MaskedMoves_GoRawExp;

public static class GoPolicy
{
    private const double Illegal = -1e9;

    public static double[,] MovePolicy(double[,] logits, bool[,] legal)
    {
        int n = logits.GetLength(0);
        int points = logits.GetLength(1);
        var policy = new double[n, points];
        for (int b = 0; b < n; b++)
        {
            double sum = 0;
            for (int k = 0; k < points; k++)
            {
                double z = legal[b, k] ? logits[b, k] : Illegal;
                policy[b, k] = Math.Exp(z); //~ LG0003
                sum += policy[b, k];
            }

            for (int k = 0; k < points; k++)
            {
                policy[b, k] /= sum;
            }
        }

        return policy;
    }
}
