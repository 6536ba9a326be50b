// Idiom: expanded-ensemble / simulated-tempering Gibbs update of the temperature index: for each replica's potential energy U, p(k | U) ∝ exp(g_k - β_k U)
// Layout: jagged double[replica][rung]; reduced log-weight from a local function; max per replica
// Correct
using System;

namespace HeldOut35.ExpandedEnsemble_PerReplica
{
    public static class TemperatureLadder
    {
        /// <param name="potential">U_r in kJ/mol, one per replica.</param>
        /// <param name="beta">β_k = 1/(R T_k) in mol/kJ, one per rung.</param>
        /// <param name="g">Free-energy weights g_k (dimensionless) of the rungs.</param>
        public static double[][] RungProbabilities(double[] potential, double[] beta, double[] g)
        {
            int nRep = potential.Length;
            int nRung = beta.Length;
            var p = new double[nRep][];

            double LogWeight(int r, int k) => g[k] - beta[k] * potential[r];

            for (int r = 0; r < nRep; r++)
            {
                var row = new double[nRung];
                double top = double.NegativeInfinity;
                for (int k = 0; k < nRung; k++)
                {
                    row[k] = LogWeight(r, k);
                    if (row[k] > top) top = row[k];
                }

                double sum = 0.0;
                for (int k = 0; k < nRung; k++)
                {
                    row[k] = Math.Exp(row[k] - top);
                    sum += row[k];
                }

                for (int k = 0; k < nRung; k++)
                {
                    row[k] /= sum;
                }

                p[r] = row;
            }

            return p;
        }
    }
}
