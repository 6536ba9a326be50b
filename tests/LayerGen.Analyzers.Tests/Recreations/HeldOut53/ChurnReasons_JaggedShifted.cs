// Idiom: churn-reason classifier output per customer (price, support, competitor, ...): softmax over the reason
// logits of each customer, float, as a retention dashboard scores its customer list.
// Layout: jagged float[customers][reasons], jagged float[][] out.
// Correct: each customer's own max logit is subtracted.
using System;

namespace HeldOut53.ChurnReasons_JaggedShifted;

public static class ChurnReasonClassifier
{
    public static float[][] ReasonProbabilities(float[][] logits)
    {
        var probs = new float[logits.Length][];
        for (int c = 0; c < logits.Length; c++)
        {
            float[] z = logits[c];
            float max = float.NegativeInfinity;
            foreach (float v in z)
            {
                if (v > max)
                {
                    max = v;
                }
            }

            var p = new float[z.Length];
            float sum = 0f;
            for (int k = 0; k < z.Length; k++)
            {
                p[k] = MathF.Exp(z[k] - max);
                sum += p[k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                p[k] /= sum;
            }

            probs[c] = p;
        }

        return probs;
    }
}
