// Source: multinomial diffusion posterior q(x_{t-1} | x_t, x_0) (Hoogeboom et al. 2021), a port that leaves log
// space for the product of the two categorical terms.
// Layout: flat ReadOnlySpan<double> [pixels * classes] for both log terms, offset o = p * classes.
// Bug LG0003: exp of the summed log terms without subtracting their maximum (the x_0 network's logits are
// unbounded).
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class MultinomialDiffusion_RawProduct
{
    public static void Posterior(ReadOnlySpan<double> logFromX0, ReadOnlySpan<double> logToXt, int classes, Span<double> probs)
    {
        for (int o = 0; o < logFromX0.Length; o += classes)
        {
            double s = 0;
            for (int c = 0; c < classes; c++)
            {
                probs[o + c] = Math.Exp(logFromX0[o + c] + logToXt[o + c]); //~ LG0003
                s += probs[o + c];
            }
            for (int c = 0; c < classes; c++)
                probs[o + c] /= s;
        }
    }
}
