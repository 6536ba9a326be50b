// Idiom: policy-gradient (REINFORCE) action probabilities for a batch of parallel environments, from the policy
// network's logits, as PyTorch code writes softmax(logits, dim=-1) before sampling; our own C# port.
// Layout: float[][] logits [env][action]; one softmax per environment; `row.Max()` per env, MathF.Exp.
// Correct.
using System;
using System.Linq;

namespace HeldOut46.PolicyGradient_PerEnvJagged;

public static class Reinforce
{
    public static float[][] ActionProbabilities(float[][] logits)
    {
        var probs = new float[logits.Length][];
        for (int e = 0; e < logits.Length; e++)
        {
            float[] row = logits[e];
            float m = row.Max();
            var p = new float[row.Length];
            float sum = 0f;
            for (int a = 0; a < row.Length; a++)
            {
                p[a] = MathF.Exp(row[a] - m);
                sum += p[a];
            }

            for (int a = 0; a < p.Length; a++)
            {
                p[a] /= sum;
            }

            probs[e] = p;
        }

        return probs;
    }
}
