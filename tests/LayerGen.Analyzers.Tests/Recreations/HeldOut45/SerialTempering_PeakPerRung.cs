// Idiom: serial tempering rung probabilities from a table of log-weights, the shift taken per rung down the walkers
// Layout: Walker[] records, double[walkers, rungs] log-weights and probabilities
// Bug (LG0004): the maximum runs over the walkers of one rung, while each softmax (and its sum) runs over the rungs of one walker
using System;

namespace HeldOut45.SerialTempering_PeakPerRung;

public sealed record Walker(int Id, double Energy);

public static class SerialTempering
{
    public static double[,] RungProbabilities(Walker[] walkers, double[] betas, double[] g)
    {
        int nw = walkers.Length;
        int nr = betas.Length;
        var logw = new double[nw, nr];
        for (int i = 0; i < nw; i++)
            for (int k = 0; k < nr; k++)
                logw[i, k] = g[k] - betas[k] * walkers[i].Energy;

        var rungMax = new double[nr];
        for (int k = 0; k < nr; k++)
        {
            rungMax[k] = logw[0, k];
            for (int i = 1; i < nw; i++)
                if (logw[i, k] > rungMax[k]) rungMax[k] = logw[i, k]; //~ LG0004
        }

        var p = new double[nw, nr];
        for (int i = 0; i < nw; i++)
        {
            double s = 0;
            for (int k = 0; k < nr; k++)
            {
                p[i, k] = Math.Exp(logw[i, k] - rungMax[k]);
                s += p[i, k];
            }

            for (int k = 0; k < nr; k++)
                p[i, k] /= s;
        }

        return p;
    }
}
