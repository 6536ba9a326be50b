// Source: Deformable DETR sampling-point attention weights (softmax over levels * points per query and head),
// re-created with one shift per (query, sampling point) shared by all heads.
// Layout: float[queries, heads, levels * points] rank-3.
// Bug (LG0004): the max runs over the head axis (per sampling point) while the sum runs over the sampling points.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class DeformableDetr_MaxAcrossHeads
{
    public static float[,,] SamplingWeights(float[,,] logits)
    {
        int queries = logits.GetLength(0);
        int heads = logits.GetLength(1);
        int points = logits.GetLength(2);
        var weights = new float[queries, heads, points];
        var pointMax = new float[points];
        for (int q = 0; q < queries; q++)
        {
            for (int k = 0; k < points; k++)
            {
                float m = logits[q, 0, k];
                for (int h = 1; h < heads; h++)
                {
                    m = MathF.Max(m, logits[q, h, k]); //~ LG0004
                }

                pointMax[k] = m;
            }

            for (int h = 0; h < heads; h++)
            {
                float sum = 0f;
                for (int k = 0; k < points; k++)
                {
                    weights[q, h, k] = MathF.Exp(logits[q, h, k] - pointMax[k]);
                    sum += weights[q, h, k];
                }

                for (int k = 0; k < points; k++)
                {
                    weights[q, h, k] /= sum;
                }
            }
        }

        return weights;
    }
}
