// Source: selective attention over sentence bags for distantly supervised relation extraction (Lin et al. 2016;
// thunlp/OpenNRE `BagAttention`): within each entity-pair bag, a softmax over its sentences' relation scores.
// Layout: CSR bags (`bagStart`, length bags + 1) over a flat float[] of sentence scores, `while` loops; empty bags
// are skipped.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class SelectiveAttention_BagSentences
{
    public static float[] Weights(float[] scores, int[] bagStart)
    {
        var weights = new float[scores.Length];
        int bag = 0;
        while (bag + 1 < bagStart.Length)
        {
            int s = bagStart[bag], e = bagStart[bag + 1];
            bag++;
            if (e <= s)
            {
                continue;
            }

            float top = scores[s];
            int i = s + 1;
            while (i < e)
            {
                top = MathF.Max(top, scores[i]);
                i++;
            }

            float z = 0f;
            i = s;
            while (i < e)
            {
                weights[i] = MathF.Exp(scores[i] - top);
                z += weights[i];
                i++;
            }

            i = s;
            while (i < e)
            {
                weights[i] /= z;
                i++;
            }
        }

        return weights;
    }
}
