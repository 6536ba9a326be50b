// Source: Perceiver latent cross-attention (Jaegle et al. 2021; a small latent array attends to a large input
// array, softmax over the inputs for each latent; the deepmind-research perceiver `attend` shape), re-created with
// .NET generic math.
// Layout: T[latents, inputs] dot products, T : IFloatingPointIeee754<T>, scale = 1/sqrt(d) applied inside max and exp.
// Correct: each latent row subtracts its own max of scale * s.
using System.Numerics;

namespace LayerGen.Recreations.HeldOut8;

public static class PerceiverCrossAttention_GenericMath
{
    public static T[,] Attend<T>(T[,] dots, T scale) where T : IFloatingPointIeee754<T>
    {
        int latents = dots.GetLength(0), inputs = dots.GetLength(1);
        var w = new T[latents, inputs];
        for (int l = 0; l < latents; l++)
        {
            T m = T.NegativeInfinity;
            for (int i = 0; i < inputs; i++) m = T.Max(m, scale * dots[l, i]);

            T sum = T.Zero;
            for (int i = 0; i < inputs; i++)
            {
                w[l, i] = T.Exp(scale * dots[l, i] - m);
                sum += w[l, i];
            }
            for (int i = 0; i < inputs; i++) w[l, i] /= sum;
        }
        return w;
    }
}
