// Idiom: actor-critic policy over the steps of a stored rollout (one logits row per step), "softmax in LINQ": each
// step's exps shifted by the step's own max, then one normaliser. Written as our own code.
// Layout: float[][] [step][action]; statement lambda with `step.Max()`, `exps.SelectMany(r => r).Sum()` as the divisor.
// Bug: LG0002 (the divisor sums every step of the rollout: the rollout sums to 1, not each step).
using System;
using System.Linq;

namespace HeldOut46.A2C_RolloutSelectManyTotal;

public static class RolloutPolicy
{
    public static float[][] StepPolicies(float[][] rollout)
    {
        float[][] exps = rollout
            .Select(step =>
            {
                float m = step.Max();
                return step.Select(v => MathF.Exp(v - m)).ToArray();
            })
            .ToArray();
        float total = exps.SelectMany(r => r).Sum(); //~ LG0002
        return exps.Select(r => r.Select(e => e / total).ToArray()).ToArray();
    }
}
