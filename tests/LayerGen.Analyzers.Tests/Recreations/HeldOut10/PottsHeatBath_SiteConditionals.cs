// Re-creation (our own code) of the shape of a q-state Potts model heat-bath (Gibbs) update, as in lattice Monte Carlo
// codes (e.g. the heat-bath step of Potts samplers in statistical-physics teaching code and in protein Potts/DCA
// samplers): for every site, P(s) ∝ exp(−β E(s)), E(s) = −J · #{neighbours in state s} − h[x, y, s].
// Layout: float[L, L, q] local fields (rank 3, last axis = states), periodic int[L, L] spins, stackalloc scratch.
// Correct: per site, the largest −βE over the q states is subtracted before exp.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class PottsHeatBathSiteConditionals
{
    public static void Conditionals(int[,] spins, float[,,] field, float coupling, float beta, float[,,] probability)
    {
        int size = spins.GetLength(0);
        int states = field.GetLength(2);
        Span<float> minusBetaEnergy = stackalloc float[states];

        for (int x = 0; x < size; x++)
        {
            for (int y = 0; y < size; y++)
            {
                float highest = float.NegativeInfinity;
                for (int s = 0; s < states; s++)
                {
                    int alike = Same(spins[(x + 1) % size, y], s) + Same(spins[(x + size - 1) % size, y], s)
                              + Same(spins[x, (y + 1) % size], s) + Same(spins[x, (y + size - 1) % size], s);
                    float energy = -coupling * alike - field[x, y, s];
                    minusBetaEnergy[s] = -beta * energy;
                    if (minusBetaEnergy[s] > highest)
                        highest = minusBetaEnergy[s];
                }

                float partition = 0f;
                for (int s = 0; s < states; s++)
                {
                    float weight = MathF.Exp(minusBetaEnergy[s] - highest);
                    probability[x, y, s] = weight;
                    partition += weight;
                }

                for (int s = 0; s < states; s++)
                    probability[x, y, s] /= partition;
            }
        }
    }

    private static int Same(int spin, int state) => spin == state ? 1 : 0;
}
