// Source: PointNet part segmentation (Qi et al. 2017; charlesq34/pointnet `part_seg`), per-point part scores turned into
//         part probabilities at inference (re-created shape, our own code).
// Layout: rank-3 float[clouds, points, parts] (channel last per point); `Parallel.For` over clouds, `MathF.Max` fold,
//         multiplication by the reciprocal of the sum.
// Label: Correct.
using System;
using System.Threading.Tasks;

namespace HeldOut25.PointNet;

/// <summary>Per-point part probabilities of a batch of point clouds.</summary>
public static class PartLabels
{
    /// <summary>Returns the softmax over parts of every point of every cloud.</summary>
    public static float[,,] PartProbabilities(float[,,] scores)
    {
        int clouds = scores.GetLength(0);
        int points = scores.GetLength(1);
        int parts = scores.GetLength(2);
        var probabilities = new float[clouds, points, parts];
        Parallel.For(0, clouds, c =>
        {
            for (int n = 0; n < points; n++)
            {
                float best = float.NegativeInfinity;
                for (int p = 0; p < parts; p++)
                {
                    best = MathF.Max(best, scores[c, n, p]);
                }

                float z = 0f;
                for (int p = 0; p < parts; p++)
                {
                    float e = MathF.Exp(scores[c, n, p] - best);
                    probabilities[c, n, p] = e;
                    z += e;
                }

                float inverse = 1f / z;
                for (int p = 0; p < parts; p++)
                {
                    probabilities[c, n, p] *= inverse;
                }
            }
        });

        return probabilities;
    }
}
