// Source: AlphaZero move selection from MCTS visit counts, pi(a) = N(a)^(1/T) / sum_b N(b)^(1/T), written in log
// space as C# MCTS engines do to avoid overflow of N^(1/T) at small T (log-visits / T, shifted by their max).
// Layout: double[] log-visit counts of one node's children; the caller runs it per root in a batch.
// Correct.
using System;

namespace HeldOut7.VisitCountLogTemperature
{
    public static class VisitPolicy
    {
        public static double[] FromLogVisits(double[] logVisits, double temperature)
        {
            var scaled = new double[logVisits.Length];
            double top = double.NegativeInfinity;
            int i = 0;
            while (i < logVisits.Length)
            {
                scaled[i] = logVisits[i] / temperature;
                if (scaled[i] > top) top = scaled[i];
                i++;
            }

            double z = 0;
            for (i = 0; i < scaled.Length; i++)
            {
                scaled[i] = Math.Exp(scaled[i] - top);
                z += scaled[i];
            }

            for (i = 0; i < scaled.Length; i++)
            {
                scaled[i] /= z;
            }

            return scaled;
        }

        public static double[][] ForRoots(double[][] logVisitsPerRoot, double temperature)
        {
            var result = new double[logVisitsPerRoot.Length][];
            for (int r = 0; r < result.Length; r++)
            {
                result[r] = FromLogVisits(logVisitsPerRoot[r], temperature);
            }

            return result;
        }
    }
}
