// Source: reinforcement-learning policy heads with invalid-action masking (Unity ML-Agents discrete action masks,
// board-game agents): illegal actions get probability 0; a state with no legal action gets all zeros.
// Layout: row-major [states, actions] with a bool legality mask of the same shape; max over legal actions only.
// Correct.
using System;

namespace LayerGen.HeldOut4.PolicyMaskedLegalActions;

public static class MaskedPolicy
{
    public static void ActionProbabilities(double[] logits, bool[] legal, double[] probs, int states, int actions)
    {
        for (int s = 0; s < states; s++)
        {
            int row = s * actions;
            double max = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                if (legal[row + a] && logits[row + a] > max)
                    max = logits[row + a];
            }

            if (double.IsNegativeInfinity(max))
            {
                Array.Clear(probs, row, actions);
                continue;
            }

            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                double e = legal[row + a] ? Math.Exp(logits[row + a] - max) : 0.0;
                probs[row + a] = e;
                z += e;
            }

            for (int a = 0; a < actions; a++)
                probs[row + a] /= z;
        }
    }
}
