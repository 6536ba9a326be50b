// Idiom: Boltzmann populations of molecular conformers (relative energies in kJ/mol, weights exp(-ΔE/RT)) and the Boltzmann-averaged property, one distribution per molecule
// Layout: jagged double[molecule][conformer], LINQ Min per molecule
// Correct
using System;
using System.Linq;

namespace HeldOut35.ConformerPopulations_PerMolecule
{
    public static class ConformerEnsemble
    {
        /// <summary>Molar gas constant in kJ/(mol·K).</summary>
        public const double R = 8.314462618e-3;

        /// <summary>Populations of each molecule's conformers at temperature T (K); averaged[m] is the population-weighted property.</summary>
        public static double[][] Populations(double[][] energies, double[][] property, double temperature, double[] averaged)
        {
            double rt = R * temperature;
            var populations = new double[energies.Length][];
            for (int m = 0; m < energies.Length; m++)
            {
                double[] e = energies[m];
                double eMin = e.Min();
                var w = new double[e.Length];
                double q = 0.0;
                for (int c = 0; c < e.Length; c++)
                {
                    w[c] = Math.Exp(-(e[c] - eMin) / rt);
                    q += w[c];
                }

                double avg = 0.0;
                for (int c = 0; c < e.Length; c++)
                {
                    w[c] /= q;
                    avg += w[c] * property[m][c];
                }

                averaged[m] = avg;
                populations[m] = w;
            }

            return populations;
        }
    }
}
