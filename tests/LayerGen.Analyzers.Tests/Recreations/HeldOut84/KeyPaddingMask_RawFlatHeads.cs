// Idiom: PyTorch-style `key_padding_mask` (true = padded key) over flattened batched scores; padded keys skipped
// with `continue`.
// Use: attention weights per (batch, query) row.
// Layout: flat double[batch * queries * keys], row (b, q) at (b * queries + q) * keys; bool[batch, keys] mask.
// Bug (LG0003): the kept scores are exponentiated raw, no row max subtracted.
// Our own code.
using System;

namespace HeldOut84.KeyPaddingMask_RawFlatHeads;

public static class FlatAttention
{
    public static double[] Weights(double[] scores, bool[,] keyPaddingMask, int queries)
    {
        int batch = keyPaddingMask.GetLength(0);
        int keys = keyPaddingMask.GetLength(1);
        var attn = new double[scores.Length];
        for (int b = 0; b < batch; b++)
        {
            for (int q = 0; q < queries; q++)
            {
                int baseIdx = (b * queries + q) * keys;
                double total = 0.0;
                for (int k = 0; k < keys; k++)
                {
                    if (keyPaddingMask[b, k]) continue;
                    double e = Math.Exp(scores[baseIdx + k]); //~ LG0003
                    attn[baseIdx + k] = e;
                    total += e;
                }
                for (int k = 0; k < keys; k++) attn[baseIdx + k] /= total;
            }
        }
        return attn;
    }
}
