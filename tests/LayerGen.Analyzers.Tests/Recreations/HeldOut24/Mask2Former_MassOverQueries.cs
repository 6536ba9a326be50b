// Source: Mask2Former / MaskFormer semantic inference (Cheng et al. 2021/2022): softmax of each query's class logits
// over K classes plus no-object.
// Layout: flat float[] [queries, classes + 1] indexed q * stride + c; exponentials written in one pass, one division pass
// over the whole buffer afterwards.
// Bug: LG0002, each query row is shifted by its own peak, but the normaliser is summed over every query.
using System;

namespace HeldOut24.Mask2FormerMass;

/// <summary>Query class probabilities, flat buffer.</summary>
public static class QueryClassifier
{
    /// <summary>Softmax of each query's class logits.</summary>
    public static float[] ClassProbabilities(float[] classLogits, int queries, int classesWithNoObject)
    {
        int stride = classesWithNoObject;
        var p = new float[classLogits.Length];
        float normaliser = 0f;
        for (int q = 0; q < queries; q++)
        {
            int row = q * stride;
            float top = float.NegativeInfinity;
            for (int c = 0; c < stride; c++)
            {
                top = MathF.Max(top, classLogits[row + c]);
            }

            for (int c = 0; c < stride; c++)
            {
                float e = MathF.Exp(classLogits[row + c] - top);
                p[row + c] = e;
                normaliser += e; //~ LG0002
            }
        }

        for (int i = 0; i < queries * stride; i++)
        {
            p[i] /= normaliser;
        }

        return p;
    }
}
