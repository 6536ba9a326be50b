// Source: masked diffusion language model sampling (Sahoo et al. 2024, MDLM; kuleshov-group/mdlm `_ddpm_update`
// with the SUBS parameterisation): the denoiser never predicts [MASK], so its softmax runs over the real tokens; a
// masked position moves to token v with probability (α_s − α_t)/(1 − α_t)·p_θ(v) and stays masked with
// (1 − α_s)/(1 − α_t); unmasked positions are carried over unchanged.
// Layout: generic math `IFloatingPointIeee754<T>`, `T[,]` logits [positions, vocab + 1] with [MASK] the last column,
// `bool[]` masked positions (early `continue`), transition out `T[,]`.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut19;

public static class MdlmReverseStep
{
    /// <summary>The reverse transition q(x_s | x_t) of every masked position.</summary>
    public static void Transition<T>(T[,] logits, bool[] masked, T alphaS, T alphaT, T[,] transition)
        where T : IFloatingPointIeee754<T>
    {
        int positions = logits.GetLength(0);
        int maskId = logits.GetLength(1) - 1;
        T keep = (alphaS - alphaT) / (T.One - alphaT);
        T stay = (T.One - alphaS) / (T.One - alphaT);

        for (int p = 0; p < positions; p++)
        {
            if (!masked[p]) continue;

            T peak = T.NegativeInfinity;
            for (int v = 0; v < maskId; v++) peak = T.Max(peak, logits[p, v]);

            T z = T.Zero;
            for (int v = 0; v < maskId; v++)
            {
                T e = T.Exp(logits[p, v] - peak);
                transition[p, v] = e;
                z += e;
            }

            for (int v = 0; v < maskId; v++) transition[p, v] = keep * transition[p, v] / z;
            transition[p, maskId] = stay;
        }
    }
}
