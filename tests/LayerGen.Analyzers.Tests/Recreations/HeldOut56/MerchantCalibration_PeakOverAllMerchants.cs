// Idiom: fraud-score calibration per merchant (temperature scaling), the nightly batch job over merchant records.
// Layout: IReadOnlyList<MerchantBatch> records, each with its fitted temperature and one transaction's class logits;
// jagged double[][] out.
// Bug (LG0001): the shift is the largest logit over ALL merchants (`batches.Max(b => b.Logits.Max())`); a merchant
// whose logits sit far below the noisiest merchant's underflows to 0/0.
// Style inspired by temperature-scaling calibration code; our own C#.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut56.MerchantCalibration_PeakOverAllMerchants;

public sealed record MerchantBatch(string MerchantId, double Temperature, double[] Logits);

public static class NightlyCalibration
{
    public static double[][] Run(IReadOnlyList<MerchantBatch> batches)
    {
        double peak = batches.Max(b => b.Logits.Max()); //~ LG0001
        var output = new double[batches.Count][];
        for (int m = 0; m < batches.Count; m++)
        {
            MerchantBatch batch = batches[m];
            var probs = new double[batch.Logits.Length];
            double sum = 0.0;
            for (int k = 0; k < probs.Length; k++)
            {
                probs[k] = Math.Exp((batch.Logits[k] - peak) / batch.Temperature);
                sum += probs[k];
            }

            for (int k = 0; k < probs.Length; k++)
            {
                probs[k] /= sum;
            }

            output[m] = probs;
        }

        return output;
    }
}
