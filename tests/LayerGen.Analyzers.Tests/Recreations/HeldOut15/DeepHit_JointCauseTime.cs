// HeldOut15 — DeepHit_JointCauseTime
// Source: DeepHit competing-risks survival network (Lee et al. 2018, AAAI; chl8856/DeepHit,
// havakv/pycox `DeepHit`): one softmax per subject over the whole cause × time-bin grid, then the
// cause-specific cumulative incidence F_k(t) = Σ_{s ≤ t} p(k, s).
// Layout: output logits float[subjects, causes, bins] (rank 3); the softmax axis is the whole
// [causes, bins] block of a subject.
// Correct: each subject's peak and sum run over its own causes × bins block.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DeepHit_JointCauseTime
{
    /// <summary>Joint event probabilities p(k, t) per subject; cumulative incidence written to cif.</summary>
    public static float[,,] Probabilities(float[,,] logits, float[,,] cif)
    {
        int n = logits.GetLength(0), causes = logits.GetLength(1), bins = logits.GetLength(2);
        var p = new float[n, causes, bins];
        for (int i = 0; i < n; i++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < causes; k++)
                for (int t = 0; t < bins; t++)
                    peak = MathF.Max(peak, logits[i, k, t]);
            float z = 0f;
            for (int k = 0; k < causes; k++)
                for (int t = 0; t < bins; t++)
                    z += p[i, k, t] = MathF.Exp(logits[i, k, t] - peak);
            for (int k = 0; k < causes; k++)
            {
                float running = 0f;
                for (int t = 0; t < bins; t++)
                {
                    p[i, k, t] /= z;
                    running += p[i, k, t];
                    cif[i, k, t] = running;
                }
            }
        }
        return p;
    }
}
