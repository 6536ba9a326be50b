// Source: selective attention over sentence bags (Lin et al. 2016; OpenNRE `BagAttention`): a softmax over each
// bag's sentences. Layout: CSR bags (`bagStart`) over a flat float[] of scores, `for` loops.
// Bug: LG0003 — the sentence scores are exponentiated without a shift.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class SelectiveAttention_RawSentenceExp
{
    public static float[] Weights(float[] scores, int[] bagStart)
    {
        var weights = new float[scores.Length];
        for (int b = 0; b + 1 < bagStart.Length; b++)
        {
            float z = 0f;
            for (int i = bagStart[b]; i < bagStart[b + 1]; i++)
            {
                weights[i] = MathF.Exp(scores[i]); //~ LG0003
                z += weights[i];
            }

            for (int i = bagStart[b]; i < bagStart[b + 1]; i++)
            {
                weights[i] /= z;
            }
        }

        return weights;
    }
}
