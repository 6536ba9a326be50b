// Source: policy-gradient (REINFORCE/PPO-style) agent for a turn-based tactics game with invalid-action masking
// (Huang & Ontañón 2022, "A Closer Look at Invalid Action Masking"; Gym-μRTS), per-unit action heads.
// Layout: unsafe float* logits and byte* mask [units × actions] row-major, pointer walk per unit row, masked
// actions get probability 0.
// Label: Correct.
using System;

namespace HeldOut21.TacticsPolicyMaskedUnitActions;

/// <summary>Per-unit action distributions of a masked policy head.</summary>
public static unsafe class MaskedPolicyHead
{
    /// <summary>probs[u·A + a] = softmax over the unit's legal actions of logits; illegal actions 0.</summary>
    public static void ActionProbabilities(float* logits, byte* legal, int units, int actions, float* probs)
    {
        for (int u = 0; u < units; u++)
        {
            float* row = logits + u * actions;
            byte* mask = legal + u * actions;
            float* output = probs + u * actions;

            float best = float.NegativeInfinity;
            for (float* p = row; p < row + actions; p++)
                if (mask[p - row] != 0 && *p > best) best = *p;

            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                output[a] = mask[a] != 0 ? MathF.Exp(row[a] - best) : 0f;
                sum += output[a];
            }

            float inv = 1f / sum;
            for (int a = 0; a < actions; a++) output[a] *= inv;
        }
    }
}
