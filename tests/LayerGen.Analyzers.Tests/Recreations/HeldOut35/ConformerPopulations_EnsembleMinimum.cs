// Idiom: Boltzmann populations of conformers, all molecules of a screening set in one flat list, energies relative to the set's lowest conformer
// Layout: flat double[] with CSR offsets start[m]..start[m + 1], LINQ Min over the whole list
// Bug (LG0001): the reference energy is the minimum over every molecule's conformers, not each molecule's own; a molecule far above the set's lowest underflows to 0/0
using System;
using System.Linq;

namespace HeldOut35.ConformerPopulations_EnsembleMinimum
{
    public static class ScreeningSet
    {
        private const double R = 8.314462618e-3; // kJ/(mol K)

        public static double[] Populations(double[] energies, int[] start, double temperature)
        {
            double rt = R * temperature;
            double eRef = energies.Min(); //~ LG0001
            var pop = new double[energies.Length];
            for (int m = 0; m < start.Length - 1; m++)
            {
                double q = 0.0;
                for (int c = start[m]; c < start[m + 1]; c++)
                {
                    pop[c] = Math.Exp(-(energies[c] - eRef) / rt);
                    q += pop[c];
                }

                for (int c = start[m]; c < start[m + 1]; c++)
                {
                    pop[c] /= q;
                }
            }

            return pop;
        }
    }
}
