// Re-creation (our own code) of the shape of NetVLAD's soft assignment (Arandjelović et al. 2016:
// ā_k(x_i) = exp(−α‖x_i − c_k‖²) / Σ_k' exp(−α‖x_i − c_k'‖²)), from precomputed squared distances.
// Layout: ReadOnlyMemory<float> of squared distances [N · K] (descriptor-major), Memory<float> assignments, a stride
// of K per descriptor, the shift as the nearest centre's distance.
// Correct: −α · (d − d_min) per descriptor, i.e. the largest logit of the descriptor is subtracted.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class NetVladSoftAssignment
{
    public static void Assign(ReadOnlyMemory<float> squaredDistances, int clusters, float alpha, Memory<float> assignment)
    {
        ReadOnlySpan<float> d = squaredDistances.Span;
        Span<float> a = assignment.Span;
        for (int start = 0; start < d.Length; start += clusters)
        {
            float nearest = float.PositiveInfinity;
            for (int k = 0; k < clusters; k++)
                nearest = MathF.Min(nearest, d[start + k]);

            float denominator = 0f;
            for (int k = 0; k < clusters; k++)
            {
                a[start + k] = MathF.Exp(-alpha * (d[start + k] - nearest));
                denominator += a[start + k];
            }

            for (int k = 0; k < clusters; k++)
                a[start + k] /= denominator;
        }
    }
}
