// Variants (our own code) of per-frame softmaxes over keywords that keep each frame's peak and normaliser in slots of
// per-frame arrays through ref locals (ref float peak = ref peaks[f], ref float z = ref norms[f]), reset per frame and
// read back through the ref or the array. The silent twins of RefAlias_ColumnPeak. float and double.
// Correct: no diagnostic.
using System;

namespace Recreations.RefAliasRowPeak;

public static class RefRowPeak
{
    public static float[] PerFrame(float[] logits, int frames, int keywords)
    {
        var peaks = new float[frames];
        var norms = new float[frames];
        var post = new float[logits.Length];
        for (int f = 0; f < frames; f++)
        {
            ref float peak = ref peaks[f];
            peak = float.NegativeInfinity;
            for (int k = 0; k < keywords; k++) peak = MathF.Max(peak, logits[f * keywords + k]);
            ref float z = ref norms[f];
            z = 0f;
            for (int k = 0; k < keywords; k++)
            {
                post[f * keywords + k] = MathF.Exp(logits[f * keywords + k] - peak);
                z += post[f * keywords + k];
            }

            for (int k = 0; k < keywords; k++) post[f * keywords + k] /= norms[f];
        }

        return post;
    }

    public static double[,] Rectangular(double[,] scores)
    {
        int frames = scores.GetLength(0), keywords = scores.GetLength(1);
        var peaks = new double[frames];
        var post = new double[frames, keywords];
        for (int f = 0; f < frames; f++)
        {
            ref double peak = ref peaks[f];
            peak = double.MinValue;
            for (int k = 0; k < keywords; k++)
            {
                if (scores[f, k] > peak) peak = scores[f, k];
            }

            double z = 0;
            for (int k = 0; k < keywords; k++) z += Math.Exp(scores[f, k] - peaks[f]);
            for (int k = 0; k < keywords; k++) post[f, k] = Math.Exp(scores[f, k] - peak) / z;
        }

        return post;
    }
}
