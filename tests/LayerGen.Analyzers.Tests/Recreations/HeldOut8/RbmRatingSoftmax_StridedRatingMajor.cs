// Source: RBM for collaborative filtering with K-way softmax visible units (Salakhutdinov, Mnih & Hinton 2007:
// p(v_i = k | h) over the K ratings of movie i), re-created.
// Layout: flat float[ratings * movies] stored rating-major (index k * movies + i); the softmax axis is strided by
// the movie count; pointer-free stride walks.
// Correct: per movie, max and sum over its K ratings.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class RbmRatingSoftmax_StridedRatingMajor
{
    public static float[] VisibleProbabilities(float[] activation, int ratings, int movies)
    {
        var p = new float[activation.Length];
        for (int i = 0; i < movies; i++)
        {
            float top = float.NegativeInfinity;
            for (int idx = i; idx < ratings * movies; idx += movies) top = MathF.Max(top, activation[idx]);

            float z = 0f;
            for (int idx = i; idx < ratings * movies; idx += movies)
            {
                p[idx] = MathF.Exp(activation[idx] - top);
                z += p[idx];
            }

            for (int k = 0; k < ratings; k++) p[k * movies + i] /= z;
        }
        return p;
    }
}
