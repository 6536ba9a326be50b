// Source: soft-output QAM demapping with a-priori information (ten Brink 2001; log-MAP demapper): symbol posteriors
// ∝ exp(−|y − c_s|²/N0 + log P_a(s)) over one symbol's constellation points.
// Layout: structure of arrays (double[] re/im for the received block and the constellation), flat double[] metrics and
// a-priori log probabilities [symbols · M]; one do/while pass over the whole block computes the metrics and a running
// best; the normalisation then walks each symbol.
// Bug: LG0001 (the best metric spans the whole block, not one symbol).
using System;

namespace LayerGen.Recreations.HeldOut16.QamDemapper_BlockPeak;

public static class SoftDemapper
{
    /// <summary>Symbol posteriors, flat [symbols · M].</summary>
    public static double[] Posteriors(double[] re, double[] im, double[] constRe, double[] constIm, double noiseVariance, double[] logPrior)
    {
        int m = constRe.Length;
        var metric = new double[re.Length * m];
        double blockBest = double.NegativeInfinity;
        int i = 0;
        do
        {
            int k = i / m, s = i % m;
            double dr = re[k] - constRe[s], di = im[k] - constIm[s];
            metric[i] = -(dr * dr + di * di) / noiseVariance + logPrior[i];
            if (metric[i] > blockBest) blockBest = metric[i]; //~ LG0001
            i++;
        } while (i < metric.Length);

        var posterior = new double[metric.Length];
        for (int k = 0; k < re.Length; k++)
        {
            double z = 0;
            for (int s = 0; s < m; s++)
            {
                posterior[k * m + s] = Math.Exp(metric[k * m + s] - blockBest);
                z += posterior[k * m + s];
            }
            for (int s = 0; s < m; s++) posterior[k * m + s] /= z;
        }
        return posterior;
    }
}
