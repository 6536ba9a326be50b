// Source: advantage actor-critic with an entropy bonus (Mnih et al. 2016; the textbook "softmax then entropy" port
// of an A2C policy head).
// Layout: `float[,]` logits [batch, actions], outputs `float[,]` and `float[]`.
// Bug: LG0003 — π = exp(x) / Σ exp(x) and log Z = log Σ exp(x) from raw exponentials.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class A2cRawPolicyExp
{
    /// <summary>Policy probabilities and entropies of a batch of states.</summary>
    public static void Evaluate(float[,] logits, float[,] probabilities, float[] entropy)
    {
        int batch = logits.GetLength(0), actions = logits.GetLength(1);
        for (int b = 0; b < batch; b++)
        {
            float z = 0f;
            for (int a = 0; a < actions; a++)
            {
                probabilities[b, a] = MathF.Exp(logits[b, a]); //~ LG0003
                z += probabilities[b, a];
            }

            float logZ = MathF.Log(z);
            float h = 0f;
            for (int a = 0; a < actions; a++)
            {
                probabilities[b, a] /= z;
                h -= probabilities[b, a] * (logits[b, a] - logZ);
            }
            entropy[b] = h;
        }
    }
}
