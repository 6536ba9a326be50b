// Idiom: multinomial in-hospital outcome model, outcome-major jagged logits `z[outcome][patient]` (one array per
// outcome's linear predictor). Use: admission risk stratification, LINQ rewrite.
// Layout: jagged double[outcomes][patients]; the softmax of a patient runs over the outcomes (down the outer index).
// Bug (LG0004): `peak[k] = z[k].Max()` is each outcome's maximum over the patients, while the sum runs over the
// outcomes of one patient: max and sum over different axes.
using System;
using System.Linq;

namespace HeldOut54.MortalityRisk_OutcomePeakPerRow;

public static class OutcomeMajorModel
{
    public static double[][] Probabilities(double[][] z)
    {
        double[] peak = z.Select(row => row.Max()).ToArray(); //~ LG0004
        int outcomes = z.Length;
        int patients = z[0].Length;
        var a = new double[outcomes][];
        for (int k = 0; k < outcomes; k++)
        {
            a[k] = new double[patients];
        }

        for (int j = 0; j < patients; j++)
        {
            double s = 0.0;
            for (int k = 0; k < outcomes; k++)
            {
                a[k][j] = Math.Exp(z[k][j] - peak[k]);
                s += a[k][j];
            }

            for (int k = 0; k < outcomes; k++)
            {
                a[k][j] /= s;
            }
        }

        return a;
    }
}
