// Idiom: market-share attraction model estimated on store scanner data, predicted shares per (market, period)
// Layout: List<ShareObservation> records (one per market, period, brand), LINQ GroupBy on (Market, Period) with row indices
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut43.MarketPeriods_LinqGroups;

public sealed record ShareObservation(string Market, int Period, int Brand, double Price, double Promo);

public static class ScannerShares
{
    public static double[] PredictedShares(List<ShareObservation> data, double[] alpha, double betaPrice, double betaPromo)
    {
        var predicted = new double[data.Count];
        var groups = data.Select((o, i) => (Obs: o, Row: i)).GroupBy(t => (t.Obs.Market, t.Obs.Period));
        foreach (var g in groups)
        {
            var rows = g.ToList();
            double[] v = rows.Select(t => alpha[t.Obs.Brand] + betaPrice * t.Obs.Price + betaPromo * t.Obs.Promo).ToArray();
            double vMax = v.Max();
            double[] a = v.Select(u => Math.Exp(u - vMax)).ToArray();
            double total = a.Sum();
            for (int i = 0; i < rows.Count; i++)
                predicted[rows[i].Row] = a[i] / total;
        }

        return predicted;
    }
}
