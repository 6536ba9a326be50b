// Source: SoftSort (Prillo & Eisenschlos 2020: P = softmax(-|sort(s) 1^T - 1 s^T| / tau) row by row), re-created.
// Layout: flat float[n * n] of distances |sorted_i - s_j|, one Span<float> row per sorted position; the largest
// logit -d/tau is the smallest distance, so each row subtracts its own minimum distance.
// Correct: per-row minimum distance (= per-row max logit), per-row sum.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SoftSort_RowsFromDistances
{
    public static float[] Permutation(float[] distances, int n, float tau)
    {
        var p = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> d = distances.AsSpan(i * n, n);
            Span<float> row = p.AsSpan(i * n, n);
            float nearest = d[0];
            for (int j = 1; j < d.Length; j++) nearest = MathF.Min(nearest, d[j]);

            float sum = 0f;
            for (int j = 0; j < d.Length; j++)
            {
                row[j] = MathF.Exp((nearest - d[j]) / tau);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++) row[j] /= sum;
        }
        return p;
    }
}
