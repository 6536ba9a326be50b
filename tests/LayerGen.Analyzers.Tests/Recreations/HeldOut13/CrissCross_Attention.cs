// Source: CCNet criss-cross attention (Huang et al. 2019; speedinghzl/CCNet `CrissCrossAttention`): each pixel
// attends to the H pixels of its column and the W pixels of its row; the row part's self position is set to −∞ so the
// pixel is counted once; one softmax over the concatenated H + W energies.
// Layout: two rank-3 energy arrays float[H, W, H] (column) and float[H, W, W] (row), output float[H, W, H + W].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class CrissCross_Attention
{
    public static float[,,] Weights(float[,,] energyColumn, float[,,] energyRow)
    {
        int h = energyColumn.GetLength(0), w = energyColumn.GetLength(1);
        var attn = new float[h, w, h + w];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                float top = float.NegativeInfinity;
                for (int k = 0; k < h; k++)
                    top = MathF.Max(top, energyColumn[y, x, k]);
                for (int k = 0; k < w; k++)
                    if (k != x)
                        top = MathF.Max(top, energyRow[y, x, k]);

                float sum = 0f;
                for (int k = 0; k < h; k++)
                    sum += attn[y, x, k] = MathF.Exp(energyColumn[y, x, k] - top);
                for (int k = 0; k < w; k++)
                    sum += attn[y, x, h + k] = k == x ? 0f : MathF.Exp(energyRow[y, x, k] - top);
                for (int k = 0; k < h + w; k++)
                    attn[y, x, k] /= sum;
            }
        }
        return attn;
    }
}
