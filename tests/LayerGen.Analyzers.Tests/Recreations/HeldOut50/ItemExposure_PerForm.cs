// Idiom: test assembly / exposure control: for every test form, softmax weights over the content areas from their
// blueprint-deviation scores, used to pick which area the next item is drawn from (our own C#).
// Layout: IReadOnlyDictionary<string, float[]> form -> area scores, foreach KeyValuePair, scores.Max(), MathF.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.ItemExposure_PerForm;

public static class ContentBalancing
{
    public static Dictionary<string, float[]> AreaWeights(IReadOnlyDictionary<string, float[]> areaScores)
    {
        var weights = new Dictionary<string, float[]>();
        foreach (KeyValuePair<string, float[]> form in areaScores)
        {
            float[] scores = form.Value;
            float top = scores.Max();
            var w = new float[scores.Length];
            float sum = 0f;
            for (int a = 0; a < scores.Length; a++)
            {
                w[a] = MathF.Exp(scores[a] - top);
                sum += w[a];
            }

            for (int a = 0; a < w.Length; a++)
            {
                w[a] /= sum;
            }

            weights.Add(form.Key, w);
        }

        return weights;
    }
}
