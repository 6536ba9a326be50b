// Source: multi-mapping read assignment (RSEM / salmon online EM), with the normaliser declared once for the
// mini-batch instead of per read.
// Layout: CSR alignments (int[] readStart, int[] transcript), output per alignment.
// Bug: LG0002 — one mass accumulated over every read's alignments.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Salmon_NormaliserOverReads
{
    public static double[] Assign(int[] readStart, int[] transcript, double[] logCompat, double[] logAbundance)
    {
        var resp = new double[logCompat.Length];
        double mass = 0.0;
        for (int read = 0; read + 1 < readStart.Length; read++)
        {
            int begin = readStart[read], end = readStart[read + 1];
            double best = double.NegativeInfinity;
            for (int a = begin; a < end; a++)
                best = Math.Max(best, logAbundance[transcript[a]] + logCompat[a]);
            for (int a = begin; a < end; a++)
            {
                resp[a] = Math.Exp(logAbundance[transcript[a]] + logCompat[a] - best);
                mass += resp[a]; //~ LG0002
            }
        }
        for (int a = 0; a < resp.Length; a++)
            resp[a] /= mass;
        return resp;
    }
}
