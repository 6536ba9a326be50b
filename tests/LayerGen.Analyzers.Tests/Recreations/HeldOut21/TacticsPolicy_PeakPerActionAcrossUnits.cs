// Source: policy-gradient agent for a turn-based tactics game, per-unit action heads (Gym-μRTS-style).
// Layout: unsafe float* logits [units × actions] row-major; the peaks are gathered per action over all units.
// Label: LG0004 (the shift is each action's maximum over the units, the sum runs over one unit's actions).
using System;

namespace HeldOut21.TacticsPolicyPeakPerActionAcrossUnits;

/// <summary>Per-unit action distributions.</summary>
public static unsafe class SquadPolicyHead
{
    /// <summary>probs[u·A + a] = exp(logit − peak[a]) / Σ over the unit's actions.</summary>
    public static void ActionProbabilities(float* logits, int units, int actions, float* probs)
    {
        float* peak = stackalloc float[actions];
        for (int a = 0; a < actions; a++)
        {
            peak[a] = float.NegativeInfinity;
            for (int u = 0; u < units; u++)
                peak[a] = MathF.Max(peak[a], logits[u * actions + a]); //~ LG0004
        }

        for (int u = 0; u < units; u++)
        {
            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                probs[u * actions + a] = MathF.Exp(logits[u * actions + a] - peak[a]);
                sum += probs[u * actions + a];
            }

            for (int a = 0; a < actions; a++) probs[u * actions + a] /= sum;
        }
    }
}
