// Source: SSD detection post-processing (Liu et al. 2016; OpenCV DNN `DetectionOutput` / MobileNet-SSD ports):
// per prior box, a softmax over the classes (class 0 = background), then boxes whose best foreground confidence
// reaches the threshold are kept. Layout: `unsafe` float* over a pinned [anchors · classes] buffer, a row pointer
// advanced per anchor.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Ssd_ClassConfidences
{
    public static unsafe int Softmax(float* conf, float* probs, int anchors, int classes, float threshold, int* keptClass)
    {
        int kept = 0;
        for (int a = 0; a < anchors; a++)
        {
            float* row = conf + a * classes;
            float* outRow = probs + a * classes;
            float top = row[0];
            for (int c = 1; c < classes; c++)
            {
                if (row[c] > top)
                {
                    top = row[c];
                }
            }

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                outRow[c] = MathF.Exp(row[c] - top);
                sum += outRow[c];
            }

            int best = -1;
            float bestConf = threshold;
            for (int c = 0; c < classes; c++)
            {
                outRow[c] /= sum;
                if (c > 0 && outRow[c] >= bestConf)
                {
                    best = c;
                    bestConf = outRow[c];
                }
            }

            keptClass[a] = best;
            kept += best > 0 ? 1 : 0;
        }

        return kept;
    }
}
