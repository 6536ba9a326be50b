// Source: ENAS controller sampling (Pham et al. 2018; melodyguan/enas `general_controller`): at every decision the
// controller's logits are divided by a temperature, optionally squashed as c · tanh(l), and softmaxed over the
// choices. Layout: List<float[]> of decision logits (choices vary per decision), a lambda transforms each logit; the
// shift is the max of the transformed logits.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public static class Enas_ControllerDecisions
{
    public static List<float[]> ChoiceProbabilities(List<float[]> decisions, float temperature, float? tanhConstant)
    {
        Func<float, float> transform = tanhConstant is float c
            ? l => c * MathF.Tanh(l / temperature)
            : l => l / temperature;
        var result = new List<float[]>(decisions.Count);
        foreach (float[] logits in decisions)
        {
            var t = new float[logits.Length];
            float top = float.NegativeInfinity;
            for (int i = 0; i < logits.Length; i++)
            {
                t[i] = transform(logits[i]);
                top = MathF.Max(top, t[i]);
            }

            float z = 0f;
            for (int i = 0; i < t.Length; i++)
            {
                t[i] = MathF.Exp(t[i] - top);
                z += t[i];
            }

            for (int i = 0; i < t.Length; i++)
            {
                t[i] /= z;
            }

            result.Add(t);
        }

        return result;
    }
}
