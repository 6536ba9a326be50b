// Source: PaddleOCR C# ports (PaddleOCRSharp / OCR recognisers): the CTC head outputs [T, C] per text line and the
// decoder softmaxes every time step before greedy argmax. Layout: flat [frames, classes] row-major.
// Correct: per-frame max found with while loops, exp shifted by it, divided by the frame's own sum.
using System;

namespace LayerGen.Recreations.HeldOut5.CtcOcrFramesWhileNs;

public static class CtcOcrFramesWhile
{
    public static int[] DecodeProbabilities(float[] logits, float[] probs, int frames, int classes)
    {
        var best = new int[frames];
        int t = 0;
        while (t < frames)
        {
            int start = t * classes;
            float m = logits[start];
            int c = 1;
            while (c < classes)
            {
                if (logits[start + c] > m)
                {
                    m = logits[start + c];
                }
                c++;
            }

            float s = 0f;
            c = 0;
            while (c < classes)
            {
                probs[start + c] = MathF.Exp(logits[start + c] - m);
                s += probs[start + c];
                c++;
            }

            c = 0;
            float bestP = -1f;
            while (c < classes)
            {
                probs[start + c] /= s;
                if (probs[start + c] > bestP)
                {
                    bestP = probs[start + c];
                    best[t] = c;
                }
                c++;
            }
            t++;
        }
        return best;
    }
}
