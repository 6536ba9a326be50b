// Idiom: SSD-style detection head, class softmax per anchor box, then the best foreground class per anchor
// Layout: float[anchors, classes] multidimensional array, class 0 = background
// Correct
using System;

namespace HeldOut38.DetectionHead_AnchorClassScores;

public sealed class SsdPostProcessor
{
    public float[,] ClassConfidences(float[,] classLogits, out int[] bestClass)
    {
        int anchors = classLogits.GetLength(0);
        int classes = classLogits.GetLength(1);
        var conf = new float[anchors, classes];
        bestClass = new int[anchors];

        for (int a = 0; a < anchors; a++)
        {
            float maxLogit = classLogits[a, 0];
            for (int c = 1; c < classes; c++)
                maxLogit = Math.Max(maxLogit, classLogits[a, c]);

            float sumExp = 0f;
            for (int c = 0; c < classes; c++)
            {
                conf[a, c] = (float)Math.Exp(classLogits[a, c] - maxLogit);
                sumExp += conf[a, c];
            }

            int best = 1;
            for (int c = 0; c < classes; c++)
            {
                conf[a, c] /= sumExp;
                if (c > 0 && conf[a, c] > conf[a, best])
                    best = c;
            }

            bestClass[a] = best;
        }

        return conf;
    }
}
