// Idiom: simulated tempering, probabilities of every rung for every replica (p(k | U_r) ∝ exp(g_k - β_k U_r)), log-weights tabulated first
// Layout: double[replica, rung]; the stabilising maximum is taken per rung, down the replicas
// Bug (LG0004): top[k] is a maximum over the replicas of one rung while each replica's sum runs over the rungs
using System;

namespace HeldOut35.ExpandedEnsemble_MaxPerRung
{
    public static class SimulatedTempering
    {
        public static double[,] RungProbabilities(double[] potential, double[] beta, double[] g)
        {
            int nRep = potential.Length, nRung = beta.Length;
            var logW = new double[nRep, nRung];
            for (int r = 0; r < nRep; r++)
                for (int k = 0; k < nRung; k++)
                    logW[r, k] = g[k] - beta[k] * potential[r];

            var top = new double[nRung];
            for (int k = 0; k < nRung; k++)
            {
                top[k] = double.NegativeInfinity;
                for (int r = 0; r < nRep; r++)
                    top[k] = Math.Max(top[k], logW[r, k]); //~ LG0004
            }

            var p = new double[nRep, nRung];
            for (int r = 0; r < nRep; r++)
            {
                double sum = 0.0;
                for (int k = 0; k < nRung; k++)
                {
                    p[r, k] = Math.Exp(logW[r, k] - top[k]);
                    sum += p[r, k];
                }

                for (int k = 0; k < nRung; k++)
                    p[r, k] /= sum;
            }

            return p;
        }
    }
}
