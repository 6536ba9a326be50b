// Source: soft decision trees (Frosst & Hinton 2017), re-created with leaf logits in a jagged array and the leaf
// exponentials normalised "together" in one step.
// Layout: float[][] phi [leaves][classes], per-leaf max via LINQ, nested LINQ Sum over all leaves.
// Bug (LG0002): the normaliser sums the exponentials of every leaf, not of one leaf's classes.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public static class SoftDecisionTree_NormalisedOverLeaves
{
    public static float[][] LeafDistributions(float[][] phi)
    {
        float[][] exps = phi.Select(leaf =>
        {
            float top = leaf.Max();
            return leaf.Select(v => MathF.Exp(v - top)).ToArray();
        }).ToArray();

        float z = exps.Sum(leaf => leaf.Sum()); //~ LG0002
        return exps.Select(leaf => leaf.Select(e => e / z).ToArray()).ToArray();
    }
}
