// Re-creation (our own code) of the shape of the deep attractor network's masks (Chen, Luo & Mesgarani 2017, DANet:
// M_{c, tf} = softmax_c(a_c · v_tf), one mask per source over every time-frequency bin).
// Layout: flat float[] source-major [C · bins] (source c's plane at c · bins), so the softmax over sources walks a
// fibre with stride bins; reverse loops.
// Correct: each bin's maximum over the sources is the shift.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class DeepAttractorSourceMajorMasks
{
    public static void Masks(float[] affinity, int sources, float[] masks)
    {
        int bins = affinity.Length / sources;
        for (int tf = bins - 1; tf >= 0; tf--)
        {
            float peak = affinity[tf];
            for (int c = sources - 1; c > 0; c--)
                peak = MathF.Max(peak, affinity[c * bins + tf]);

            float sum = 0f;
            for (int c = sources - 1; c >= 0; c--)
            {
                float e = MathF.Exp(affinity[c * bins + tf] - peak);
                masks[c * bins + tf] = e;
                sum += e;
            }

            float inverse = 1f / sum;
            for (int c = 0; c < sources; c++)
                masks[c * bins + tf] *= inverse;
        }
    }
}
