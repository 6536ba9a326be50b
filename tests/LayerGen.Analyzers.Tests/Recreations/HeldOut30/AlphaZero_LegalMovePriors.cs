// AlphaZero / MCTS root expansion priors (Silver et al. 2017; the alpha-zero-general / Leela-style engines), as a
// board-game engine writes them: the policy head's move logits for one position, illegal moves masked out, a move
// temperature, then Dirichlet noise mixed in at the root before PUCT selection.
// Layout: one position, float[moves] logits and bool[moves] legal mask; illegal moves get prior 0.
// Correct: the max is taken over the legal moves only, the legal logits are shifted by it before the exp, and the sum
// runs over the same legal moves.
using System;

namespace HeldOut30.AlphaZero_LegalMovePriors;

/// <summary>Expands a search root: legal-move priors from the network's logits, with root noise.</summary>
public sealed class RootExpansion
{
    private readonly float _noiseWeight;

    /// <summary>Creates the expansion with the root-noise weight ε (0.25 in AlphaZero).</summary>
    public RootExpansion(float noiseWeight) => _noiseWeight = noiseWeight;

    /// <summary>Priors over the moves: softmax of the legal logits at a temperature, mixed with Dirichlet noise.</summary>
    public float[] Priors(float[] moveLogits, bool[] legal, float temperature, float[] dirichletNoise)
    {
        int moves = moveLogits.Length;
        var priors = new float[moves];
        float best = float.NegativeInfinity;
        for (int m = 0; m < moves; m++)
        {
            if (legal[m] && moveLogits[m] > best)
            {
                best = moveLogits[m];
            }
        }

        if (float.IsNegativeInfinity(best))
        {
            return priors; // no legal move: a terminal position has no children
        }

        float total = 0f;
        for (int m = 0; m < moves; m++)
        {
            if (!legal[m])
            {
                continue;
            }

            priors[m] = MathF.Exp((moveLogits[m] - best) / temperature);
            total += priors[m];
        }

        for (int m = 0; m < moves; m++)
        {
            priors[m] /= total;
        }

        // P = (1 − ε)·p + ε·η over the legal moves; η is a Dirichlet draw over them (zero elsewhere).
        for (int m = 0; m < moves; m++)
        {
            if (legal[m])
            {
                priors[m] = (1f - _noiseWeight) * priors[m] + _noiseWeight * dirichletNoise[m];
            }
        }

        return priors;
    }

    /// <summary>PUCT child selection: argmax of Q + c·P·√N / (1 + n).</summary>
    public static int SelectChild(float[] priors, float[] meanValue, int[] visits, float cPuct)
    {
        int parentVisits = 0;
        foreach (int n in visits)
        {
            parentVisits += n;
        }

        float sqrtParent = MathF.Sqrt(parentVisits);
        int chosen = -1;
        float bestScore = float.NegativeInfinity;
        for (int m = 0; m < priors.Length; m++)
        {
            if (priors[m] <= 0f)
            {
                continue;
            }

            float score = meanValue[m] + cPuct * priors[m] * sqrtParent / (1 + visits[m]);
            if (score > bestScore)
            {
                bestScore = score;
                chosen = m;
            }
        }

        return chosen;
    }
}
