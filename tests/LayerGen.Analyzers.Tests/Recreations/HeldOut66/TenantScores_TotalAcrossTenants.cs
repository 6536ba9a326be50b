// Idiom: category mix per tenant kept in one `ConcurrentDictionary<(string Tenant, string Category), double>` filled by
// parallel workers; per-tenant maxima with `GroupBy(...).ToDictionary(...)`, the normaliser with one `Sum` call.
// Layout: flat dictionary keyed by a (tenant, category) tuple; one softmax per tenant.
// Twin of TenantScores_PerTenantDictionary; own code.
// Bug LG0002: the shift is per tenant, but `total` sums the exponentials of EVERY tenant, so each tenant's mix sums to
// its share of the whole table instead of 1.
using System;
using System.Collections.Concurrent;
using System.Linq;

namespace HeldOut66.TenantScores_TotalAcrossTenants;

public static class TenantCategoryMix
{
    public static ConcurrentDictionary<(string Tenant, string Category), double> Normalise(ConcurrentDictionary<(string Tenant, string Category), double> scores)
    {
        var maxByTenant = scores
            .GroupBy(kv => kv.Key.Tenant)
            .ToDictionary(group => group.Key, group => group.Max(kv => kv.Value));
        double total = scores.Sum(kv => Math.Exp(kv.Value - maxByTenant[kv.Key.Tenant])); //~ LG0002

        var mix = new ConcurrentDictionary<(string Tenant, string Category), double>();
        foreach (var (key, value) in scores)
        {
            mix[key] = Math.Exp(value - maxByTenant[key.Tenant]) / total;
        }

        return mix;
    }
}
