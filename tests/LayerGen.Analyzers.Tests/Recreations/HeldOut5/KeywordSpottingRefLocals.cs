// Source: keyword-spotting (wake word) models in C# (per-frame softmax over keywords + "silence"/"unknown").
// Layout: flat float[frames, keywords]; softmax per frame.
// Correct: do-while loops; ref locals to the frame's running max and to each output cell.
using System;

namespace LayerGen.Recreations.HeldOut5.KeywordSpottingRefLocalsNs;

public static class KeywordSpottingRefLocals
{
    public static float[] Posteriors(float[] logits, int frames, int keywords)
    {
        var post = new float[logits.Length];
        var frameMax = new float[frames];
        for (int f = 0; f < frames; f++)
        {
            ref float peak = ref frameMax[f];
            peak = logits[f * keywords];
            int k = 1;
            do
            {
                if (k < keywords && logits[f * keywords + k] > peak) peak = logits[f * keywords + k];
                k++;
            } while (k < keywords);

            float z = 0f;
            k = 0;
            do
            {
                ref float cell = ref post[f * keywords + k];
                cell = MathF.Exp(logits[f * keywords + k] - peak);
                z += cell;
                k++;
            } while (k < keywords);

            for (k = 0; k < keywords; k++) post[f * keywords + k] /= z;
        }
        return post;
    }
}
