// Idiom: fraud-score calibration per merchant: temperature scaling of the risk model's class logits (legit,
// card-testing, account-takeover, friendly-fraud), one fitted temperature per merchant.
// Layout: Dictionary<string, double[]> logits per merchant (one transaction's class logits each), temperatures in a
// second dictionary; LINQ Max/Select/Sum per merchant.
// Correct: each merchant's own max, divided by its positive temperature together with the logit.
// Style inspired by temperature-scaling calibration code (Guo et al. style post-processing) and fraud calibration
// reports; our own C#.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut56.MerchantCalibration_PerMerchantPeak;

public static class MerchantCalibrator
{
    public static Dictionary<string, double[]> Calibrate(
        IReadOnlyDictionary<string, double[]> logitsByMerchant,
        IReadOnlyDictionary<string, double> temperatureByMerchant)
    {
        var calibrated = new Dictionary<string, double[]>();
        foreach (var (merchant, logits) in logitsByMerchant)
        {
            double t = temperatureByMerchant.TryGetValue(merchant, out var fitted) ? fitted : 1.0;
            double peak = logits.Max();
            double[] e = logits.Select(z => Math.Exp((z - peak) / t)).ToArray();
            double sum = e.Sum();
            calibrated[merchant] = e.Select(v => v / sum).ToArray();
        }

        return calibrated;
    }
}
