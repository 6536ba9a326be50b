// Source: Wi-Fi RSSI fingerprint indoor positioning with soft k-NN weights (RADAR, Bahl & Padmanabhan 2000).
// Layout: column-major double[referencePoints, queries] scores −d/τ; softmax down each query's column.
// Label: LG0004 (the shift is each reference point's best score across the queries, the sum runs over the
// reference points of one query).
using System;

namespace HeldOut21.WifiFingerprintBestPerReferencePoint;

/// <summary>Soft nearest-neighbour weights for a batch of scans.</summary>
public static class BatchSoftKnn
{
    /// <summary>Weights w[r, q] over reference points r for each query q.</summary>
    public static double[,] Weights(double[,] distance, double tau)
    {
        int points = distance.GetLength(0), queries = distance.GetLength(1);
        var best = new double[points];
        for (int r = 0; r < points; r++)
        {
            best[r] = double.NegativeInfinity;
            for (int q = 0; q < queries; q++)
                best[r] = Math.Max(best[r], -distance[r, q] / tau); //~ LG0004
        }

        var w = new double[points, queries];
        for (int q = 0; q < queries; q++)
        {
            double z = 0;
            for (int r = 0; r < points; r++)
            {
                w[r, q] = Math.Exp(-distance[r, q] / tau - best[r]);
                z += w[r, q];
            }

            for (int r = 0; r < points; r++) w[r, q] /= z;
        }

        return w;
    }
}
