// Source: ONNX Runtime post-processing of an environmental-sound classifier (ESC-50-style CNN exported with a
// [classes, frames] output), frame softmax then clip-level mean, as in C# audio-tagging samples, re-created.
// Layout: float[classes, frames] class-major; the softmax runs over the classes of one frame (a column); reverse
// loops; the clip score then averages the probabilities over the frames.
// Correct: per-frame max and sum over classes; the frame average is taken over probabilities, not logits.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class OnnxAudioClassifier_ClassMajorReverse
{
    public static float[,] FrameProbabilities(float[,] logits, out float[] clip)
    {
        int classes = logits.GetLength(0), frames = logits.GetLength(1);
        var p = new float[classes, frames];
        for (int f = frames - 1; f >= 0; f--)
        {
            float best = float.NegativeInfinity;
            for (int c = classes - 1; c >= 0; c--) best = MathF.Max(best, logits[c, f]);
            float sum = 0f;
            for (int c = classes - 1; c >= 0; c--)
            {
                p[c, f] = MathF.Exp(logits[c, f] - best);
                sum += p[c, f];
            }
            for (int c = classes - 1; c >= 0; c--) p[c, f] /= sum;
        }

        clip = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float acc = 0f;
            for (int f = 0; f < frames; f++) acc += p[c, f];
            clip[c] = acc / frames;
        }
        return p;
    }
}
