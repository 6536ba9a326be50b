// Source: Linformer attention over projected keys (Wang et al. 2020, "Linformer: Self-Attention with Linear
// Complexity"; lucidrains/linformer): P = softmax(Q (E K)^T / sqrt(d)) over the k projected key slots.
// Layout: flat ReadOnlySpan<float> with a padded leading dimension (row stride ld >= k); rows sliced with
// `Slice(q * ld, k)`; the scale is applied after the shift.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Linformer_ProjectedKeys
{
    public static void Attention(ReadOnlySpan<float> scores, int queries, int k, int ld, float scale, Span<float> p)
    {
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = scores.Slice(q * ld, k);
            Span<float> dst = p.Slice(q * k, k);
            float peak = row[0];
            for (int j = 1; j < k; j++)
                peak = row[j] > peak ? row[j] : peak;
            float sum = 0f;
            for (int j = 0; j < k; j++)
            {
                dst[j] = MathF.Exp(scale * (row[j] - peak));
                sum += dst[j];
            }
            for (int j = 0; j < k; j++)
                dst[j] /= sum;
        }
    }
}
