// Source: multi-atlas segmentation by locally weighted label fusion (Artaechevarria et al. 2009; Coupé et al. 2011
// patch-based fusion): at each voxel every registered atlas gets weight exp(−d / h) from its patch distance d,
// normalised over atlases; the fused label probability is the weighted vote.
// Layout: atlas-major float[atlases, voxels] (softmax down each column), per-voxel nearest distance float[voxels].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class LabelFusion_AtlasWeights
{
    public static float[,] Weights(float[,] distance, float h, bool[,] atlasLabel, out float[] foreground)
    {
        int atlases = distance.GetLength(0), voxels = distance.GetLength(1);
        var nearest = new float[voxels];
        for (int v = 0; v < voxels; v++)
        {
            nearest[v] = distance[0, v];
            for (int a = 1; a < atlases; a++)
                nearest[v] = MathF.Min(nearest[v], distance[a, v]);
        }

        var w = new float[atlases, voxels];
        foreground = new float[voxels];
        for (int v = voxels - 1; v >= 0; v--)
        {
            float sum = 0f;
            for (int a = 0; a < atlases; a++)
            {
                w[a, v] = MathF.Exp(-(distance[a, v] - nearest[v]) / h);
                sum += w[a, v];
            }
            for (int a = 0; a < atlases; a++)
            {
                w[a, v] /= sum;
                if (atlasLabel[a, v])
                    foreground[v] += w[a, v];
            }
        }
        return w;
    }
}
