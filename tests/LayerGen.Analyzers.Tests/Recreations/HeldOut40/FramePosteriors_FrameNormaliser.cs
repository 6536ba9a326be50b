// Idiom: frame-level posteriors of a batched acoustic model (time-major), normaliser kept per frame
// Layout: flat float[] of [frames, batch, classes], index (t * batch + b) * classes + k
// Bug (LG0002): the normaliser is reset per frame but summed over every utterance of the batch at that frame
using System;

namespace HeldOut40.FramePosteriors_FrameNormaliser;

public static class BatchedPosteriors
{
    public static void Compute(float[] acts, float[] post, int frames, int batch, int classes)
    {
        for (int t = 0; t < frames; t++)
        {
            float norm = 0f;
            for (int b = 0; b < batch; b++)
            {
                int baseIdx = (t * batch + b) * classes;
                float m = float.NegativeInfinity;
                for (int k = 0; k < classes; k++)
                    if (acts[baseIdx + k] > m) m = acts[baseIdx + k];

                for (int k = 0; k < classes; k++)
                {
                    post[baseIdx + k] = MathF.Exp(acts[baseIdx + k] - m);
                    norm += post[baseIdx + k]; //~ LG0002
                }
            }

            for (int b = 0; b < batch; b++)
            {
                int baseIdx = (t * batch + b) * classes;
                for (int k = 0; k < classes; k++)
                    post[baseIdx + k] /= norm;
            }
        }
    }
}
