// Source: multi-atlas locally weighted label fusion (Artaechevarria et al. 2009), with the weight total summed over
// the whole volume in the same sweep that writes the weights.
// Layout: atlas-major float[atlases, voxels], per-voxel nearest distance.
// Bug: LG0002 — the normaliser runs over every voxel's atlases.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class LabelFusion_TotalOverVolume
{
    public static float[,] Weights(float[,] distance, float h)
    {
        int atlases = distance.GetLength(0), voxels = distance.GetLength(1);
        var w = new float[atlases, voxels];
        float total = 0f;
        for (int v = 0; v < voxels; v++)
        {
            float nearest = float.PositiveInfinity;
            for (int a = 0; a < atlases; a++)
                nearest = MathF.Min(nearest, distance[a, v]);
            for (int a = 0; a < atlases; a++)
            {
                w[a, v] = MathF.Exp(-(distance[a, v] - nearest) / h);
                total += w[a, v]; //~ LG0002
            }
        }
        for (int a = 0; a < atlases; a++)
            for (int v = 0; v < voxels; v++)
                w[a, v] /= total;
        return w;
    }
}
