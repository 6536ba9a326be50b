// Source: SuperPoint interest-point decoder (DeTone et al. 2018; magicleap/SuperPointPretrainedNetwork).
// Layout: channel-first float[channels, Hc, Wc]; one peak folded over every channel of every cell.
// Bug: LG0001 — the shift is the maximum over the whole feature map, not over each cell's channels.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class SuperPoint_MaxOverAllCells
{
    public static float[,,] CellProbabilities(float[,,] semi)
    {
        int channels = semi.GetLength(0), hc = semi.GetLength(1), wc = semi.GetLength(2);
        float top = float.NegativeInfinity;
        for (int c = 0; c < channels; c++)
            for (int y = 0; y < hc; y++)
                for (int x = 0; x < wc; x++)
                    if (semi[c, y, x] > top) top = semi[c, y, x]; //~ LG0001

        var dense = new float[channels, hc, wc];
        for (int y = 0; y < hc; y++)
        {
            for (int x = 0; x < wc; x++)
            {
                float z = 0f;
                for (int c = 0; c < channels; c++)
                {
                    dense[c, y, x] = MathF.Exp(semi[c, y, x] - top);
                    z += dense[c, y, x];
                }
                for (int c = 0; c < channels; c++)
                    dense[c, y, x] /= z;
            }
        }
        return dense;
    }
}
