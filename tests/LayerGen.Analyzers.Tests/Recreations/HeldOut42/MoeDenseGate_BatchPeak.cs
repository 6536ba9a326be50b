// Idiom: mixture-of-experts dense gate over a micro-batch of tokens, router logits already computed
// Layout: jagged float[tokens][experts]
// Bug (LG0001): one peak over every token's router logits (LINQ), subtracted in every token's softmax
using System;
using System.Linq;

namespace HeldOut42.MoeDenseGate_BatchPeak;

public static class BatchRouter
{
    public static float[][] GateProbabilities(float[][] routerLogits)
    {
        float peak = routerLogits.Max(row => row.Max()); //~ LG0001
        var probs = new float[routerLogits.Length][];

        for (int t = 0; t < routerLogits.Length; t++)
        {
            float[] logits = routerLogits[t];
            var p = new float[logits.Length];
            float z = 0f;
            for (int e = 0; e < logits.Length; e++)
            {
                p[e] = MathF.Exp(logits[e] - peak);
                z += p[e];
            }

            for (int e = 0; e < p.Length; e++)
                p[e] /= z;
            probs[t] = p;
        }

        return probs;
    }
}
