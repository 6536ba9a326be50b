// Source: Lovász-softmax loss (Berman, Rannen Triki & Blaschko 2018; bermanmaxim/LovaszSoftmax `lovasz_softmax_flat`):
// per-pixel softmax over the classes, then per present class the errors |fg − p_c| sorted in decreasing order and
// dotted with the gradient of the Lovász extension of the Jaccard loss.
// Layout: rank-3 `float[classes, height, width]` channel-first logits, `int[,]` labels, probabilities out in the same
// layout; per-pixel peak in the class loop; `Array.Sort` of errors with keys.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class LovaszSoftmaxLoss
{
    /// <summary>Class probabilities of one image and its Lovász-softmax loss over the present classes.</summary>
    public static float Loss(float[,,] logits, int[,] labels, float[,,] probabilities)
    {
        int classes = logits.GetLength(0), height = logits.GetLength(1), width = logits.GetLength(2);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                float peak = logits[0, y, x];
                for (int c = 1; c < classes; c++)
                    if (logits[c, y, x] > peak) peak = logits[c, y, x];

                float z = 0f;
                for (int c = 0; c < classes; c++)
                {
                    probabilities[c, y, x] = MathF.Exp(logits[c, y, x] - peak);
                    z += probabilities[c, y, x];
                }
                for (int c = 0; c < classes; c++) probabilities[c, y, x] /= z;
            }
        }

        int pixels = height * width;
        var errors = new float[pixels];
        var foreground = new float[pixels];
        float loss = 0f;
        int present = 0;
        for (int c = 0; c < classes; c++)
        {
            float gts = 0f;
            for (int y = 0, i = 0; y < height; y++)
                for (int x = 0; x < width; x++, i++)
                {
                    foreground[i] = labels[y, x] == c ? 1f : 0f;
                    errors[i] = -MathF.Abs(foreground[i] - probabilities[c, y, x]); // negated: Array.Sort is ascending
                    gts += foreground[i];
                }
            if (gts == 0f) continue;
            present++;

            Array.Sort(errors, foreground);
            float previousJaccard = 0f, cumulativeFg = 0f;
            for (int i = 0; i < pixels; i++)
            {
                cumulativeFg += foreground[i];
                float intersection = gts - cumulativeFg;
                float union = gts + (i + 1) - cumulativeFg;
                float jaccard = 1f - intersection / union;
                loss += -errors[i] * (jaccard - previousJaccard);
                previousJaccard = jaccard;
            }
        }
        return present == 0 ? 0f : loss / present;
    }
}
