// Idiom: populations of energy levels over a temperature scan (ported from a Fortran routine: declarations at the top), free energy from the partition function
// Layout: flat row-major double[nT * nS], levels as List<double>, ground level by LINQ Min
// Bug (LG0002): the partition function q is zeroed once above the temperature loop and accumulates every temperature scanned so far
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut35.TemperatureScan_PartitionSumHoisted
{
    public static class Thermo
    {
        private const double Rgas = 8.314462618e-3; // kJ/(mol K)

        public static double[] Scan(List<double> levels, double[] temps, double[] helmholtz)
        {
            int nT, nS, it, is_;
            double e0, rt, q;
            nT = temps.Length;
            nS = levels.Count;
            var pop = new double[nT * nS];
            e0 = levels.Min();
            q = 0.0;
            for (it = 0; it < nT; it++)
            {
                rt = Rgas * temps[it];
                for (is_ = 0; is_ < nS; is_++)
                {
                    pop[it * nS + is_] = Math.Exp(-(levels[is_] - e0) / rt);
                    q = q + pop[it * nS + is_]; //~ LG0002
                }

                for (is_ = 0; is_ < nS; is_++)
                {
                    pop[it * nS + is_] = pop[it * nS + is_] / q;
                }

                helmholtz[it] = e0 - rt * Math.Log(q);
            }

            return pop;
        }
    }
}
