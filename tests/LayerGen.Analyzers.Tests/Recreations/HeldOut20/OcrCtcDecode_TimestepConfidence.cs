// Source: OCR text-recognition post-processing (PaddleOCR CTCLabelDecode, CRNN, Shi et al. 2017): per-timestep
// softmax over the character set, greedy CTC decoding (collapse repeats, drop blanks) and the mean probability of
// the kept characters as the line confidence.
// Layout: unsafe float* over [timesteps * classes] (ONNX output), pointer walks per row, probabilities to a second
// pointer.
// Correct: peak per timestep; the argmax and the confidence read the probabilities, not the logits.
using System;
using System.Text;

namespace HeldOut20.OcrCtcDecode;

public static unsafe class CtcGreedy
{
    public static string Decode(float* logits, int timesteps, int classes, string alphabet, float* probs, out float confidence)
    {
        var text = new StringBuilder();
        float confidenceSum = 0f;
        int kept = 0;
        int previous = -1;
        for (int t = 0; t < timesteps; t++)
        {
            float* row = logits + t * classes;
            float* end = row + classes;
            float peak = *row;
            for (float* q = row + 1; q < end; q++)
            {
                if (*q > peak)
                {
                    peak = *q;
                }
            }

            float* p = probs + t * classes;
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[c] = MathF.Exp(row[c] - peak);
                z += p[c];
            }

            int best = 0;
            for (int c = 0; c < classes; c++)
            {
                p[c] /= z;
                if (p[c] > p[best])
                {
                    best = c;
                }
            }

            if (best != 0 && best != previous)
            {
                text.Append(best - 1 < alphabet.Length ? alphabet[best - 1] : '?');
                confidenceSum += p[best];
                kept++;
            }

            previous = best;
        }

        confidence = kept == 0 ? 0f : confidenceSum / kept;
        return text.ToString();
    }
}
