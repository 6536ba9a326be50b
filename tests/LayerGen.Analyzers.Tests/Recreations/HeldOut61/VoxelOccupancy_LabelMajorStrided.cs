// Idiom: soft voxel occupancy / semantic voxel labels: each voxel's label logits are softmaxed over the labels
// (label 0 = empty, occupancy = 1 - p[empty]).
// Layout: flat label-major (channel-first) float[labels * voxelCount], voxel v's label l at l * voxelCount + v
// (stride voxelCount); probabilities out in the same layout, occupancy float[voxelCount].
// Inspired by: occupancy-network / semantic scene completion decoders over NCDHW buffers (read for style only; own code).
// Correct.
using System;

namespace HeldOut61.VoxelOccupancy_LabelMajorStrided;

public static class VoxelLabels
{
    public static float[] Occupancy(float[] logits, int labels, int voxelCount, float[] probs)
    {
        var occupancy = new float[voxelCount];
        for (int v = 0; v < voxelCount; v++)
        {
            float m = logits[v];
            for (int l = 1; l < labels; l++)
            {
                m = MathF.Max(m, logits[l * voxelCount + v]);
            }

            float s = 0f;
            for (int l = 0; l < labels; l++)
            {
                int idx = l * voxelCount + v;
                probs[idx] = MathF.Exp(logits[idx] - m);
                s += probs[idx];
            }

            float inv = 1f / s;
            for (int l = 0; l < labels; l++)
            {
                probs[l * voxelCount + v] *= inv;
            }

            occupancy[v] = 1f - probs[v];
        }

        return occupancy;
    }
}
