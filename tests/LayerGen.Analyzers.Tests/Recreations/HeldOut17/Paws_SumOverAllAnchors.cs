// Source: PAWS soft nearest neighbours (Assran et al. 2021; facebookresearch/suncet), the anchor-to-support softmax
//   over precomputed similarities.
// Layout: float[anchors, support] similarities over tau; per-anchor peak; exps in a float[,]; the normaliser is a
//   `foreach` over the whole 2-D exp array.
// Bug: LG0002 (the normaliser spans all anchors).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>PAWS anchor-to-support weights with one normaliser.</summary>
public static class PawsWholeNormaliser
{
    /// <summary>Returns the weights [anchors, support].</summary>
    public static float[,] Weights(float[,] similarities, float tau)
    {
        int anchors = similarities.GetLength(0);
        int support = similarities.GetLength(1);
        var e = new float[anchors, support];
        for (int i = 0; i < anchors; i++)
        {
            float peak = float.NegativeInfinity;
            for (int j = 0; j < support; j++)
            {
                peak = MathF.Max(peak, similarities[i, j] / tau);
            }

            for (int j = 0; j < support; j++)
            {
                e[i, j] = MathF.Exp(similarities[i, j] / tau - peak);
            }
        }

        float z = 0f;
        foreach (float v in e)
        {
            z += v; //~ LG0002
        }

        for (int i = 0; i < anchors; i++)
        {
            for (int j = 0; j < support; j++)
            {
                e[i, j] /= z;
            }
        }

        return e;
    }
}
