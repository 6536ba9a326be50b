// Source: simulated annealing with heat-bath move selection (Kirkpatrick et al. scheme), re-created.
// Layout: jagged double[step][candidate] energy changes, double[] temperatures; do/while over the steps.
// Bug (LG0002): the partition function is declared once above the step loop and never reset, so each later step
// divides by the Boltzmann factors of every earlier step as well.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SimulatedAnnealing_PartitionSumNotReset
{
    public static double[][] MoveProbabilities(double[][] deltaEnergy, double[] temperature)
    {
        var result = new double[deltaEnergy.Length][];
        double partition = 0;
        int step = 0;
        do
        {
            double[] dE = deltaEnergy[step];
            double least = double.PositiveInfinity;
            for (int c = 0; c < dE.Length; c++) least = Math.Min(least, dE[c]);

            var p = new double[dE.Length];
            for (int c = 0; c < dE.Length; c++)
            {
                p[c] = Math.Exp(-(dE[c] - least) / temperature[step]);
                partition += p[c]; //~ LG0002
            }
            for (int c = 0; c < p.Length; c++) p[c] /= partition;
            result[step] = p;
            step++;
        } while (step < deltaEnergy.Length);
        return result;
    }
}
