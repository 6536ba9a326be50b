// Source: multimodal motion forecasting (MultiPath, Chai et al. 2019; Wayformer / MTR on the Waymo Open Motion Dataset):
//         a softmax over each agent's K predicted trajectory modes (re-created shape, our own code).
// Layout: generic math `T : IFloatingPointIeee754<T>`; flat ReadOnlySpan<T> [agents · modes] sliced per agent, `T.Max`
//         over a `foreach`, `T.Exp`.
// Label: Correct.
using System;
using System.Numerics;

namespace HeldOut25.MotionModes;

/// <summary>Mode probabilities of every agent in a scene.</summary>
public static class AgentModeProbabilities
{
    /// <summary>Writes the softmax over modes of each agent's slice of <paramref name="modeLogits"/>.</summary>
    public static void Compute<T>(ReadOnlySpan<T> modeLogits, int modes, Span<T> probabilities)
        where T : IFloatingPointIeee754<T>
    {
        int agents = modeLogits.Length / modes;
        for (int a = 0; a < agents; a++)
        {
            ReadOnlySpan<T> logits = modeLogits.Slice(a * modes, modes);
            Span<T> output = probabilities.Slice(a * modes, modes);
            T peak = T.NegativeInfinity;
            foreach (T z in logits)
            {
                peak = T.Max(peak, z);
            }

            T total = T.Zero;
            for (int m = 0; m < modes; m++)
            {
                output[m] = T.Exp(logits[m] - peak);
                total += output[m];
            }

            for (int m = 0; m < modes; m++)
            {
                output[m] /= total;
            }
        }
    }
}
