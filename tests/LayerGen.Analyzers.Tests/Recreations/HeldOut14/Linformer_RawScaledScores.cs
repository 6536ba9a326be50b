// Source: Linformer attention over projected keys (Wang et al. 2020; lucidrains/linformer), a port that trusts the
// 1/sqrt(d) scale to keep the scores small.
// Layout: flat ReadOnlySpan<float> with a padded leading dimension (row stride ld >= k), indexed q * ld + j.
// Bug LG0003: exp of the scaled raw scores, no maximum subtracted.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Linformer_RawScaledScores
{
    public static void Attention(ReadOnlySpan<float> scores, int queries, int k, int ld, float scale, Span<float> p)
    {
        for (int q = 0; q < queries; q++)
        {
            float sum = 0f;
            for (int j = 0; j < k; j++)
            {
                p[q * k + j] = MathF.Exp(scores[q * ld + j] * scale); //~ LG0003
                sum += p[q * k + j];
            }
            for (int j = 0; j < k; j++)
                p[q * k + j] /= sum;
        }
    }
}
