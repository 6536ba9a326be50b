// Source: CCNet criss-cross attention (Huang et al. 2019), with the softmax denominator accumulated over the whole
// image before a final normalisation sweep.
// Layout: float[H, W, H] column and float[H, W, W] row energies, output float[H, W, H + W].
// Bug: LG0002 — one denominator over every pixel's criss-cross energies.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class CrissCross_SumOverImage
{
    public static float[,,] Weights(float[,,] energyColumn, float[,,] energyRow)
    {
        int h = energyColumn.GetLength(0), w = energyColumn.GetLength(1);
        var attn = new float[h, w, h + w];
        float sum = 0f;
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

                for (int k = 0; k < h + w; k++)
                {
                    float e = k < h ? energyColumn[y, x, k] : energyRow[y, x, k - h];
                    attn[y, x, k] = k - h == x ? 0f : MathF.Exp(e - top);
                    sum += attn[y, x, k]; //~ LG0002
                }
            }
        }
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                for (int k = 0; k < h + w; k++)
                    attn[y, x, k] /= sum;
        return attn;
    }
}
