// Source: keyword-spotting models in C# (per-frame softmax over keywords; per-keyword statistics kept for smoothing).
// Layout: flat float[frames, keywords]; the sum and division run over the keywords of each frame.
// Bug (LG0004): the shift is each keyword's peak over all frames (a ref local into a per-keyword array).
using System;

namespace LayerGen.Recreations.HeldOut5.KeywordSpottingRefColumnPeakNs;

public static class KeywordSpottingRefColumnPeak
{
    public static float[] Posteriors(float[] logits, int frames, int keywords)
    {
        var peaks = new float[keywords];
        for (int k = 0; k < keywords; k++)
        {
            ref float peak = ref peaks[k];
            peak = float.MinValue;
            for (int f = 0; f < frames; f++)
            {
                peak = MathF.Max(peak, logits[f * keywords + k]); //~ LG0004
            }
        }

        var post = new float[logits.Length];
        for (int f = 0; f < frames; f++)
        {
            float z = 0f;
            for (int k = 0; k < keywords; k++)
            {
                post[f * keywords + k] = MathF.Exp(logits[f * keywords + k] - peaks[k]);
                z += post[f * keywords + k];
            }
            for (int k = 0; k < keywords; k++) post[f * keywords + k] /= z;
        }
        return post;
    }
}
