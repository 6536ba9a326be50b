// Source: Leela Chess Zero's policy head read-out (lc0 `NetworkComputation` → node priors): a softmax with policy
// temperature over the raw policy logits of the legal moves only, the shape of C# chess-engine ports.
// Layout: jagged float[position][1858-style move slot], legal moves as an int[][] gather list, a local function for
// the tempered exp.
// Label: Correct.
using System;

namespace HeldOut21.LeelaChessLegalMovePriors;

/// <summary>Move priors for MCTS expansion.</summary>
public static class PolicyReadout
{
    /// <summary>Prior of each legal move of each position: softmax over the gathered legal-move logits.</summary>
    public static float[][] LegalMovePriors(float[][] policyLogits, int[][] legalMoves, float policyTemperature)
    {
        var priors = new float[policyLogits.Length][];
        for (int pos = 0; pos < policyLogits.Length; pos++)
        {
            float[] logits = policyLogits[pos];
            int[] legal = legalMoves[pos];
            var prior = new float[legal.Length];

            float peak = float.NegativeInfinity;
            foreach (int move in legal)
                peak = MathF.Max(peak, logits[move]);

            float total = 0f;
            for (int m = 0; m < legal.Length; m++)
            {
                prior[m] = Tempered(logits[legal[m]] - peak);
                total += prior[m];
            }

            float scale = 1f / total;
            for (int m = 0; m < legal.Length; m++) prior[m] *= scale;
            priors[pos] = prior;
        }

        return priors;

        float Tempered(float shifted) => MathF.Exp(shifted / policyTemperature);
    }
}
