// Source: Wi-Fi RSSI fingerprint indoor positioning with a soft (kernel-weighted) k-NN over the radio map (RADAR,
// Bahl & Padmanabhan 2000; softmax-weighted fingerprint matching), the shape of C#/Xamarin indoor-positioning code.
// Layout: column-major double[referencePoints, queries] signal distances (softmax down each query's column),
// weights by exp(−d/τ) shifted by the column's best score, weighted position estimate.
// Label: Correct.
using System;

namespace HeldOut21.WifiFingerprintSoftKnnWeights;

/// <summary>Soft nearest-neighbour positioning over a fingerprint radio map.</summary>
public static class SoftKnn
{
    /// <summary>
    /// Weights w[r, q] = softmax over reference points r of −distance[r, q]/τ, and each query's weighted position.
    /// </summary>
    public static double[,] Weights(double[,] distance, double tau, (double X, double Y)[] referencePositions, (double X, double Y)[] estimates)
    {
        int points = distance.GetLength(0), queries = distance.GetLength(1);
        var w = new double[points, queries];
        for (int q = 0; q < queries; q++)
        {
            double best = double.NegativeInfinity;
            for (int r = 0; r < points; r++)
                best = Math.Max(best, -distance[r, q] / tau);

            double z = 0;
            for (int r = 0; r < points; r++)
            {
                w[r, q] = Math.Exp(-distance[r, q] / tau - best);
                z += w[r, q];
            }

            double x = 0, y = 0;
            for (int r = 0; r < points; r++)
            {
                w[r, q] /= z;
                x += w[r, q] * referencePositions[r].X;
                y += w[r, q] * referencePositions[r].Y;
            }

            estimates[q] = (x, y);
        }

        return w;
    }
}
