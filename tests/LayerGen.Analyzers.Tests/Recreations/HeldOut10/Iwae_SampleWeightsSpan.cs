// Re-creation (our own code) of the shape of the importance-weighted autoencoder's normalised weights (Burda et al.
// 2016, IWAE; as in importance-weighted VAE code): w̃_k = exp(log p(x, z_k) − log q(z_k | x)) / Σ_j (...), per data
// point over its K samples, and the bound log (1/K) Σ_k exp(log w_k).
// Layout: flat ReadOnlySpan<float> [B · K] for log p and log q, row slices by Slice, float.
// Correct: each data point's log-weights are shifted by their own maximum (log-mean-exp for the bound).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class IwaeSampleWeightsSpan
{
    public static float Weights(ReadOnlySpan<float> logJoint, ReadOnlySpan<float> logProposal, int samples, Span<float> normalised)
    {
        int points = logJoint.Length / samples;
        float bound = 0f;
        for (int b = 0; b < points; b++)
        {
            ReadOnlySpan<float> lp = logJoint.Slice(b * samples, samples);
            ReadOnlySpan<float> lq = logProposal.Slice(b * samples, samples);
            Span<float> w = normalised.Slice(b * samples, samples);

            float peak = float.NegativeInfinity;
            for (int k = 0; k < samples; k++)
                peak = MathF.Max(peak, lp[k] - lq[k]);

            float sum = 0f;
            for (int k = 0; k < samples; k++)
            {
                w[k] = MathF.Exp(lp[k] - lq[k] - peak);
                sum += w[k];
            }

            for (int k = 0; k < samples; k++)
                w[k] /= sum;

            bound += peak + MathF.Log(sum / samples);
        }

        return bound / points;
    }
}
