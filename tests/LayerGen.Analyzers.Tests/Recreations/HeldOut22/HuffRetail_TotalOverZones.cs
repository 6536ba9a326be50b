// Source: re-creates the shape of the Huff retail-gravity model as written in store-location and trade-area tools
// (Huff 1963, in its multiplicative-competitive-interaction form): P(zone i shops at store j) ∝ exp(α·ln area_j − β·ln d_ij).
// Layout: row-major double[zones, stores], Parallel.For over the zones for the shifted exps, then a serial total.
// Label: LG0002 — the exps are shifted per zone, but the denominator is one total over every zone and store, so no
// zone's probabilities sum to 1.
using System;
using System.Threading.Tasks;

namespace HeldOut22.HuffRetail_TotalOverZones;

/// <summary>Trade-area probabilities of the Huff model.</summary>
public static class HuffModel
{
    /// <summary>probability[i, j] that a shopper of zone i visits store j.</summary>
    public static double[,] Patronage(double[] logArea, double[,] logDistance, double alpha, double beta)
    {
        int zones = logDistance.GetLength(0);
        int stores = logDistance.GetLength(1);
        var probability = new double[zones, stores];
        Parallel.For(0, zones, i =>
        {
            double best = double.NegativeInfinity;
            for (int j = 0; j < stores; j++)
            {
                probability[i, j] = alpha * logArea[j] - beta * logDistance[i, j];
                best = Math.Max(best, probability[i, j]);
            }

            for (int j = 0; j < stores; j++)
            {
                probability[i, j] = Math.Exp(probability[i, j] - best);
            }
        });

        double total = 0.0;
        for (int i = 0; i < zones; i++)
        {
            for (int j = 0; j < stores; j++)
            {
                total += probability[i, j]; //~ LG0002
            }
        }

        for (int i = 0; i < zones; i++)
        {
            for (int j = 0; j < stores; j++)
            {
                probability[i, j] /= total;
            }
        }

        return probability;
    }
}
