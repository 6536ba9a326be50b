// Source: OCR text-recognition post-processing (PaddleOCR CTCLabelDecode, CRNN): per-timestep softmax over the
// character set before greedy CTC decoding.
// Layout: jagged float[][] frames, Array.ConvertAll with a method group per frame, LINQ Sum, in-place division.
// Bug LG0003: MathF.Exp of the raw logits of each frame, no peak subtracted.
using System;
using System.Linq;

namespace HeldOut20.OcrCtcDecodeRaw;

public static class CtcGreedy
{
    public static float[][] FrameProbabilities(float[][] frames)
    {
        var probs = new float[frames.Length][];
        for (int t = 0; t < frames.Length; t++)
        {
            float[] e = Array.ConvertAll(frames[t], MathF.Exp); //~ LG0003
            float z = e.Sum();
            for (int c = 0; c < e.Length; c++)
            {
                e[c] /= z;
            }

            probs[t] = e;
        }

        return probs;
    }
}
