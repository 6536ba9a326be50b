// HeldOut15 — DeepHit_PeakOverCohort
// Source: DeepHit (Lee et al. 2018), a flat-buffer port of the joint cause × time softmax.
// Layout: output logits flat float[] [subjects · causes · bins]; subject i's block at i·causes·bins.
// Bug (LG0001): the peak is folded with a do/while over the whole cohort's buffer, then subtracted
// from every subject's block (a subject far below the cohort's best underflows to 0/0).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DeepHit_PeakOverCohort
{
    /// <summary>Joint event probabilities, flat like the logits.</summary>
    public static float[] Probabilities(float[] logits, int causes, int bins)
    {
        int block = causes * bins, n = logits.Length / block;
        float peak = logits[0];
        int i = 1;
        do
        {
            if (logits[i] > peak) peak = logits[i]; //~ LG0001
            i++;
        } while (i < logits.Length);

        var p = new float[logits.Length];
        for (int s = 0; s < n; s++)
        {
            float z = 0f;
            for (int j = s * block; j < (s + 1) * block; j++)
            {
                p[j] = MathF.Exp(logits[j] - peak);
                z += p[j];
            }
            for (int j = s * block; j < (s + 1) * block; j++) p[j] /= z;
        }
        return p;
    }
}
