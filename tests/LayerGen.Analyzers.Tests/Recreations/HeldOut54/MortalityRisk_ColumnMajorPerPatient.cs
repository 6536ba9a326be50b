// Idiom: multinomial in-hospital outcome model (discharged / ICU transfer / died) computed as Z = W · X, so the logits
// come out one row per outcome and one column per patient. Use: admission risk stratification.
// Layout: double[outcomes, patients], column-major for the softmax; per-column `Math.Max` fold, per-column sum.
// Correct.
using System;

namespace HeldOut54.MortalityRisk_ColumnMajorPerPatient;

public static class OutcomeModel
{
    public static double[,] Probabilities(double[,] z)
    {
        int outcomes = z.GetLength(0);
        int patients = z.GetLength(1);
        var a = new double[outcomes, patients];
        for (int j = 0; j < patients; j++)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < outcomes; k++)
            {
                m = Math.Max(m, z[k, j]);
            }

            double s = 0.0;
            for (int k = 0; k < outcomes; k++)
            {
                a[k, j] = Math.Exp(z[k, j] - m);
                s += a[k, j];
            }

            for (int k = 0; k < outcomes; k++)
            {
                a[k, j] /= s;
            }
        }

        return a;
    }
}
