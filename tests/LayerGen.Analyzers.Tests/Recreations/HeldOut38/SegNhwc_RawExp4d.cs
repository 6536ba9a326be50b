// Idiom: segmentation decoder output in NHWC, per-pixel class softmax written straight from the formula
// Layout: float[n, h, w, c] multidimensional array (NHWC, channels innermost)
// Bug (LG0003): exp of the raw class logits, no maximum subtracted (overflow above ~88 in float)
using System;

namespace HeldOut38.SegNhwc_RawExp4d;

public static class PixelClassifier
{
    public static float[,,,] Probabilities(float[,,,] scores)
    {
        int n = scores.GetLength(0), h = scores.GetLength(1), w = scores.GetLength(2), c = scores.GetLength(3);
        var probs = new float[n, h, w, c];
        for (int i = 0; i < n; i++)
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        {
            float z = 0f;
            for (int k = 0; k < c; k++)
            {
                probs[i, y, x, k] = MathF.Exp(scores[i, y, x, k]); //~ LG0003
                z += probs[i, y, x, k];
            }

            for (int k = 0; k < c; k++)
                probs[i, y, x, k] /= z;
        }

        return probs;
    }
}
