// Source: Perceiver latent cross-attention (Jaegle et al. 2021), re-created with .NET generic math as a port that
// reduced the max over the wrong dimension.
// Layout: T[latents, inputs], T : IFloatingPointIeee754<T>; the softmax runs over the inputs of each latent (a row).
// Bug (LG0004): the max is taken per input over all latents (a column), while the sum runs over the inputs of each
// latent.
using System.Numerics;

namespace LayerGen.Recreations.HeldOut8;

public static class PerceiverCrossAttention_MaxOverLatents
{
    public static T[,] Attend<T>(T[,] dots) where T : IFloatingPointIeee754<T>
    {
        int latents = dots.GetLength(0), inputs = dots.GetLength(1);
        var inputMax = new T[inputs];
        for (int i = 0; i < inputs; i++)
        {
            inputMax[i] = T.NegativeInfinity;
            for (int l = 0; l < latents; l++) inputMax[i] = T.Max(inputMax[i], dots[l, i]); //~ LG0004
        }

        var w = new T[latents, inputs];
        for (int l = 0; l < latents; l++)
        {
            T sum = T.Zero;
            for (int i = 0; i < inputs; i++)
            {
                w[l, i] = T.Exp(dots[l, i] - inputMax[i]);
                sum += w[l, i];
            }
            for (int i = 0; i < inputs; i++) w[l, i] /= sum;
        }
        return w;
    }
}
