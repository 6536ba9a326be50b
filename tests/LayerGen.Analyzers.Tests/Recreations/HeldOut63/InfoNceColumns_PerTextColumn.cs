// HeldOut63 / InfoNceColumns_PerTextColumn
// Idiom: the text-to-image half of the symmetric CLIP InfoNCE objective: the same logits matrix is softmaxed down each
// column (per text, over all images of the batch), i.e. `cross_entropy(logits.T, labels)` written without a transpose
// (own code).
// Layout: float[images, texts] row-major, softmax per column; `if` fold down the column; MathF.Exp.
// Label: Correct (column maximum and column sum).
using System;

namespace HeldOut63.InfoNceColumns_PerTextColumn;

public static class SymmetricContrast
{
    public static float[,] TextToImageProbabilities(float[,] logits)
    {
        int images = logits.GetLength(0);
        int texts = logits.GetLength(1);
        var probs = new float[images, texts];
        for (int t = 0; t < texts; t++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < images; i++)
            {
                if (logits[i, t] > m) m = logits[i, t];
            }

            float z = 0f;
            for (int i = 0; i < images; i++)
            {
                probs[i, t] = MathF.Exp(logits[i, t] - m);
                z += probs[i, t];
            }

            for (int i = 0; i < images; i++)
            {
                probs[i, t] /= z;
            }
        }

        return probs;
    }
}
