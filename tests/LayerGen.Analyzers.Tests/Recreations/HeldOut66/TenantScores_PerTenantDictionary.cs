// Idiom: category mix per tenant in a multi-tenant SaaS analytics service: `Dictionary<string, Dictionary<string,
// double>>` tenant -> category -> score, `foreach` deconstruction of KeyValuePair, `if` max fold, `ToDictionary` output.
// Layout: nested dictionaries; one softmax per tenant (over its categories).
// Style after Slamby.Cerebellum's per-key `ToDictionary(d => d.Key, d => d.Value.Values.Max())` scorer; own code.
// Correct: each tenant's own maximum and sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut66.TenantScores_PerTenantDictionary;

public static class TenantCategoryMix
{
    public static Dictionary<string, Dictionary<string, double>> Normalise(IReadOnlyDictionary<string, Dictionary<string, double>> scoresByTenant)
    {
        var mix = new Dictionary<string, Dictionary<string, double>>(scoresByTenant.Count);
        foreach (var (tenant, scores) in scoresByTenant)
        {
            double max = double.NegativeInfinity;
            foreach (var value in scores.Values)
            {
                if (value > max) max = value;
            }

            double sum = 0;
            foreach (var value in scores.Values)
            {
                sum += Math.Exp(value - max);
            }

            mix[tenant] = scores.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - max) / sum);
        }

        return mix;
    }
}
