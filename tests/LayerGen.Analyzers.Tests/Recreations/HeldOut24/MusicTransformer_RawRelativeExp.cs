// Source: Music Transformer relative self-attention (Huang et al. 2018): causal softmax of (Q K^T + S_rel) / sqrt(d).
// Layout: generic math T : INumber<T>, IExponentialFunctions<T>; jagged T[heads][length * length] per head, one
// Parallel.For over heads; masked keys left at zero.
// Bug: LG0003, each causal row's logits are exponentiated without subtracting the row's maximum.
using System.Numerics;
using System.Threading.Tasks;

namespace HeldOut24.MusicTransformerRaw;

/// <summary>Causal relative attention weights, per-head buffers.</summary>
public static class HeadwiseRelativeAttention
{
    /// <summary>The attention weights per head [length, length]; keys after the query get 0.</summary>
    public static T[][] Weights<T>(T[][] content, T[][] relative, int length, T scale)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        var weights = new T[content.Length][];
        Parallel.For(0, content.Length, h =>
        {
            var w = new T[length * length];
            for (int q = 0; q < length; q++)
            {
                T sum = T.Zero;
                for (int k = 0; k <= q; k++)
                {
                    T logit = (content[h][q * length + k] + relative[h][q - k]) * scale;
                    w[q * length + k] = T.Exp(logit); //~ LG0003
                    sum += w[q * length + k];
                }

                for (int k = 0; k <= q; k++)
                {
                    w[q * length + k] /= sum;
                }
            }

            weights[h] = w;
        });

        return weights;
    }
}
