// Re-creation (our own code) of the shape of a q-state Potts heat-bath update written straight from the formula
// P(s) = exp(−β E(s)) / Z (lattice Monte Carlo teaching code).
// Layout: float[L, L, q] local fields, int[L, L] periodic spins, the Boltzmann factors written into the output first.
// Bug (LG0003): exp(−βE) with nothing subtracted; strong fields or low temperature overflow (∞ / ∞) or give 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class PottsHeatBathRawBoltzmann
{
    public static void Conditionals(int[,] spins, float[,,] field, float coupling, float beta, float[,,] probability)
    {
        int size = spins.GetLength(0);
        int states = field.GetLength(2);
        for (int x = 0; x < size; x++)
        {
            for (int y = 0; y < size; y++)
            {
                float z = 0f;
                for (int s = 0; s < states; s++)
                {
                    int alike = 0;
                    if (spins[(x + 1) % size, y] == s) alike++;
                    if (spins[(x + size - 1) % size, y] == s) alike++;
                    if (spins[x, (y + 1) % size] == s) alike++;
                    if (spins[x, (y + size - 1) % size] == s) alike++;
                    float energy = -coupling * alike - field[x, y, s];
                    probability[x, y, s] = MathF.Exp(-beta * energy); //~ LG0003
                    z += probability[x, y, s];
                }

                for (int s = 0; s < states; s++)
                    probability[x, y, s] /= z;
            }
        }
    }
}
