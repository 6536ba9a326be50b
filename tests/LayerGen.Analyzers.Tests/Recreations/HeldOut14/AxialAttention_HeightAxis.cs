// Source: axial attention along the height axis (Ho et al. 2019, "Axial Attention in Multidimensional
// Transformers"; Wang et al. 2020 Axial-DeepLab `AxialAttention`): for each column w and query row i, a softmax over
// the key rows j of the same column.
// Layout: rank-3 float[queryRow, keyRow, width] similarity (softmax over the middle axis); loops ordered w, i, j with
// the peak and the sum reset per (i, w).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class AxialAttention_HeightAxis
{
    public static float[,,] Weights(float[,,] similarity)
    {
        int h = similarity.GetLength(0);
        int width = similarity.GetLength(2);
        var a = new float[h, h, width];
        for (int w = 0; w < width; w++)
        {
            for (int i = 0; i < h; i++)
            {
                float peak = float.MinValue;
                for (int j = 0; j < h; j++)
                    peak = MathF.Max(peak, similarity[i, j, w]);
                float z = 0f;
                for (int j = 0; j < h; j++)
                {
                    a[i, j, w] = MathF.Exp(similarity[i, j, w] - peak);
                    z += a[i, j, w];
                }
                for (int j = 0; j < h; j++)
                    a[i, j, w] /= z;
            }
        }
        return a;
    }
}
