// Source: PANNs decision-level attention pooling (Kong et al. 2020; qiuqiangkong/audioset_tagging_cnn `AttBlock`):
// per sound class, a softmax over frames of the attention logits weights the frame-wise sigmoid outputs into a clip
// score. (The original clamps the logits to [−10, 10]; this re-creation does not clamp.)
// Layout: class-major float[classes, frames], `Parallel.For` over classes with per-class locals.
// Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut12;

public static class Panns_DecisionAttention
{
    public static float[,] Pool(float[,] attention, float[,] framewise, float[] clip)
    {
        int classes = attention.GetLength(0), frames = attention.GetLength(1);
        var norm = new float[classes, frames];
        Parallel.For(0, classes, c =>
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < frames; t++)
            {
                peak = MathF.Max(peak, attention[c, t]);
            }

            float z = 0f;
            for (int t = 0; t < frames; t++)
            {
                norm[c, t] = MathF.Exp(attention[c, t] - peak);
                z += norm[c, t];
            }

            float score = 0f;
            for (int t = 0; t < frames; t++)
            {
                norm[c, t] /= z;
                score += norm[c, t] * framewise[c, t];
            }

            clip[c] = score;
        });

        return norm;
    }
}
