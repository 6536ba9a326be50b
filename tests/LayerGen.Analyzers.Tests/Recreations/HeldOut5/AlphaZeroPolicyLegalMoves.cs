// Source: AlphaZero-style MCTS in C# (board-game engines): the network's policy logits are softmaxed over LEGAL moves
// only, with a temperature, to give the priors. Layout: 1-D float[] logits + bool[] legal, called per position.
// Correct: illegal moves skipped in max and sum; a position with no legal move gets all-zero priors.
using System;

namespace LayerGen.Recreations.HeldOut5.AlphaZeroPolicyLegalMovesNs;

public static class AlphaZeroPolicyLegalMoves
{
    public static float[] Priors(float[] logits, bool[] legal, float temperature)
    {
        var priors = new float[logits.Length];
        float best = float.NegativeInfinity;
        for (int a = 0; a < logits.Length; a++)
        {
            if (legal[a] && logits[a] / temperature > best)
            {
                best = logits[a] / temperature;
            }
        }
        if (float.IsNegativeInfinity(best))
        {
            return priors;
        }

        float total = 0f;
        for (int a = 0; a < logits.Length; a++)
        {
            if (!legal[a]) continue;
            priors[a] = MathF.Exp(logits[a] / temperature - best);
            total += priors[a];
        }
        for (int a = 0; a < logits.Length; a++)
        {
            priors[a] /= total;
        }
        return priors;
    }
}
