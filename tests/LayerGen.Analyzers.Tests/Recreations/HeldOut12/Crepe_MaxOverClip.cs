// Source: CREPE pitch read-out (Kim et al. 2018; marl/crepe): salience logits over pitch bins, softmax per frame.
// Layout: row-major float[frames, bins]; the shift is taken with `foreach` over the whole clip.
// Bug: LG0001 — the max spans every frame of the clip, not the frame's bins.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Crepe_MaxOverClip
{
    public static float[,] Posteriors(float[,] salience)
    {
        int frames = salience.GetLength(0), bins = salience.GetLength(1);
        float top = float.NegativeInfinity;
        foreach (float s in salience)
        {
            top = MathF.Max(top, s); //~ LG0001
        }

        var probs = new float[frames, bins];
        for (int f = 0; f < frames; f++)
        {
            float z = 0f;
            for (int b = 0; b < bins; b++)
            {
                probs[f, b] = MathF.Exp(salience[f, b] - top);
                z += probs[f, b];
            }

            for (int b = 0; b < bins; b++)
            {
                probs[f, b] /= z;
            }
        }

        return probs;
    }
}
