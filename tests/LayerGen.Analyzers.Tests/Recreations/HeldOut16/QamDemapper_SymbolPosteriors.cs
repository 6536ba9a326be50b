// Source: soft-output QAM demapping with a-priori information (iterative demapping/BICM-ID, ten Brink 2001; the
// log-MAP demapper of Sionna/GNU Radio-style receivers): P(s | y) ∝ exp(−|y − c_s|²/N0 + log P_a(s)) over the
// constellation; the max-log bit LLRs are the best metric with a bit 0 minus the best with the bit 1.
// Layout: System.Numerics.Complex[] received and constellation, double[symbols, M] a-priori log probabilities, metrics
// in a reused double[] row; while loops; per-bit maxima for the LLRs (a max that is not a shift).
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut16.QamDemapper_SymbolPosteriors;

public static class SoftDemapper
{
    /// <summary>Symbol posteriors [symbols, M]; writes the max-log LLRs into <paramref name="llr"/>.</summary>
    public static double[,] Posteriors(Complex[] received, Complex[] constellation, double noiseVariance, double[,] logPrior, int bitsPerSymbol, double[] llr)
    {
        int n = received.Length, m = constellation.Length;
        var posterior = new double[n, m];
        var metric = new double[m];
        int k = 0;
        while (k < n)
        {
            double best = double.NegativeInfinity;
            int s = 0;
            while (s < m)
            {
                double d = (received[k] - constellation[s]).Magnitude;
                metric[s] = -d * d / noiseVariance + logPrior[k, s];
                best = Math.Max(best, metric[s]);
                s++;
            }
            double z = 0;
            for (s = 0; s < m; s++)
            {
                posterior[k, s] = Math.Exp(metric[s] - best);
                z += posterior[k, s];
            }
            for (s = 0; s < m; s++) posterior[k, s] /= z;

            for (int b = 0; b < bitsPerSymbol; b++)
            {
                double best0 = double.NegativeInfinity, best1 = double.NegativeInfinity;
                for (s = 0; s < m; s++)
                {
                    if (((s >> b) & 1) == 0) best0 = Math.Max(best0, metric[s]);
                    else best1 = Math.Max(best1, metric[s]);
                }
                llr[k * bitsPerSymbol + b] = best0 - best1;
            }
            k++;
        }
        return posterior;
    }
}
