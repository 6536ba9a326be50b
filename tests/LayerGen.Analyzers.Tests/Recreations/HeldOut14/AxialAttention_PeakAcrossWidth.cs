// Source: axial attention along the height axis (Ho et al. 2019; Axial-DeepLab `AxialAttention`), a port that folds
// the peak along the innermost (contiguous) axis.
// Layout: rank-3 float[queryRow, keyRow, width]; a float[queryRow, keyRow] peak plane folded over the width, then
// the softmax over the key rows of each (i, w).
// Bug LG0004: the maximum runs over the width, the sum over the key rows.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class AxialAttention_PeakAcrossWidth
{
    public static float[,,] Weights(float[,,] similarity)
    {
        int h = similarity.GetLength(0);
        int width = similarity.GetLength(2);
        var peak = new float[h, h];
        for (int i = 0; i < h; i++)
        {
            for (int j = 0; j < h; j++)
            {
                peak[i, j] = similarity[i, j, 0];
                for (int w = 1; w < width; w++)
                    if (similarity[i, j, w] > peak[i, j]) peak[i, j] = similarity[i, j, w]; //~ LG0004
            }
        }

        var a = new float[h, h, width];
        for (int i = 0; i < h; i++)
        {
            for (int w = 0; w < width; w++)
            {
                float z = 0f;
                for (int j = 0; j < h; j++)
                    z += a[i, j, w] = MathF.Exp(similarity[i, j, w] - peak[i, j]);
                for (int j = 0; j < h; j++)
                    a[i, j, w] /= z;
            }
        }
        return a;
    }
}
