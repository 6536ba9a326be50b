// Source: Flamingo gated cross-attention (Alayrac et al. 2022; lucidrains/flamingo-pytorch `MaskedCrossAttention`,
//   open_flamingo): each text token attends only to the perceiver latents of the last image before it (text before
//   any image attends to nothing), and the attended media is added through a tanh gate.
// Layout: double[text, images · latents] scores row-major, imageOf[t] = index of the governing image or -1; the
//   softmax range of a row is [image · latents, (image + 1) · latents); early `continue` for text without an image;
//   media features [images · latents, dim]; tanh(gate) scales the output.
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Flamingo masked, gated cross-attention from text to media latents.</summary>
public static class FlamingoMaskedCrossAttention
{
    /// <summary>Returns the weights [text, images · latents] and writes the gated output [text, dim].</summary>
    public static double[,] Attend(double[,] scores, int[] imageOf, int latents, double[,] media, double gate, double[,] output)
    {
        int text = scores.GetLength(0);
        int dim = media.GetLength(1);
        var weights = new double[text, scores.GetLength(1)];
        double g = Math.Tanh(gate);

        for (int t = 0; t < text; t++)
        {
            int image = imageOf[t];
            if (image < 0)
            {
                continue;
            }

            int first = image * latents;
            int end = first + latents;
            double peak = scores[t, first];
            for (int j = first + 1; j < end; j++)
            {
                if (scores[t, j] > peak)
                {
                    peak = scores[t, j];
                }
            }

            double z = 0.0;
            for (int j = first; j < end; j++)
            {
                weights[t, j] = Math.Exp(scores[t, j] - peak);
                z += weights[t, j];
            }

            for (int j = first; j < end; j++)
            {
                weights[t, j] /= z;
                for (int d = 0; d < dim; d++)
                {
                    output[t, d] += g * weights[t, j] * media[j, d];
                }
            }
        }

        return weights;
    }
}
