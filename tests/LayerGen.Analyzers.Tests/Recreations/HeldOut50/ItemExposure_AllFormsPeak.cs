// Idiom: content-area weights for all test forms at once, shifted by the largest score over every form
// (`Values.Max(v => v.Max())`), each form then normalised over its own areas.
// Layout: Dictionary<string, float[]>, LINQ max of maxes, for loops per form, float.Exp.
// Bug: LG0001 (the max spans every form; a form far below the best one underflows to 0/0).
using System.Collections.Generic;
using System.Linq;

namespace HeldOut50.ItemExposure_AllFormsPeak;

public static class BlueprintWeights
{
    public static Dictionary<string, float[]> AreaWeights(Dictionary<string, float[]> areaScores)
    {
        float ceiling = areaScores.Values.Max(v => v.Max()); //~ LG0001
        var weights = new Dictionary<string, float[]>(areaScores.Count);
        foreach (string form in areaScores.Keys)
        {
            float[] scores = areaScores[form];
            var w = new float[scores.Length];
            float sum = 0f;
            for (int a = 0; a < scores.Length; a++)
            {
                w[a] = float.Exp(scores[a] - ceiling);
                sum += w[a];
            }

            for (int a = 0; a < w.Length; a++)
            {
                w[a] /= sum;
            }

            weights[form] = w;
        }

        return weights;
    }
}
