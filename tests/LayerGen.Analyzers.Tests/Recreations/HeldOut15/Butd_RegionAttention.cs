// HeldOut15 — Butd_RegionAttention
// Source: bottom-up and top-down attention (Anderson et al. 2018; peteanderson80/bottom-up-attention,
// hengyuan-hu/bottom-up-attention-vqa): a softmax over each image's detected regions (10–100 per
// image) of a_i = w_aᵀ tanh(W v_i + W h), then v̂ = Σ α_i v_i.
// Layout: ragged batch: region scores float[][] (one row per image, its own region count) and
// region features float[][][] [image][region][dim]; attended features float[images][dim].
// Correct: each image's peak and sum run over its own regions, whatever their number.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Butd_RegionAttention
{
    /// <summary>Attended image features; the region weights go to alphas (ragged like the scores).</summary>
    public static float[][] Attend(float[][] scores, float[][][] features, float[][] alphas)
    {
        var attended = new float[scores.Length][];
        for (int img = 0; img < scores.Length; img++)
        {
            float[] a = scores[img];
            float[] alpha = alphas[img] = new float[a.Length];
            float peak = float.NegativeInfinity;
            foreach (float s in a) peak = peak < s ? s : peak;
            float z = 0f;
            for (int r = 0; r < a.Length; r++) z += alpha[r] = MathF.Exp(a[r] - peak);
            int dim = features[img].Length > 0 ? features[img][0].Length : 0;
            attended[img] = new float[dim];
            for (int r = 0; r < a.Length; r++)
            {
                alpha[r] /= z;
                for (int d = 0; d < dim; d++) attended[img][d] += alpha[r] * features[img][r][d];
            }
        }
        return attended;
    }
}
