// Source: masked diffusion language model sampling (Sahoo et al. 2024, MDLM; kuleshov-group/mdlm), the denoiser
// distribution over the real tokens ([MASK] excluded) for the masked positions.
// Layout: generic math `IExponentialFunctions<T>` on jagged `T[][]` rows, [MASK] the last entry of each row.
// Bug: LG0003 — the denoiser logits are exponentiated raw.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut19;

public static class MdlmRawDenoiserExp
{
    /// <summary>p_θ(v | x_t) for every masked position, written into <paramref name="probabilities"/>.</summary>
    public static void Denoise<T>(T[][] logits, bool[] masked, T[][] probabilities)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        for (int p = 0; p < logits.Length; p++)
        {
            if (!masked[p]) continue;
            T[] row = logits[p];
            T[] probs = probabilities[p];
            int maskId = row.Length - 1;

            T z = T.Zero;
            for (int v = 0; v < maskId; v++)
            {
                probs[v] = T.Exp(row[v]); //~ LG0003
                z += probs[v];
            }
            for (int v = 0; v < maskId; v++) probs[v] /= z;
            probs[maskId] = T.Zero;
        }
    }
}
