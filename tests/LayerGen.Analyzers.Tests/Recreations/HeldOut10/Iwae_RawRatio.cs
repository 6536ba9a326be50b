// Re-creation (our own code) of the shape of IWAE importance weights (Burda et al. 2016) written as the ratio
// p(x, z) / q(z | x) = exp(log p − log q) and normalised per data point.
// Layout: flat ReadOnlySpan<float> [B · K], offsets b · K, weights written into a Span<float>.
// Bug (LG0003): the log-ratio is exponentiated with no maximum subtracted; log-weights of a few hundred (common for
// image likelihoods) overflow, very negative ones give 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class IwaeRawRatio
{
    public static void Weights(ReadOnlySpan<float> logJoint, ReadOnlySpan<float> logProposal, int samples, Span<float> normalised)
    {
        for (int offset = 0; offset < logJoint.Length; offset += samples)
        {
            float sum = 0f;
            for (int k = 0; k < samples; k++)
            {
                normalised[offset + k] = MathF.Exp(logJoint[offset + k] - logProposal[offset + k]); //~ LG0003
                sum += normalised[offset + k];
            }

            for (int k = 0; k < samples; k++)
                normalised[offset + k] /= sum;
        }
    }
}
