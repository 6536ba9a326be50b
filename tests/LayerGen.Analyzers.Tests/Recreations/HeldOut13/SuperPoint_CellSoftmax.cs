// Source: SuperPoint interest-point decoder (DeTone et al. 2018; magicleap/SuperPointPretrainedNetwork
// `SuperPointFrontend.run`): 65 channels per 8×8 cell (64 pixel positions + a "no interest point" dustbin) are
// softmaxed over the channels of each cell, the dustbin is dropped and the cells are unfolded to a heatmap.
// Layout: channel-first float[channels, Hc, Wc], per-cell peak plane float[Hc, Wc] from a separate pass.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class SuperPoint_CellSoftmax
{
    public static float[,,] CellProbabilities(float[,,] semi)
    {
        int channels = semi.GetLength(0), hc = semi.GetLength(1), wc = semi.GetLength(2);
        var peak = new float[hc, wc];
        for (int y = 0; y < hc; y++)
        {
            for (int x = 0; x < wc; x++)
            {
                float m = semi[0, y, x];
                for (int c = 1; c < channels; c++)
                    m = Math.Max(m, semi[c, y, x]);
                peak[y, x] = m;
            }
        }

        var dense = new float[channels, hc, wc];
        for (int y = 0; y < hc; y++)
        {
            for (int x = 0; x < wc; x++)
            {
                float z = 0f;
                for (int c = 0; c < channels; c++)
                {
                    float e = MathF.Exp(semi[c, y, x] - peak[y, x]);
                    dense[c, y, x] = e;
                    z += e;
                }
                for (int c = 0; c < channels; c++)
                    dense[c, y, x] /= z;
            }
        }
        return dense;
    }

    /// <summary>Drops the dustbin (last channel) and unfolds each cell's 8×8 probabilities to full resolution.</summary>
    public static float[,] Heatmap(float[,,] dense, int cell)
    {
        int hc = dense.GetLength(1), wc = dense.GetLength(2);
        var heat = new float[hc * cell, wc * cell];
        for (int y = 0; y < hc; y++)
            for (int x = 0; x < wc; x++)
                for (int k = 0; k < cell * cell && k < dense.GetLength(0) - 1; k++)
                    heat[y * cell + k / cell, x * cell + k % cell] = dense[k, y, x];
        return heat;
    }
}
