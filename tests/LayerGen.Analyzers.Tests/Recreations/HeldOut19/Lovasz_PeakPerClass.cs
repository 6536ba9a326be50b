// Source: Lovász-softmax loss (Berman et al. 2018; bermanmaxim/LovaszSoftmax), the softmax part over a batch in
// NCHW flat memory, the class peaks gathered in a first pass "for stability".
// Layout: flat `float[]` [batch · classes · height · width], strides `c * plane`, per-class peaks `float[classes]`.
// Bug: LG0004 — each class's peak is taken over the pixels of the image, while the sum runs over the classes of one
// pixel.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class LovaszPeakPerClass
{
    /// <summary>Per-pixel class probabilities of an NCHW batch.</summary>
    public static void Probabilities(float[] logits, int batch, int classes, int plane, float[] probabilities)
    {
        var classPeak = new float[classes];
        for (int n = 0; n < batch; n++)
        {
            int image = n * classes * plane;
            for (int c = 0; c < classes; c++)
            {
                classPeak[c] = float.NegativeInfinity;
                for (int i = 0; i < plane; i++)
                    classPeak[c] = MathF.Max(classPeak[c], logits[image + c * plane + i]); //~ LG0004
            }

            for (int i = 0; i < plane; i++)
            {
                float z = 0f;
                for (int c = 0; c < classes; c++)
                {
                    int at = image + c * plane + i;
                    probabilities[at] = MathF.Exp(logits[at] - classPeak[c]);
                    z += probabilities[at];
                }
                for (int c = 0; c < classes; c++) probabilities[image + c * plane + i] /= z;
            }
        }
    }
}
