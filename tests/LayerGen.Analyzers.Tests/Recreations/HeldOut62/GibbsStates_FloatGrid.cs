// Idiom: Boltzmann/Gibbs distribution over the discrete states of several independent systems,
// p_j = exp(-(E_j - E_min) / kT) / Z per system, each system at its own temperature, in single precision.
// Use: equilibrium state occupancies of a batch of small systems (e.g. a lattice-site Gibbs update).
// Layout: float[systems, states] energies, float[] kT per system, float[systems, states] probabilities, MathF.Exp.
// Inspired by: Boltzmann-population scripts that reference the ground state (E - E0); own code.
// Label: Correct.
using System;

namespace HeldOut62.GibbsStates_FloatGrid;

public static class Gibbs
{
    public static float[,] Occupancies(float[,] energies, float[] kT)
    {
        int systems = energies.GetLength(0);
        int states = energies.GetLength(1);
        var p = new float[systems, states];
        for (int i = 0; i < systems; i++)
        {
            float eMin = float.MaxValue;
            for (int j = 0; j < states; j++)
            {
                if (energies[i, j] < eMin) eMin = energies[i, j];
            }

            float z = 0f;
            for (int j = 0; j < states; j++)
            {
                p[i, j] = MathF.Exp(-(energies[i, j] - eMin) / kT[i]);
                z += p[i, j];
            }

            for (int j = 0; j < states; j++)
            {
                p[i, j] /= z;
            }
        }

        return p;
    }
}
