// Source: Bayesian multi-class semantic mapping (Kimera-Semantics / SemanticFusion-style voxel label fusion): each cell
// keeps class log-probabilities, adds the new observation's log-likelihood, renormalises in log space and publishes
// the class posterior.
// Layout: channel-last flat Span<float> [cells · classes]; Vector<float> chunks for the update add; per-cell slices with
// a first-element-seeded peak; the log belief is kept normalised (l − peak − log z); the map's highest class confidence
// (a max of probabilities, for display) is returned.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut16.SemanticGrid_VoxelClassPosterior;

public static class SemanticMap
{
    /// <summary>Fuses one observation into the log belief, writes the posterior, returns the top confidence.</summary>
    public static float Update(Span<float> logBelief, ReadOnlySpan<float> observationLogLikelihood, int classes, Span<float> probability)
    {
        int i = 0;
        for (; i <= logBelief.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(logBelief.Slice(i)) + new Vector<float>(observationLogLikelihood.Slice(i))).CopyTo(logBelief.Slice(i));
        for (; i < logBelief.Length; i++) logBelief[i] += observationLogLikelihood[i];

        float topConfidence = 0f;
        int cells = logBelief.Length / classes;
        for (int c = 0; c < cells; c++)
        {
            Span<float> l = logBelief.Slice(c * classes, classes);
            Span<float> p = probability.Slice(c * classes, classes);
            float peak = l[0];
            for (int k = 1; k < classes; k++) peak = MathF.Max(peak, l[k]);
            float z = 0f;
            for (int k = 0; k < classes; k++)
            {
                p[k] = MathF.Exp(l[k] - peak);
                z += p[k];
            }
            float logZ = MathF.Log(z);
            for (int k = 0; k < classes; k++)
            {
                p[k] /= z;
                l[k] -= peak + logZ;
                if (p[k] > topConfidence) topConfidence = p[k];
            }
        }
        return topConfidence;
    }
}
