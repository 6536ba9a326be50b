// Source: Deformable DETR multi-scale deformable attention (fundamentalvision/Deformable-DETR `MSDeformAttn`:
// attention_weights.view(N, Lq, heads, levels * points) then softmax(-1)), re-created for unsafe C# inference.
// Layout: flat float[] [queries, heads, levels * points] through fixed pointers, one row pointer per (query, head).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class DeformableDetr_SamplingWeightsPointers
{
    public static unsafe void SamplingWeights(float[] logits, int queries, int heads, int levelPoints, float[] weights)
    {
        fixed (float* src = logits)
        fixed (float* dst = weights)
        {
            for (int q = 0; q < queries; q++)
            {
                for (int h = 0; h < heads; h++)
                {
                    float* row = src + (q * heads + h) * levelPoints;
                    float* outRow = dst + (q * heads + h) * levelPoints;
                    float m = *row;
                    for (int k = 1; k < levelPoints; k++)
                    {
                        if (row[k] > m) m = row[k];
                    }

                    float sum = 0f;
                    for (int k = 0; k < levelPoints; k++)
                    {
                        outRow[k] = MathF.Exp(row[k] - m);
                        sum += outRow[k];
                    }

                    float inv = 1f / sum;
                    for (int k = 0; k < levelPoints; k++)
                    {
                        outRow[k] *= inv;
                    }
                }
            }
        }
    }
}
