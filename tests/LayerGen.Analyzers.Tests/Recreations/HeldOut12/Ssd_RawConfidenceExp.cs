// Source: SSD detection post-processing (Liu et al. 2016; OpenCV DNN / MobileNet-SSD ports): per prior box, a softmax
// over the classes. Layout: `unsafe` float* walking the pinned [anchors · classes] buffer with a running pointer.
// Bug: LG0003 — the confidences are exponentiated raw.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Ssd_RawConfidenceExp
{
    public static unsafe void Softmax(float* conf, float* probs, int anchors, int classes)
    {
        float* src = conf;
        float* dst = probs;
        for (int a = 0; a < anchors; a++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                dst[c] = MathF.Exp(src[c]); //~ LG0003
                sum += dst[c];
            }

            for (int c = 0; c < classes; c++)
            {
                dst[c] /= sum;
            }

            src += classes;
            dst += classes;
        }
    }
}
