// Idiom: appointment outcome model per clinic, written as two passes: per-clinic shifted exps, then one normalisation
// pass. Use: weekly no-show report.
// Layout: float[clinics, outcomes] row-major; `float.Exp`; per-clinic max, then a separate pass over every cell.
// Bug (LG0002): the normaliser `total` sums the exps of every clinic, so each clinic's outcomes are divided by the
// whole table's mass instead of the clinic's own.
using System;

namespace HeldOut54.NoShow_TotalAcrossClinics;

public static class ClinicOutcomes
{
    public static float[,] OutcomeProbabilities(float[,] logits)
    {
        int clinics = logits.GetLength(0);
        int outcomes = logits.GetLength(1);
        var p = new float[clinics, outcomes];
        for (int c = 0; c < clinics; c++)
        {
            float max = logits[c, 0];
            for (int o = 1; o < outcomes; o++)
            {
                max = Math.Max(max, logits[c, o]);
            }

            for (int o = 0; o < outcomes; o++)
            {
                p[c, o] = float.Exp(logits[c, o] - max);
            }
        }

        float total = 0f;
        for (int c = 0; c < clinics; c++)
        {
            for (int o = 0; o < outcomes; o++)
            {
                total += p[c, o]; //~ LG0002
            }
        }

        for (int c = 0; c < clinics; c++)
        {
            for (int o = 0; o < outcomes; o++)
            {
                p[c, o] /= total;
            }
        }

        return p;
    }
}
