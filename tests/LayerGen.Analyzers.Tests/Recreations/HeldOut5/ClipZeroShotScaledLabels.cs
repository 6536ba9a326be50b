// Source: CLIP zero-shot classification in C# (ONNX CLIP ports): logits = logitScale · cos(image, label text),
// softmax over labels per image. Layout: flat double[images, labels] of cosine similarities.
// Correct: the max is taken over the scaled logits and subtracted from the scaled logits.
using System;

namespace LayerGen.Recreations.HeldOut5.ClipZeroShotScaledLabelsNs;

public static class ClipZeroShotScaledLabels
{
    public static double[] LabelProbabilities(double[] similarity, int images, int labels, double logitScale)
    {
        var p = new double[similarity.Length];
        for (int img = 0; img < images; img++)
        {
            int row = img * labels;
            double maxLogit = double.NegativeInfinity;
            for (int l = 0; l < labels; l++)
            {
                double logit = logitScale * similarity[row + l];
                if (logit > maxLogit) maxLogit = logit;
            }
            double z = 0.0;
            for (int l = 0; l < labels; l++)
            {
                p[row + l] = Math.Exp(logitScale * similarity[row + l] - maxLogit);
                z += p[row + l];
            }
            for (int l = 0; l < labels; l++)
            {
                p[row + l] /= z;
            }
        }
        return p;
    }
}
