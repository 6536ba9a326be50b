// Idiom: E-step of a Poisson mixture for count data with the log-responsibilities in a jagged table and the
// shift found by a helper method that scans the table (written once, "the largest log term").
// Use: EM clustering of counts.
// Layout: int[] counts, List of records for the components, jagged double[n][k], helper Peak(double[][]) called once.
// Inspired by: Poisson-mixture EM course notes; own code.
// Label: LG0001 — the helper is handed the whole table, so the shift spans every point, not one point's row
// (reported where the same-type helper is called).
using System;
using System.Collections.Generic;

namespace HeldOut62.PoissonMixture_TablePeakHelper;

public sealed record PoissonComponent(double LogWeight, double Rate);

public static class CountClustering
{
    public static double[][] EStep(int[] counts, List<PoissonComponent> components)
    {
        var logRho = new double[counts.Length][];
        for (int i = 0; i < counts.Length; i++)
        {
            logRho[i] = new double[components.Count];
            for (int c = 0; c < components.Count; c++)
            {
                var comp = components[c];
                logRho[i][c] = comp.LogWeight + counts[i] * Math.Log(comp.Rate) - comp.Rate;
            }
        }

        double peak = Peak(logRho); //~ LG0001
        var resp = new double[counts.Length][];
        for (int i = 0; i < logRho.Length; i++)
        {
            double[] row = logRho[i];
            var r = new double[row.Length];
            double norm = 0.0;
            for (int c = 0; c < row.Length; c++)
            {
                r[c] = Math.Exp(row[c] - peak);
                norm += r[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                r[c] /= norm;
            }

            resp[i] = r;
        }

        return resp;
    }

    private static double Peak(double[][] table)
    {
        double best = double.NegativeInfinity;
        foreach (double[] row in table)
        {
            foreach (double v in row)
            {
                if (v > best) best = v;
            }
        }

        return best;
    }
}
