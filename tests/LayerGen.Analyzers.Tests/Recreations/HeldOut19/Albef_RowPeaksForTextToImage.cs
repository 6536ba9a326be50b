// Source: ALBEF image-text contrastive loss (Li et al. 2021; salesforce/ALBEF), both directions computed from one
// similarity matrix with the row peaks gathered once.
// Layout: `float[batch, batch]` similarity from `ReadOnlySpan<float>` flat features [batch · dim], row peaks `float[]`.
// Bug: LG0004 — the text→image softmax runs down a column of the matrix but is shifted by each row's peak (the
// image→text peaks), so its max and its sum run over different axes.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class AlbefRowPeaksForTextToImage
{
    /// <summary>Image→text and text→image probabilities of one batch.</summary>
    public static void Probabilities(
        ReadOnlySpan<float> image, ReadOnlySpan<float> text, int batch, int dim, float temperature,
        float[,] imageToText, float[,] textToImage)
    {
        var sim = new float[batch, batch];
        for (int i = 0; i < batch; i++)
            for (int j = 0; j < batch; j++)
            {
                float dot = 0f;
                for (int d = 0; d < dim; d++) dot += image[i * dim + d] * text[j * dim + d];
                sim[i, j] = dot / temperature;
            }

        var rowPeak = new float[batch];
        for (int i = 0; i < batch; i++)
        {
            rowPeak[i] = float.NegativeInfinity;
            for (int j = 0; j < batch; j++) rowPeak[i] = MathF.Max(rowPeak[i], sim[i, j]); //~ LG0004
        }

        for (int i = 0; i < batch; i++)
        {
            float z = 0f;
            for (int j = 0; j < batch; j++) z += imageToText[i, j] = MathF.Exp(sim[i, j] - rowPeak[i]);
            for (int j = 0; j < batch; j++) imageToText[i, j] /= z;
        }

        for (int j = 0; j < batch; j++)
        {
            float z = 0f;
            for (int i = 0; i < batch; i++) z += textToImage[j, i] = MathF.Exp(sim[i, j] - rowPeak[i]);
            for (int i = 0; i < batch; i++) textToImage[j, i] /= z;
        }
    }
}
