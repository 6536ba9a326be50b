// Idiom: momentum-tilted weights per date from a float momentum panel stored asset-major (one array per asset's
// history, as loaded from per-ticker files); the weights of a date are a softmax over the assets (own code).
// Layout: jagged float[assets][dates]; each softmax runs across the arrays at one date index.
// Label: LG0004 — the peak is each asset's own maximum over its history (momentum[a].Max()), while the sum runs over
// the assets of one date: the shift differs from asset to asset inside one date's distribution.
using System;
using System.Linq;

namespace HeldOut49.MomentumWeights_PeakPerAsset;

public static class PanelWeights
{
    public static float[][] ByDate(float[][] momentum)
    {
        int assets = momentum.Length;
        int dates = momentum[0].Length;
        var peak = new float[assets];
        for (int a = 0; a < assets; a++)
        {
            peak[a] = momentum[a].Max(); //~ LG0004
        }

        var weight = new float[assets][];
        for (int a = 0; a < assets; a++)
        {
            weight[a] = new float[dates];
        }

        for (int t = 0; t < dates; t++)
        {
            float sum = 0f;
            for (int a = 0; a < assets; a++)
            {
                weight[a][t] = MathF.Exp(momentum[a][t] - peak[a]);
                sum += weight[a][t];
            }

            for (int a = 0; a < assets; a++)
            {
                weight[a][t] /= sum;
            }
        }

        return weight;
    }
}
