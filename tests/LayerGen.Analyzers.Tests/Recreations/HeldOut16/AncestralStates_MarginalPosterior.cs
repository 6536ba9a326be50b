// Source: marginal ancestral state reconstruction at the root (Yang, Kumar & Nei 1995; Felsenstein pruning; PAML
// RateAncestor, IQ-TREE --ancestral): the posterior of state x at a site is π_x L_x / Σ_y π_y L_y, computed from the
// scaled log partial likelihoods plus log equilibrium frequencies.
// Layout: flat ReadOnlySpan<float> [sites · states] site-major, per-site Slice, an ArrayPool scratch row and a
// TensorPrimitives pipeline (Add, Max, Subtract, Exp, Sum, Divide).
// Correct.
using System;
using System.Buffers;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut16.AncestralStates_MarginalPosterior;

public static class Ancestral
{
    /// <summary>Root posterior over states for every site, laid out like the partials.</summary>
    public static void RootPosterior(ReadOnlySpan<float> logPartials, ReadOnlySpan<float> logFrequencies, Span<float> posterior)
    {
        int states = logFrequencies.Length, sites = logPartials.Length / states;
        float[] scratch = ArrayPool<float>.Shared.Rent(states);
        try
        {
            Span<float> joint = scratch.AsSpan(0, states);
            for (int site = 0; site < sites; site++)
            {
                TensorPrimitives.Add(logPartials.Slice(site * states, states), logFrequencies, joint);
                float best = TensorPrimitives.Max(joint);
                TensorPrimitives.Subtract(joint, best, joint);
                TensorPrimitives.Exp(joint, joint);
                float siteLikelihood = TensorPrimitives.Sum(joint);
                TensorPrimitives.Divide(joint, siteLikelihood, posterior.Slice(site * states, states));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }
}
