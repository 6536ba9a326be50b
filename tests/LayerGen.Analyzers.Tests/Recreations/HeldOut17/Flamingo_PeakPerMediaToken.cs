// Source: Flamingo gated cross-attention (Alayrac et al. 2022; open_flamingo), the text-to-media softmax written with
//   a per-media-latent peak (kept "per key", like a column statistic) instead of a per-text-token one.
// Layout: jagged float[text][images · latents]; which image governs a text token comes from an
//   IReadOnlyDictionary<int, int> (text tokens without an image are absent); the peak of each latent folds over the
//   text tokens that see it; each text token's sum runs over its image's latents.
// Bug: LG0004 (peak over text tokens, sum over latents).
using System;
using System.Collections.Generic;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Flamingo text-to-media weights with per-latent peaks.</summary>
public static class FlamingoLatentPeaks
{
    /// <summary>Returns the weights [text][images · latents].</summary>
    public static float[][] Weights(float[][] scores, IReadOnlyDictionary<int, int> imageOfText, int latents)
    {
        int mediaTokens = scores[0].Length;
        var latentPeak = new float[mediaTokens];
        Array.Fill(latentPeak, float.NegativeInfinity);
        foreach ((int t, int image) in imageOfText)
        {
            for (int j = image * latents; j < (image + 1) * latents; j++)
            {
                latentPeak[j] = MathF.Max(latentPeak[j], scores[t][j]); //~ LG0004
            }
        }

        var weights = new float[scores.Length][];
        for (int t = 0; t < scores.Length; t++)
        {
            weights[t] = new float[mediaTokens];
            if (!imageOfText.TryGetValue(t, out int image))
            {
                continue;
            }

            float z = 0f;
            for (int j = image * latents; j < (image + 1) * latents; j++)
            {
                weights[t][j] = MathF.Exp(scores[t][j] - latentPeak[j]);
                z += weights[t][j];
            }

            for (int j = image * latents; j < (image + 1) * latents; j++)
            {
                weights[t][j] /= z;
            }
        }

        return weights;
    }
}
