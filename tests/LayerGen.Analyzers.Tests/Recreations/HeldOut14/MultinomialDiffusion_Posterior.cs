// Source: multinomial diffusion posterior q(x_{t-1} | x_t, x_0) in log space (Hoogeboom et al. 2021, "Argmax Flows
// and Multinomial Diffusion"; ehoogeboom/multinomial_diffusion `q_posterior`: log theta = log q(x_t|.) + log q(.|x_0),
// normalised with logsumexp over the classes).
// Layout: flat ReadOnlySpan<double> [pixels * classes] for both log terms, offset o = p * classes; log-sum-exp with
// the pixel's own maximum; probabilities written to a Span<double>.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class MultinomialDiffusion_Posterior
{
    public static void Posterior(ReadOnlySpan<double> logFromX0, ReadOnlySpan<double> logToXt, int classes, Span<double> probs)
    {
        for (int o = 0; o < logFromX0.Length; o += classes)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                m = Math.Max(m, logFromX0[o + c] + logToXt[o + c]);
            double s = 0;
            for (int c = 0; c < classes; c++)
                s += Math.Exp(logFromX0[o + c] + logToXt[o + c] - m);
            double lse = m + Math.Log(s);
            for (int c = 0; c < classes; c++)
                probs[o + c] = Math.Exp(logFromX0[o + c] + logToXt[o + c] - lse);
        }
    }
}
