// Idiom: Boltzmann populations over a temperature sweep, the reference energy taken as the lowest free energy of the whole table
// Layout: transposed double[levels, temperatures], one column per temperature, `foreach` over the 2D array
// Bug (LG0001): the minimum energy (the shift) runs over every temperature, not over the levels of one temperature
using System;

namespace HeldOut45.TemperatureSweep_TableGroundState;

public static class PopulationSweep
{
    private const double R = 0.0019872041; // kcal/(mol K)

    public static double[,] Populations(double[,] g, double[] temperatures)
    {
        int levels = g.GetLength(0);
        int nT = g.GetLength(1);

        // reference energy = lowest free energy in the table, so every exponent is <= 0
        double gRef = double.PositiveInfinity;
        foreach (double value in g)
            gRef = Math.Min(gRef, value); //~ LG0001

        var p = new double[levels, nT];
        for (int j = 0; j < nT; j++)
        {
            double beta = 1.0 / (R * temperatures[j]);
            double q = 0;
            for (int i = 0; i < levels; i++)
            {
                p[i, j] = Math.Exp(-beta * (g[i, j] - gRef));
                q += p[i, j];
            }

            for (int i = 0; i < levels; i++)
                p[i, j] /= q;
        }

        return p;
    }
}
