// Idiom: inventory allocation weights over warehouses for each SKU, float, exps written per SKU and then normalised in
// a separate flat pass over the buffer.
// Layout: flat float[skus * warehouses], SKU k's warehouses at k * warehouses + w.
// Bug (LG0002): the shift is per SKU, but the separate pass sums the whole buffer (every SKU) and divides by it.
using System;

namespace HeldOut53.WarehouseAllocation_FlatNormalisePass;

public static class WarehouseSplit
{
    public static float[] Weights(float[] scores, int skus, int warehouses)
    {
        var weights = new float[skus * warehouses];
        for (int k = 0; k < skus; k++)
        {
            int row = k * warehouses;
            float max = scores[row];
            for (int w = 1; w < warehouses; w++)
            {
                max = Math.Max(max, scores[row + w]);
            }

            for (int w = 0; w < warehouses; w++)
            {
                weights[row + w] = MathF.Exp(scores[row + w] - max);
            }
        }

        float sum = 0f;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i]; //~ LG0002
        }

        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] /= sum;
        }

        return weights;
    }
}
