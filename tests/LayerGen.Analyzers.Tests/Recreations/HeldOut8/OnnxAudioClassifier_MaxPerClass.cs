// Source: ONNX Runtime post-processing of an environmental-sound classifier with a [classes, frames] output,
// re-created as a port that took the max along the contiguous (frame) dimension.
// Layout: float[classes, frames]; the softmax runs over the classes of one frame (a column).
// Bug (LG0004): the max is taken per class over all frames (a row), while the sum runs over the classes of each
// frame.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class OnnxAudioClassifier_MaxPerClass
{
    public static float[,] FrameProbabilities(float[,] logits)
    {
        int classes = logits.GetLength(0), frames = logits.GetLength(1);
        var classMax = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float m = float.NegativeInfinity;
            for (int f = 0; f < frames; f++) m = MathF.Max(m, logits[c, f]); //~ LG0004
            classMax[c] = m;
        }

        var p = new float[classes, frames];
        for (int f = 0; f < frames; f++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[c, f] = MathF.Exp(logits[c, f] - classMax[c]);
                sum += p[c, f];
            }
            for (int c = 0; c < classes; c++) p[c, f] /= sum;
        }
        return p;
    }
}
