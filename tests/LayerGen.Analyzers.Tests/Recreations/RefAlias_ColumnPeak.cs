// Variants (our own code) of per-frame softmaxes over keywords (flat [frames, keywords] or double[,]) whose shift is a
// per-keyword peak over all frames, folded through a ref local into the peaks array (ref float peak = ref peaks[k],
// a span slot, a double). The sum and division run over the keywords of each frame.
// Bugs: LG0004 (the max runs over frames, the sum over keywords).
using System;

namespace Recreations.RefAliasColumnPeak;

public static class RefColumnPeak
{
    public static float[] SpanSlot(float[] logits, int frames, int keywords)
    {
        Span<float> peaks = stackalloc float[keywords];
        for (int k = 0; k < keywords; k++)
        {
            ref float peak = ref peaks[k];
            peak = float.NegativeInfinity;
            for (int f = 0; f < frames; f++)
            {
                if (logits[f * keywords + k] > peak) peak = logits[f * keywords + k]; //~ LG0004
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

    public static double[,] Rectangular(double[,] scores)
    {
        int frames = scores.GetLength(0), keywords = scores.GetLength(1);
        var peaks = new double[keywords];
        for (int k = 0; k < keywords; k++)
        {
            ref double peak = ref peaks[k];
            peak = double.MinValue;
            for (int f = 0; f < frames; f++) peak = Math.Max(peak, scores[f, k]); //~ LG0004
        }

        var post = new double[frames, keywords];
        for (int f = 0; f < frames; f++)
        {
            double z = 0;
            for (int k = 0; k < keywords; k++) z += Math.Exp(scores[f, k] - peaks[k]);
            for (int k = 0; k < keywords; k++) post[f, k] = Math.Exp(scores[f, k] - peaks[k]) / z;
        }

        return post;
    }
}
