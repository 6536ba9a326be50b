// Source: soft decision trees (Frosst & Hinton 2017, "Distilling a Neural Network Into a Soft Decision Tree";
// kimhc6028/soft-decision-tree): every leaf holds a learned class distribution Q_l = softmax(phi_l), and the
// prediction mixes the leaves by their path probabilities.
// Layout: List of leaf objects with float[] properties, LINQ Max/Select/Sum per leaf. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut9;

public sealed class SdtLeaf
{
    public SdtLeaf(float[] phi)
    {
        Phi = phi;
        Distribution = new float[phi.Length];
    }

    public float[] Phi { get; }

    public float[] Distribution { get; }
}

public static class SoftDecisionTree_LeafDistributions
{
    public static float[] Predict(IReadOnlyList<SdtLeaf> leaves, float[] pathProbability)
    {
        int classes = leaves[0].Phi.Length;
        var prediction = new float[classes];
        for (int l = 0; l < leaves.Count; l++)
        {
            SdtLeaf leaf = leaves[l];
            float top = leaf.Phi.Max();
            float[] exps = leaf.Phi.Select(v => MathF.Exp(v - top)).ToArray();
            float z = exps.Sum();
            for (int c = 0; c < classes; c++)
            {
                leaf.Distribution[c] = exps[c] / z;
                prediction[c] += pathProbability[l] * leaf.Distribution[c];
            }
        }

        return prediction;
    }
}
