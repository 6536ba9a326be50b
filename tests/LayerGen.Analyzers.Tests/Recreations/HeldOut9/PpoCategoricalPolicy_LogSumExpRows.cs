// Source: PPO with a categorical policy (Unity ML-Agents `CategoricalDistInstance` / CleanRL `ppo.py`): log pi(a|s)
// = logits - logsumexp(logits), ratio = exp(new log-prob - old log-prob), clipped surrogate.
// Layout: float[batch, actions] logits, int[] taken actions, float[,] log-probabilities out. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class PpoCategoricalPolicy_LogSumExpRows
{
    public static float Surrogate(float[,] logits, int[] actions, float[] oldLogProb, float clip, float[,] logPi)
    {
        int batch = logits.GetLength(0);
        int n = logits.GetLength(1);
        float objective = 0f;
        for (int b = 0; b < batch; b++)
        {
            float m = logits[b, 0];
            for (int a = 1; a < n; a++) m = MathF.Max(m, logits[b, a]);
            float acc = 0f;
            for (int a = 0; a < n; a++) acc += MathF.Exp(logits[b, a] - m);
            float lse = m + MathF.Log(acc);
            for (int a = 0; a < n; a++) logPi[b, a] = logits[b, a] - lse;

            float ratio = MathF.Exp(logPi[b, actions[b]] - oldLogProb[b]);
            float clipped = Math.Clamp(ratio, 1f - clip, 1f + clip);
            objective += MathF.Min(ratio, clipped);
        }

        return objective / batch;
    }
}
