// Idiom: policy-gradient action probabilities per environment of a vectorised rollout, one logits array per env.
// Written as our own code.
// Layout: List<float[]> [env][action], `foreach`; per-env max with MathF.Max. The normaliser `total` is declared above
// the environment loop and never reset.
// Bug: LG0002 (from the second environment on, each row is divided by the sum of all rows so far).
using System;
using System.Collections.Generic;

namespace HeldOut46.PolicyGradient_SumNotReset;

public static class Reinforce
{
    public static List<float[]> Probabilities(List<float[]> envLogits)
    {
        var result = new List<float[]>(envLogits.Count);
        float total = 0f;
        foreach (float[] logits in envLogits)
        {
            float peak = float.MinValue;
            foreach (float l in logits)
            {
                peak = MathF.Max(peak, l);
            }

            var p = new float[logits.Length];
            for (int a = 0; a < logits.Length; a++)
            {
                p[a] = MathF.Exp(logits[a] - peak);
                total += p[a]; //~ LG0002
            }

            for (int a = 0; a < p.Length; a++)
            {
                p[a] /= total;
            }

            result.Add(p);
        }

        return result;
    }
}
