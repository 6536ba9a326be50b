// Source: ALCOVE category learning (Kruschke 1992): per-stimulus response probabilities exp(φ a_K) / Σ exp(φ a_k).
// Layout: generic math `T[,]` [stimuli, categories]; one shift for the whole training block, folded before the
// stimulus loop.
// Bug: LG0001 — the max spans every stimulus of the block, not one stimulus's categories.
using System.Numerics;

namespace LayerGen.Recreations.HeldOut12;

public static class Alcove_MaxOverBlock
{
    public static T[,] Respond<T>(T[,] activation, T phi)
        where T : IFloatingPointIeee754<T>
    {
        int stimuli = activation.GetLength(0), categories = activation.GetLength(1);
        T top = T.NegativeInfinity;
        for (int s = 0; s < stimuli; s++)
        {
            for (int k = 0; k < categories; k++)
            {
                top = T.Max(top, phi * activation[s, k]); //~ LG0001
            }
        }

        var p = new T[stimuli, categories];
        for (int s = 0; s < stimuli; s++)
        {
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
