// Source: Leela Chess Zero's policy head read-out (lc0 node priors over legal moves), as often ported to C#.
// Layout: one flat float[] of positions × move slots read through ReadOnlySpan rows, legal moves as int[][].
// Label: LG0003 (the legal-move logits are exponentiated without subtracting any maximum).
using System;

namespace HeldOut21.LeelaChessRawPolicyExp;

/// <summary>Move priors for MCTS expansion.</summary>
public static class RawPolicyReadout
{
    /// <summary>Prior of each legal move: exp(logit / T) normalised over the legal moves.</summary>
    public static float[][] LegalMovePriors(float[] policyLogits, int moveSlots, int[][] legalMoves, float policyTemperature)
    {
        var priors = new float[legalMoves.Length][];
        for (int pos = 0; pos < legalMoves.Length; pos++)
        {
            ReadOnlySpan<float> logits = policyLogits.AsSpan(pos * moveSlots, moveSlots);
            int[] legal = legalMoves[pos];
            var prior = new float[legal.Length];
            float total = 0f;
            for (int m = 0; m < legal.Length; m++)
            {
                prior[m] = MathF.Exp(logits[legal[m]] / policyTemperature); //~ LG0003
                total += prior[m];
            }

            for (int m = 0; m < legal.Length; m++) prior[m] /= total;
            priors[pos] = prior;
        }

        return priors;
    }
}
