// Source: simulated annealing with Boltzmann (heat-bath) move selection over a candidate neighbourhood and a
// geometric temperature schedule (the textbook Kirkpatrick et al. scheme as used in scheduling/TSP solvers),
// re-created.
// Layout: jagged double[step][candidate] energy changes, double[] temperature per step; do/while loops.
// Correct: each step subtracts its smallest energy change (the max of -dE/T) before the exp.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SimulatedAnnealing_BoltzmannMoves
{
    public static double[][] MoveProbabilities(double[][] deltaEnergy, double[] temperature)
    {
        var result = new double[deltaEnergy.Length][];
        int step = 0;
        do
        {
            double[] dE = deltaEnergy[step];
            double t = temperature[step];
            double least = dE[0];
            int c = 1;
            while (c < dE.Length)
            {
                if (dE[c] < least) least = dE[c];
                c++;
            }

            var p = new double[dE.Length];
            double z = 0;
            c = 0;
            do
            {
                p[c] = Math.Exp(-(dE[c] - least) / t);
                z += p[c];
            } while (++c < dE.Length);

            for (c = 0; c < p.Length; c++) p[c] /= z;
            result[step] = p;
        } while (++step < deltaEnergy.Length);
        return result;
    }
}
