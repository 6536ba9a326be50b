// Idiom: attention weights of a multi-head layer computed in one flat score buffer with offset arithmetic, as in
// hand-ported GPT inference loops; the scaled scores are exponentiated directly.
// Layout: flat float[batch * heads * queries * keys], row offset ((b * heads + hd) * queries + q) * keys.
// Bug LG0003: exp of the raw scaled scores, no max subtracted (overflow to Inf / Inf = NaN for scores above ~88).
using System;

namespace HeldOut67.AttentionScores_FlatRawExp;

public sealed class FlatAttention
{
    private readonly int _heads;
    private readonly int _headDim;

    public FlatAttention(int heads, int headDim)
    {
        _heads = heads;
        _headDim = headDim;
    }

    public void Weights(float[] scores, float[] att, int batch, int queries, int keys)
    {
        float scale = 1f / MathF.Sqrt(_headDim);
        for (int b = 0; b < batch; b++)
        {
            for (int hd = 0; hd < _heads; hd++)
            {
                for (int q = 0; q < queries; q++)
                {
                    int off = ((b * _heads + hd) * queries + q) * keys;
                    float total = 0f;
                    for (int j = 0; j < keys; j++)
                    {
                        float e = MathF.Exp(scores[off + j] * scale); //~ LG0003
                        att[off + j] = e;
                        total += e;
                    }

                    for (int j = 0; j < keys; j++)
                    {
                        att[off + j] /= total;
                    }
                }
            }
        }
    }
}
