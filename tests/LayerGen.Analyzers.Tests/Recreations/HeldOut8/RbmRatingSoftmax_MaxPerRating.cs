// Source: RBM collaborative filtering with K-way softmax visible units (Salakhutdinov, Mnih & Hinton 2007),
// re-created as a port that took the max along the contiguous dimension.
// Layout: flat float[ratings * movies], rating-major (index k * movies + i); the softmax axis (ratings) is strided.
// Bug (LG0004): the max is taken per rating over all movies (the contiguous run), while the sum runs over the
// ratings of each movie.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class RbmRatingSoftmax_MaxPerRating
{
    public static float[] VisibleProbabilities(float[] activation, int ratings, int movies)
    {
        var ratingMax = new float[ratings];
        for (int k = 0; k < ratings; k++)
        {
            ratingMax[k] = float.NegativeInfinity;
            for (int i = 0; i < movies; i++)
                if (activation[k * movies + i] > ratingMax[k]) ratingMax[k] = activation[k * movies + i]; //~ LG0004
        }

        var p = new float[activation.Length];
        for (int i = 0; i < movies; i++)
        {
            float z = 0f;
            for (int k = 0; k < ratings; k++)
            {
                p[k * movies + i] = MathF.Exp(activation[k * movies + i] - ratingMax[k]);
                z += p[k * movies + i];
            }
            for (int k = 0; k < ratings; k++) p[k * movies + i] /= z;
        }
        return p;
    }
}
