// Source: ALCOVE category learning (Kruschke 1992; the exemplar-model response rule): P(K | stimulus) =
// exp(φ a_K) / Σ_k exp(φ a_k) over category output nodes, for every stimulus of a block. Layout: generic math
// `T[,]` [stimuli, categories] with `IFloatingPointIeee754<T>`, shift folded with `T.Max` per stimulus.
// Correct.
using System.Numerics;

namespace LayerGen.Recreations.HeldOut12;

public static class Alcove_ResponseProbabilities
{
    public static T[,] Respond<T>(T[,] activation, T phi)
        where T : IFloatingPointIeee754<T>
    {
        int stimuli = activation.GetLength(0), categories = activation.GetLength(1);
        var p = new T[stimuli, categories];
        for (int s = 0; s < stimuli; s++)
        {
            T top = T.NegativeInfinity;
            for (int k = 0; k < categories; k++)
            {
                top = T.Max(top, phi * activation[s, k]);
            }

            T z = T.Zero;
            for (int k = 0; k < categories; k++)
            {
                p[s, k] = T.Exp(phi * activation[s, k] - top);
                z += p[s, k];
            }

            for (int k = 0; k < categories; k++)
            {
                p[s, k] /= z;
            }
        }

        return p;
    }
}
