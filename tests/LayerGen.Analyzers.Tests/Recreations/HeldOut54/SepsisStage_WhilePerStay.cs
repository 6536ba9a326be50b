// Idiom: sepsis stage classifier (no SIRS / SIRS / sepsis / severe sepsis / septic shock) over the latest observation
// window of each ICU stay, written with `while` loops and manual counters. Use: sepsis alerting service.
// Layout: List<double[]> (one logit array per stay); `while` max, exp and divide per stay.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut54.SepsisStage_WhilePerStay;

public static class SepsisStages
{
    public static List<double[]> StageProbabilities(List<double[]> stays)
    {
        var result = new List<double[]>(stays.Count);
        int n = 0;
        while (n < stays.Count)
        {
            double[] logits = stays[n];
            double max = logits[0];
            int k = 1;
            while (k < logits.Length)
            {
                if (logits[k] > max)
                {
                    max = logits[k];
                }

                k++;
            }

            var probs = new double[logits.Length];
            double sum = 0.0;
            k = 0;
            while (k < logits.Length)
            {
                probs[k] = Math.Exp(logits[k] - max);
                sum += probs[k];
                k++;
            }

            k = 0;
            while (k < probs.Length)
            {
                probs[k] /= sum;
                k++;
            }

            result.Add(probs);
            n++;
        }

        return result;
    }
}
