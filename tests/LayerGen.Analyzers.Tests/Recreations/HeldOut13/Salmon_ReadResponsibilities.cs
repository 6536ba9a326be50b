// Source: multi-mapping read assignment in RNA-seq quantification (RSEM, Li & Dewey 2011; salmon's online EM
// `ForgettingMassCalculator`/`processMiniBatch`): each read's alignments get log abundance + log compatibility,
// normalised over that read's alignments.
// Layout: CSR alignments (int[] readStart, int[] transcript per alignment), while loops, output per alignment.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Salmon_ReadResponsibilities
{
    public static double[] Assign(int[] readStart, int[] transcript, double[] logCompat, double[] logAbundance)
    {
        var resp = new double[logCompat.Length];
        int read = 0;
        while (read + 1 < readStart.Length)
        {
            int a = readStart[read], end = readStart[read + 1];
            double best = double.NegativeInfinity;
            while (a < end)
            {
                double s = logAbundance[transcript[a]] + logCompat[a];
                if (s > best)
                    best = s;
                a++;
            }

            double mass = 0.0;
            for (a = readStart[read]; a < end; a++)
            {
                resp[a] = Math.Exp(logAbundance[transcript[a]] + logCompat[a] - best);
                mass += resp[a];
            }
            for (a = readStart[read]; a < end; a++)
                resp[a] /= mass;
            read++;
        }
        return resp;
    }
}
