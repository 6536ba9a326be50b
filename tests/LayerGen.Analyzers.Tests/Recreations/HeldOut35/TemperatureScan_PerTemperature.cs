// Idiom: canonical populations of a set of energy levels over a temperature scan, with the Helmholtz free energy F = E0 - RT ln q
// Layout: double[temperature, level]; the ground level (minimum over the levels) is found once, before the scan
// Correct
using System;

namespace HeldOut35.TemperatureScan_PerTemperature
{
    public static class LevelThermo
    {
        public const double R = 8.314462618e-3; // kJ/(mol K)

        public static double[,] Populations(double[] levels, double[] temperatures, double[] freeEnergy)
        {
            int nT = temperatures.Length;
            int nS = levels.Length;
            double e0 = levels[0];
            for (int s = 1; s < nS; s++)
            {
                if (levels[s] < e0) e0 = levels[s];
            }

            var pop = new double[nT, nS];
            for (int t = 0; t < nT; t++)
            {
                double rt = R * temperatures[t];
                double q = 0.0;
                for (int s = 0; s < nS; s++)
                {
                    pop[t, s] = Math.Exp(-(levels[s] - e0) / rt);
                    q += pop[t, s];
                }

                for (int s = 0; s < nS; s++)
                {
                    pop[t, s] /= q;
                }

                freeEnergy[t] = e0 - rt * Math.Log(q);
            }

            return pop;
        }
    }
}
