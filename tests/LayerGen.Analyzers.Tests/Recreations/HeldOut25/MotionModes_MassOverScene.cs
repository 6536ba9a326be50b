// Source: multimodal motion forecasting (MultiPath / Wayformer / MTR), mode probabilities of all agents of a scene
//         (re-created shape, our own code).
// Layout: generic math `T : IFloatingPointIeee754<T>`; T[agents, modes]; a per-agent peak array, one `sceneMass`
//         declared above the agent loop, a second pass dividing every cell.
// Label: LG0002 — the normaliser sums the exps of every agent's modes, not of one agent's.
using System.Numerics;

namespace HeldOut25.MotionModes;

/// <summary>Mode probabilities of a scene's agents normalised in one pass.</summary>
public static class MassOverScene
{
    /// <summary>Returns the mode probabilities in the input's [agents, modes] layout.</summary>
    public static T[,] Compute<T>(T[,] modeLogits)
        where T : IFloatingPointIeee754<T>
    {
        int agents = modeLogits.GetLength(0);
        int modes = modeLogits.GetLength(1);
        var peaks = new T[agents];
        for (int a = 0; a < agents; a++)
        {
            peaks[a] = modeLogits[a, 0];
            for (int m = 1; m < modes; m++)
            {
                peaks[a] = T.Max(peaks[a], modeLogits[a, m]);
            }
        }

        var probabilities = new T[agents, modes];
        T sceneMass = T.Zero;
        for (int a = 0; a < agents; a++)
        {
            for (int m = 0; m < modes; m++)
            {
                probabilities[a, m] = T.Exp(modeLogits[a, m] - peaks[a]);
                sceneMass += probabilities[a, m]; //~ LG0002
            }
        }

        for (int a = 0; a < agents; a++)
        {
            for (int m = 0; m < modes; m++)
            {
                probabilities[a, m] /= sceneMass;
            }
        }

        return probabilities;
    }
}
